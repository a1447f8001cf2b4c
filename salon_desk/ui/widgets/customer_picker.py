"""Pick a customer by typing: name, pinyin initials or phone digits, as in the customer list."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from salon_desk.services.customer_search import CustomerQuery, fetch_page
from salon_desk.ui.labels import local_datetime
from salon_desk.ui.widgets import phones
from salon_desk.ui.widgets.naming import named

MATCHES_SHOWN = 8
SEARCH_DELAY_MS = 120


class CustomerPicker(QWidget):
    """A search box with the best matches under it; Enter or a click chooses one."""

    chosen = Signal(int)  # customer id
    cleared = Signal()  # the chosen customer was typed over

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id: int | None = None
        self.search = named(QLineEdit(), "customer_picker_search")
        self.search.setPlaceholderText(self.tr("Customer: last 4 phone digits, name or initials"))
        self.search.setClearButtonEnabled(True)
        self.matches = named(QListWidget(), "customer_picker_matches")
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        self.setFocusProxy(self.search)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_matches)
        self.search.textEdited.connect(self._text_edited)
        self.search.returnPressed.connect(self._choose_first)
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(self._choose_item)
        self.matches.itemClicked.connect(self._choose_item)

    def hideEvent(self, event: QHideEvent) -> None:
        # A search still pending when the window closes must not run against a closed database.
        self._timer.stop()
        super().hideEvent(event)

    def _text_edited(self, text: str) -> None:
        had_customer = self.customer_id is not None
        self.customer_id = None
        self._timer.start()
        if had_customer:
            self.cleared.emit()

    def refresh_matches(self) -> None:
        self._timer.stop()
        self.matches.clear()
        text = self.search.text().strip()
        if not text:
            self.matches.hide()
            return
        rows = fetch_page(CustomerQuery(text=text), 0, MATCHES_SHOWN)
        names = Counter(row.name for row in rows)
        for row in rows:
            label = f"{row.name}  {phones.shown(row.phone)}" if row.phone else row.name
            if names[row.name] > 1:  # same name twice: her file number and last visit
                visit = local_datetime(row.last_visit)[:10] or self.tr("no visits yet")
                label += f"  #{row.id} · {visit}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            self.matches.addItem(item)
        if self.matches.count() == 0:
            self.matches.addItem(QListWidgetItem(self.tr("No customer matches.")))
        self.matches.setCurrentRow(0)
        self.matches.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.matches.isVisible()
        ):
            self.matches.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _choose_first(self) -> None:
        self.refresh_matches()
        if self.matches.count() > 0:
            self._choose_item(self.matches.item(0))

    def _choose_item(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is None:
            return
        self.set_customer(int(customer_id), item.data(Qt.ItemDataRole.UserRole + 1))
        self.chosen.emit(int(customer_id))

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Show a chosen customer (or none) without emitting ``chosen``."""
        self._timer.stop()
        self.customer_id = customer_id
        self.search.setText(name if customer_id is not None else "")
        self.matches.clear()
        self.matches.hide()
