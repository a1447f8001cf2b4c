"""The change history of a file (or of the shop, in the audit viewer) in words: what
changed, by whom, from what to what, each stored value turned back into what the
screens call it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from salon_desk.services import (
    audit,
    cards,
    care_log_list,
    catalogues,
    customers,
    events,
    profile_fields,
)
from salon_desk.services.care_log_list import EntryFilter
from salon_desk.ui import labels
from salon_desk.ui.care_log import texts
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.follow_ups import texts as call_texts
from salon_desk.ui.setting_words import action_note, setting_names, setting_value


class HistoryTable(QTableWidget):
    """Every change to the file: when, who, what, from, to."""

    def __init__(self, parent: QWidget | None = None, with_customer: bool = False) -> None:
        """``with_customer``: the shop-wide audit, where each row names its customer."""
        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Before"),
            self.tr("After"),
        ]
        if with_customer:
            headers.insert(2, self.tr("Customer"))
        super().__init__(0, len(headers), parent)
        self.with_customer = with_customer
        self.setObjectName("history_table")
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_customer(self, customer_id: int | None) -> None:
        self.show_rows(audit.customer_history(customer_id) if customer_id is not None else [])

    def show_rows(self, rows: Sequence[audit.HistoryRow]) -> None:
        names = {
            **call_texts.record_field_names(),
            **labels.field_names(),
            **texts.entry_field_names(),
            **setting_names(),
            **_field_catalogue_names(),
        }
        shop_fields = profile_fields.list_fields(include_hidden=True)
        names.update((field.key, field.label) for field in shop_fields)
        names.update(  # an event's invitation (17.6)
            event=QCoreApplication.translate("HistoryTable", "Event"),
            rsvp=QCoreApplication.translate("HistoryTable", "Answer"),
            attended=QCoreApplication.translate("HistoryTable", "Came"),
        )
        actions = labels.actions()
        kinds = texts.record_kinds()
        formatter = ValueFormatter()
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            what = actions.get(row.action, row.action)
            if row.field:
                what = f"{what}: {names.get(row.field, row.field)}"
            if row.table != "customer":
                what = f"{kinds.get(row.table, row.table)} · {what}"
            after = (
                action_note(row.action, row.new_value)
                if row.action in ("export", "import", "undo_import")
                else formatter.text(row.field, row.new_value)
            )
            cells = [
                labels.local_datetime(row.changed_at),
                row.staff_name,
                what,
                formatter.text(row.field, row.old_value),
                after,
            ]
            if self.with_customer:
                cells.insert(2, row.customer_name)
            for column, text in enumerate(cells):
                self.setItem(index, column, QTableWidgetItem(text))


class ValueFormatter:
    """Turns the stored text of a changed field back into words."""

    def __init__(self) -> None:
        self._types = {
            str(type_id): labels.type_name(entry) for type_id, entry in labels.types_by_id().items()
        }
        self._staff = {str(s.id): s.name for s in catalogues.list_staff(include_inactive=True)}
        self._choices = {
            "gender": labels.genders(),
            "skin_type": labels.skin_types(),
            "referral_channel": labels.referral_channels(),
            "psychology_type_id": self._types,
            "personality_type_id": self._types,
            "responsible_staff_id": self._staff,
            "referred_by_staff_id": self._staff,
            "beautician_id": self._staff,
            "sold_by": self._staff,
            "kind": texts.card_kinds(),
            "assignee": self._staff,
            "handled_by": self._staff,
            "reason": texts.follow_up_reasons(),
            "priority": {str(k): v for k, v in call_texts.priorities().items()},
            "outcome": call_texts.outcomes(),
            "status": call_texts.record_statuses(),
            "channel": call_texts.complaint_channels(),
            "category": texts.complaint_categories(),
            "rsvp": labels.rsvp_words(),
            "expectation": texts.expectations(),
            "decline_reason": call_texts.decline_reasons(),
            "cause": register_texts.causes(),
            "service_gap": register_texts.service_gaps(),
        }
        self._services = {str(i.id): i.name for i in catalogues.list_service_items(True)}
        self._events: dict[int, str] | None = None
        self._yes_no_fields = {
            field.key for field in profile_fields.list_fields(True) if field.kind == "yes_no"
        }

    def _event_names(self) -> dict[int, str]:
        if self._events is None:  # read at the first invitation shown
            self._events = {e.id: e.name for e in events.list_events(include_cancelled=True)}
        return self._events

    def text(self, field: str, value: str) -> str:
        in_words = setting_value(field, value)
        if in_words is not None:
            return in_words
        yes_no = ("marketing_consent", "hidden", "attended")
        if (field in yes_no or field in self._yes_no_fields) and value:
            return labels.yes_no(value == "1")
        if field in self._choices and value:
            return self._choices[field].get(value, value)
        if field in ("amount_fen", "card_amount_fen", "amount_paid_fen", "value_loaded_fen"):
            return labels.money(int(value)) if value.lstrip("-").isdigit() else value
        if field == "event" and value.isdigit():
            return self._event_names().get(int(value), value)
        if field == "more_type_ids" and value:
            return "、".join(self._types.get(part, part) for part in value.split(","))
        if field in ("service_item_ids", "service_item") and value:
            return "、".join(self._services.get(part, part) for part in value.split(","))
        if field == "visited_at" and value:
            return labels.local_datetime(dt.datetime.fromisoformat(value))
        if field == "care_log" and value.isdigit():  # the visit a complaint is about
            visit = care_log_list.fetch_entries(EntryFilter(only_ids=frozenset({int(value)})), 0, 1)
            return labels.local_datetime(visit[0].visited_at) if visit else value
        if field == "card_id" and value:
            card = cards.card_status(int(value))
            return card.name if card is not None else value
        if field == "referred_by_id" and value:
            try:
                return customers.get_customer(int(value)).data.name
            except customers.CustomerNotFound:
                return value
        return value


def _field_catalogue_names() -> dict[str, str]:
    """A shop field's own settings, as Settings > Customer fields names them."""
    return {
        "label": QCoreApplication.translate("FieldsTable", "Field"),
        "choices": QCoreApplication.translate("FieldsTable", "Choices"),
        "heading": QCoreApplication.translate("FieldsTable", "Group heading"),
        "position": QCoreApplication.translate("FieldsTable", "Order"),
        "hidden": QCoreApplication.translate("FieldsTable", "Hidden"),
    }
