"""Settings > Database (issue 16.3): this PC's own file, or a chain's server — its
address, database, user and password (kept in the OS credential store), tested before it
is saved. Used from the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salon_desk import config, credentials
from salon_desk.services import server_address
from salon_desk.services.server_address import ConnectionFailed, ServerAddress
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.widgets.tasks import run_task

ERROR_STYLE = "color: #c62828;"


def problem_words() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("DatabaseTab", text)

    return {
        "server_host_required": tr("Enter the server's address (its name or IP address)."),
        "server_database_required": tr("Enter the database's name on the server."),
        "server_user_required": tr("Enter the user name the server gave this shop."),
        "server_port_range": tr("The port is a number from 1 to 65535 (usually 5432)."),
    }


class DatabaseTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_file = named(
            QRadioButton(self.tr("This PC's own file (one shop, one PC)")), "db_own_file"
        )
        self.server = named(QRadioButton(self.tr("A server (several PCs or shops)")), "db_server")
        choice = QButtonGroup(self)
        choice.addButton(self.own_file)
        choice.addButton(self.server)
        self.host = named(QLineEdit(), "db_host")
        self.port = named(QSpinBox(), "db_port")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = named(QLineEdit(), "db_name")
        self.user = named(QLineEdit(), "db_user")
        self.password = named(QLineEdit(), "db_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, field in (
            ("host", self.tr("Server address"), self.host),
            ("port", self.tr("Port"), self.port),
            ("database", self.tr("Database"), self.database),
            ("user", self.tr("User"), self.user),
            ("password", self.tr("Password"), self.password),
        ):
            error = named(QLabel(), f"db_{key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            self.errors[key] = error
            form.addRow(label, field)
            form.addRow("", error)
        self.tls_note = QLabel(
            self.tr(
                "A server that is not this PC is reached over TLS only (encrypted); the "
                "password is kept in this PC's credential store, never in a file."
            )
        )
        self.tls_note.setWordWrap(True)
        self.test_button = named(QPushButton(self.tr("Test the connection")), "db_test")
        self.test_result = named(QLabel(), "db_test_result")
        self.test_result.setWordWrap(True)
        testing = QHBoxLayout()
        testing.addWidget(self.test_button)
        testing.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_file)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(self.tls_note)
        layout.addLayout(testing)
        layout.addStretch(1)
        self.server.toggled.connect(self._enable)
        self.test_button.clicked.connect(self.test_connection)
        self._load()

    def _load(self) -> None:
        saved = config.saved_server()
        self.server.setChecked(saved is not None)
        self.own_file.setChecked(saved is None)
        if saved is not None:
            address = server_address.from_saved(saved)
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
        self._enable()

    def _enable(self) -> None:
        for field in (self.host, self.port, self.database, self.user, self.password):
            field.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.port.value(),
        )

    def _checked(self) -> ServerAddress | None:
        """The address typed, or None with each problem shown beside its field."""
        address = self.address()
        problems = server_address.validate(address)
        words = problem_words()
        for key, label in self.errors.items():
            label.setText(words.get(problems.get(key, ""), ""))
        if problems:
            fields = {"host": self.host, "port": self.port, "database": self.database}
            fields["user"] = self.user
            fields[next(iter(problems))].setFocus()  # where the first problem is
            return None
        return address

    def _password(self, address: ServerAddress) -> str:
        return self.password.text() or credentials.password(address.account) or ""

    def test_connection(self) -> None:
        address = self._checked()
        if address is None:
            return
        password = self._password(address)
        self.test_result.setText(self.tr("Connecting…"))

        def reach() -> str | ConnectionFailed:
            try:
                return server_address.reach(address, password)
            except ConnectionFailed as failed:
                return failed

        run_task(reach, self._tested)

    def _tested(self, result: str | ConnectionFailed) -> None:
        if isinstance(result, str):
            self.test_result.setStyleSheet("")
            self.test_result.setText(self.tr("Connected: PostgreSQL %1.").replace("%1", result))
        else:
            self.test_result.setStyleSheet(ERROR_STYLE)
            self.test_result.setText(self.tr("Not connected: %1").replace("%1", str(result)))

    def save(self) -> bool | None:
        """True: a change to use from the next start; False: refused (shown); None: no
        change."""
        saved = config.saved_server()
        if not self.server.isChecked():
            if saved is None:
                return None
            config.save_server(None)
            # The saved server's, whatever is typed in the fields now.
            credentials.forget_password(server_address.from_saved(saved).account)
            return True
        address = self._checked()
        if address is None:
            return False
        if self.password.text():
            try:
                credentials.save_password(address.account, self.password.text())
            except credentials.NoCredentialStore:
                self.errors["password"].setText(
                    self.tr(
                        "This PC has no credential store, so the password cannot be kept: "
                        "it will be asked for at each start."
                    )
                )
        wanted = {
            "host": address.host,
            "port": address.port,
            "database": address.database,
            "user": address.user,
        }
        if wanted == saved:
            return None
        config.save_server(wanted)
        return True
