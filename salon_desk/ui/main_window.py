"""The main window: tabs, menus and the status bar with the staff member on duty."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from salon_desk import config
from salon_desk.services import backups, catalogues, customers, privacy
from salon_desk.services.changes import EVERYTHING, Changes
from salon_desk.services.customer_search import customer_ids
from salon_desk.services.permissions import Permission, allowed
from salon_desk.ui import labels
from salon_desk.ui.backup_now import back_up_now
from salon_desk.ui.events import AppEvents
from salon_desk.ui.offline import OfflineWatch
from salon_desk.ui.settings.language import (
    LANGUAGE_NAMES,
    current_language,
    remember_language,
    saved_language,
)
from salon_desk.ui.shop_choice import ShopChoice
from salon_desk.ui.staff_picker import StaffPicker
from salon_desk.ui.widgets import phones, prompts
from salon_desk.ui.widgets.naming import named
from salon_desk.ui.window_tabs import (
    CARE_LOG,
    CHARTS,
    COMPLAINTS,
    CUSTOMERS,
    FOLLOW_UPS,
    FREQUENCY,
    REPORTS,
    WindowTabs,
)

if TYPE_CHECKING:  # the dialogs and five tabs load when first opened: each costs start-up
    from salon_desk.ui.audit_dialog import AuditDialog
    from salon_desk.ui.backup_dialog import RestoreDialog
    from salon_desk.ui.care_log.page import CareLogPage
    from salon_desk.ui.charts.page import ChartsPage
    from salon_desk.ui.complaints.page import ComplaintsPage
    from salon_desk.ui.excel.export_dialog import ExportDialog
    from salon_desk.ui.excel.history_import_dialog import HistoryImportDialog
    from salon_desk.ui.excel.import_dialog import ImportDialog
    from salon_desk.ui.excel.undo_import_dialog import UndoImportDialog
    from salon_desk.ui.follow_ups.page import FollowUpsPage
    from salon_desk.ui.frequency.page import FrequencyPage
    from salon_desk.ui.pin_dialog import PinDialog
    from salon_desk.ui.settings.dialog import SettingsDialog

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    def __init__(
        self, actor_id: int | None, database_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Salon Desk"))
        self.resize(1360, 820)
        self.events = AppEvents(self)
        self.actor_id = actor_id
        self.database = database_label
        self.tabs = WindowTabs(self.events, actor_id)
        self.customers = self.tabs.customers
        self.shop_choice = ShopChoice()
        self.tabs.setCornerWidget(self.shop_choice)
        self.tabs.made.connect(self._wire)
        self.setCentralWidget(self.tabs)
        for number in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda index=number: self.show_tab(index))
        self.staff_label = named(QLabel(), "staff_label")
        self.db_label = named(QLabel(database_label), "db_label")
        self.offline = OfflineWatch(self.tabs, self._read_again, self)
        self.statusBar().addPermanentWidget(self.offline.label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.staff_label)
        self._wire(CUSTOMERS, self.customers)
        self.customers.log_visit_requested.connect(self.log_visit_for)
        self.customers.side.visits.open_entry.connect(self.open_entry_from_file)
        self.events.changed.connect(self._changed)
        self._build_menus()
        self.set_actor(actor_id)

    # -- the tabs (five of them made when first shown: ui/window_tabs.py) -----------
    @property
    def care_log(self) -> CareLogPage:
        return cast("CareLogPage", self.tabs.page(CARE_LOG))

    @property
    def frequency(self) -> FrequencyPage:
        return cast("FrequencyPage", self.tabs.page(FREQUENCY))

    @property
    def follow_ups(self) -> FollowUpsPage:
        return cast("FollowUpsPage", self.tabs.page(FOLLOW_UPS))

    @property
    def complaints(self) -> ComplaintsPage:
        return cast("ComplaintsPage", self.tabs.page(COMPLAINTS))

    @property
    def charts(self) -> ChartsPage:
        return cast("ChartsPage", self.tabs.page(CHARTS))

    def _wire(self, index: int, page: Any) -> None:
        """A page just made: to the status bar, the shop box, who is on duty."""
        page.status_message.connect(self.show_message)
        self.shop_choice.chosen.connect(page.show_shop)
        shop = self.shop_choice.currentData()
        if shop:
            page.show_shop(int(shop))
        if index == FREQUENCY:
            page.open_customer.connect(self.open_customer)
            page.export_requested.connect(self.export_customers)
            self._frequency_permissions(page)
        elif index == FOLLOW_UPS:
            page.open_customer.connect(self.open_customer)
            # Invitations go to the customers the customer list shows (its search and
            # filters: a tier, a shop field …).
            page.events_panel.listed = lambda: customer_ids(self.customers.model.query())
        elif index == CHARTS:
            page.show_customers.connect(self.show_customers)
        elif index == REPORTS:
            page.open_customer.connect(self.open_customer)
            page.show_customers.connect(self.show_customers)
        if index != CUSTOMERS and hasattr(page, "set_actor"):
            page.set_actor(self.actor_id)

    def confirm_leave(self) -> bool:
        """Unsaved edits (a file, a care entry) are dealt with before they would be lost."""
        care_log = self.tabs.built(CARE_LOG)
        return self.customers.confirm_leave() and (
            care_log is None or cast("CareLogPage", care_log).confirm_leave()
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New customer"), self)
        self.new_action.triggered.connect(self.customers.new_customer)
        file_menu.addAction(self.new_action)
        self.export_action = QAction(self.tr("&Export customers to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_what_is_shown)
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("&Import from a spreadsheet…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.ask_import)
        file_menu.addAction(self.import_action)
        self.undo_import_action = QAction(self.tr("&Undo the last import…"), self)
        self.undo_import_action.triggered.connect(self.undo_last_import)
        file_menu.addAction(self.undo_import_action)
        self.switch_action = QAction(self.tr("S&witch staff…"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_action.triggered.connect(self.switch_staff)
        file_menu.addAction(self.switch_action)
        self.pin_action = QAction(self.tr("Set a &PIN…"), self)
        self.pin_action.triggered.connect(self.set_pin)
        file_menu.addAction(self.pin_action)
        file_menu.addSeparator()
        self.erase_action = QAction(self.tr("E&rase this customer's personal data…"), self)
        self.erase_action.triggered.connect(self.erase_personal_data)
        file_menu.addAction(self.erase_action)
        self.audit_action = QAction(self.tr("Change &history of the shop…"), self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.audit_action.triggered.connect(self.open_audit)
        file_menu.addAction(self.audit_action)
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.back_up_now)
        file_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.triggered.connect(self.open_restore)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        self._build_language_menu(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_language_menu(self, file_menu: QMenu) -> None:
        """Every role may choose her own PC's language (Settings is the manager's)."""
        menu = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == (saved_language() or current_language()))
            action.triggered.connect(lambda _=False, chosen=code: self.choose_language(chosen))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        if remember_language(code):
            self.language_saved()

    def language_saved(self) -> None:
        """The choice is for the next start; the menu shows what was chosen."""
        code = saved_language() or current_language()
        self.language_actions[code].setChecked(True)
        self.show_message(
            self.tr("Salon Desk will show in %1 from its next start.").replace(
                "%1", LANGUAGE_NAMES[code]
            )
        )

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = self.tabs.actor_id = actor_id
        for page in self.tabs.made_pages():
            if hasattr(page, "set_actor"):
                page.set_actor(actor_id)
        self.shop_choice.refresh(actor_id)
        member = next(
            (m for m in catalogues.list_staff(include_inactive=True) if m.id == actor_id), None
        )
        if member is None:
            self.staff_label.setText(self.tr("No staff member chosen"))
        else:
            role = labels.roles().get(member.role, member.role)
            self.staff_label.setText(
                self.tr("On duty: %1 (%2)").replace("%1", member.name).replace("%2", role)
            )
        self._show_what_she_may_do(actor_id)
        if actor_id is not None:
            self.events.staff_switched.emit(actor_id)
        self._apply_phone_masking()

    def _changed(self, changed: Changes) -> None:
        if changed.catalogues or changed.everything:
            self._apply_phone_masking()
            self.shop_choice.refresh(self.actor_id)

    def _apply_phone_masking(self) -> None:
        """Her role, or the shop's choice of roles, may have changed: redraw the numbers."""
        was_hidden = phones.hidden()
        phones.set_hidden(privacy.phones_hidden_for(self.actor_id))
        if phones.hidden() != was_hidden:
            self.customers.redraw_phones()
            self.events.publish(EVERYTHING)  # every screen showing a number

    def _show_what_she_may_do(self, actor_id: int | None) -> None:
        """Manager-only actions are unavailable to others (the services refuse them too)."""
        for action, permission in (
            (self.export_action, Permission.EXPORT),
            (self.import_action, Permission.IMPORT),
            (self.undo_import_action, Permission.IMPORT),
            (self.settings_action, Permission.SETTINGS),
            (self.erase_action, Permission.ARCHIVE),
            (self.audit_action, Permission.AUDIT),
        ):
            action.setEnabled(allowed(actor_id, permission))
        on_a_file = backups.database_file() is not None
        # A server holds the whole chain: only the owner copies it (pg_dump, to this PC).
        self.backup_action.setEnabled(on_a_file or allowed(actor_id, Permission.SERVER_BACKUP))
        self.restore_action.setEnabled(on_a_file and allowed(actor_id, Permission.RESTORE))
        frequency = self.tabs.built(FREQUENCY)
        if frequency is not None:
            self._frequency_permissions(frequency)

    def _frequency_permissions(self, page: Any) -> None:
        page.export_button.setVisible(allowed(self.actor_id, Permission.EXPORT))
        page.rules_button.setEnabled(allowed(self.actor_id, Permission.SETTINGS))

    def _read_again(self) -> None:
        """The server answers again: every screen reads afresh what it shows."""
        self.events.publish(EVERYTHING)

    def show_tab(self, index: int) -> None:
        """Ctrl+1 … Ctrl+7: the tab, with focus where its work starts."""
        self.tabs.setCurrentIndex(index)
        self.tabs.page_at(index).focus_start()

    def export_what_is_shown(self) -> None:
        """Ctrl+E exports what the tab in front shows, as the tab's own button does."""
        frequency = cast("FrequencyPage | None", self.tabs.built(FREQUENCY))
        shown = self.tabs.currentIndex() == FREQUENCY
        if shown and frequency is not None and frequency.export_button.isVisible():
            frequency.export()
        else:
            self.export_customers()

    def log_visit_for(self, customer_id: int) -> None:
        self.tabs.setCurrentWidget(self.care_log)
        self.care_log.start_entry_for(customer_id)

    def open_entry_from_file(self, entry_id: int) -> None:
        """An entry from her file's Visits tab; correcting it happens on the care log."""
        dialog = self.care_log.open_entry(entry_id)
        dialog.correct_requested.connect(lambda _: self.show_tab(CARE_LOG))

    def open_customer(self, customer_id: int) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.open_customer(customer_id)

    def export_customers(
        self, scopes: list[tuple[str, frozenset[int] | None]] | None = None
    ) -> ExportDialog:
        """From the customer tab by default: everyone, the list as shown, or her file."""
        from salon_desk.ui.excel.export_dialog import ExportDialog

        dialog = ExportDialog(scopes or self.customers.export_scopes(), self.actor_id, self)
        dialog.exported.connect(self.show_message)
        dialog.open()
        return dialog

    def ask_import(self) -> None:
        from salon_desk.ui.excel import import_menu

        import_menu.ask_import(self)

    def import_history(self, path: Path, kind: str) -> HistoryImportDialog | None:
        from salon_desk.ui.excel import import_menu

        return import_menu.import_history(self, path, kind)

    def import_customers(self, path: Path) -> ImportDialog | None:
        from salon_desk.ui.excel import import_menu

        return import_menu.import_customers(self, path)

    def undo_last_import(self) -> UndoImportDialog | None:
        from salon_desk.ui.excel import import_menu

        return import_menu.undo_last_import(self)

    def show_customers(self, ids: frozenset[int], description: str) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.show_only(ids, description)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def set_pin(self) -> PinDialog:
        from salon_desk.ui.pin_dialog import PinDialog

        dialog = PinDialog(self.actor_id, self)
        dialog.accepted.connect(lambda: self.show_message(self.tr("PIN saved.")))
        dialog.open()
        return dialog

    def erase_personal_data(self) -> None:
        current = self.customers.current
        if current is None:
            self.show_message(self.tr("Open her file first, then erase her personal data."))
            return
        if not self.customers.confirm_leave():
            return
        question = self.tr(
            "Erase %1's personal data for good? Her name, phone, birthday, address, notes "
            "and what she said at visits are wiped and cannot be brought back; her visits "
            "and amounts stay in the figures as an anonymous customer."
        ).replace("%1", current.data.name)
        if not prompts.confirm(self, self.tr("Erase personal data"), question):
            return
        customers.erase_personal_data(current.id, self.actor_id)
        self.customers.open_new()
        self.events.publish()
        self.show_message(
            self.tr("Her personal data is erased; the file is now #%1.").replace(
                "%1", str(current.id)
            )
        )

    def open_audit(self) -> AuditDialog:
        from salon_desk.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.actor_id, self)
        dialog.open()
        return dialog

    def back_up_now(self) -> None:
        """File > Back up now: the file here; on a server, the owner's pg_dump copy."""
        back_up_now(self.database, self.actor_id, self.show_message)

    def open_restore(self) -> RestoreDialog | None:
        path = backups.database_file()
        if path is None or not self.confirm_leave():
            return None  # unsaved edits are dealt with before the files change under them
        from salon_desk.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(path, self.actor_id, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def restored_from_backup(self, taken: str) -> None:
        """After the background check found the file damaged and a backup replaced it."""
        self._restored(self.tr("Restored the copy taken %1.").replace("%1", taken))

    def _restored(self, message: str) -> None:
        """Everything on screen may be out of date: show the restored files."""
        self.customers.open_new()
        self.set_actor(self.actor_id)
        self.events.publish(EVERYTHING)
        self.show_message(message)

    def switch_staff(self) -> None:
        picker = StaffPicker(self, preselected=self.actor_id)
        if picker.exec() and picker.chosen_id is not None:
            config.save_last_signed_in(self.database, picker.chosen_id)
            self.set_actor(picker.chosen_id)

    def open_settings(self) -> SettingsDialog:
        from salon_desk.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.events, self.actor_id, self, self.database)
        dialog.language_changed.connect(self.language_saved)
        dialog.database_changed.connect(
            lambda: self.show_message(
                self.tr("Saved. Salon Desk uses the new database from its next start.")
            )
        )
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_leave():
            event.accept()
        else:
            event.ignore()
