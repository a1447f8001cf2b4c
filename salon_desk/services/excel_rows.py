"""What each exported sheet holds: its columns, and its rows streamed from SQL.

Rows are plain values in column order (codes already turned into words by ``labels``);
the writer gives each its Excel type from the column's kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from salon_desk.services import lunar, profile_fields
from salon_desk.services.cards import all_card_statuses
from salon_desk.services.charts import ChartFilter, spend_by_customer
from salon_desk.services.customer_search import one_of
from salon_desk.services.frequency import FrequencyRow, visit_statistics
from salon_desk.services.service_status import one_year_before, sql_datetime
from salon_desk.services.validation import age_on
from salon_desk.store.database import is_sqlite, raw_stream
from salon_desk.store.models import (
    Card,
    CareLog,
    CareLogItem,
    Complaint,
    Customer,
    CustomerType,
    CustomerValue,
    FollowUp,
    ProfileFieldValue,
    ServiceItem,
    Staff,
    TypeMark,
)


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = "text"  # text / int / money / date / datetime / bool / number
    width: float = 12


# How a shop field's stored text is written: a number as a number, a date as a date,
# yes/no in words (the bool column), a choice or text as it is.
SHOP_FIELD_KINDS = {
    "text": "text", "choice": "text", "number": "number", "date": "date", "yes_no": "bool",
}  # fmt: skip


def _shop_value(kind: str, stored: str | None) -> Any:
    if not stored:
        return None
    if kind == "number":
        number = float(stored)
        return int(number) if number.is_integer() else number
    if kind == "date":
        return dt.date.fromisoformat(stored)
    if kind == "yes_no":
        return stored == profile_fields.YES
    return stored


def _lunar_text(born: dt.date | None) -> str | None:
    if born is None:
        return None
    try:
        return lunar.to_lunar(born).text()
    except ValueError:  # outside the lunar calendar's years
        return None


CUSTOMER_COLUMNS = (
    Column("customer_no", "int", 8),
    Column("name", "text", 10),
    Column("gender", "text", 6),
    Column("phone", "text", 15),
    Column("other_phone", "text", 15),
    Column("birthday", "date", 12),
    Column("lunar_birthday", "text", 12),  # 农历生日, for those who celebrate it (17.6)
    Column("legacy_code", "text", 10),
    Column("age", "int", 6),
    Column("address", "text", 24),
    Column("occupation", "text", 12),
    Column("interests", "text", 16),
    Column("skin_type", "text", 8),
    Column("skin_concerns", "text", 18),
    Column("allergies", "text", 18),
    Column("psychology_type", "text", 10),
    Column("personality_type", "text", 10),
    Column("traits", "text", 14),
    Column("responsible_staff", "text", 10),
    Column("referral_channel", "text", 10),
    Column("referred_by", "text", 10),
    Column("referrer_phone", "text", 15),
    Column("referred_by_staff", "text", 10),
    Column("referral_note", "text", 14),
    Column("wechat", "text", 12),
    Column("enquiry", "text", 20),
    Column("marketing_consent", "bool", 8),
    Column("notes", "text", 24),
    Column("created_at", "datetime", 17),
    Column("visits", "int", 8),
    Column("first_visit", "datetime", 17),
    Column("last_visit", "datetime", 17),
    Column("last_note_at", "datetime", 17),
    Column("last_note", "text", 40),
    Column("spend_12_months", "money", 12),
    Column("sessions_left", "int", 8),
    Column("balance", "money", 12),
    Column("value_tier", "text", 10),
    Column("group", "text", 10),
    Column("overdue", "bool", 8),
    Column("overdue_reason", "text", 40),
    Column("archived", "bool", 8),
)
CARE_LOG_COLUMNS = (
    Column("visited_at", "datetime", 17),
    Column("customer_no", "int", 8),
    Column("customer", "text", 10),
    Column("phone", "text", 15),
    Column("beautician", "text", 10),
    Column("service_items", "text", 20),
    Column("products_used", "text", 18),
    Column("skin_condition", "text", 18),
    Column("feedback", "text", 24),
    Column("satisfaction", "int", 8),
    Column("amount", "money", 11),
    Column("card", "text", 16),
    Column("card_sessions_used", "int", 8),
    Column("card_amount", "money", 11),
    Column("suggestion", "text", 18),
    Column("voided", "bool", 8),
    Column("void_reason", "text", 14),
)
CARD_COLUMNS = (
    Column("customer", "text", 10),
    Column("phone", "text", 15),
    Column("card", "text", 18),
    Column("card_kind", "text", 10),
    Column("sessions_bought", "int", 8),
    Column("sessions_used", "int", 8),
    Column("sessions_left", "int", 8),
    Column("value_loaded", "money", 11),
    Column("balance", "money", 11),
    Column("amount_paid", "money", 11),
    Column("purchased_on", "date", 12),
    Column("expires_on", "date", 12),
    Column("card_state", "text", 8),
)
FOLLOW_UP_COLUMNS = (
    Column("customer", "text", 10),
    Column("phone", "text", 15),
    Column("due_on", "date", 12),
    Column("reason", "text", 14),
    Column("assignee", "text", 10),
    Column("priority", "text", 8),
    Column("note", "text", 20),
    Column("status", "text", 8),
    Column("outcome", "text", 10),
    Column("outcome_note", "text", 20),
    Column("completed_at", "datetime", 17),
)
COMPLAINT_COLUMNS = (
    Column("form_number", "text", 11),
    Column("customer", "text", 10),
    Column("phone", "text", 15),
    Column("received_on", "date", 12),
    Column("channel", "text", 10),
    Column("category", "text", 10),
    Column("description", "text", 24),
    Column("handling", "text", 24),
    Column("result", "text", 18),
    Column("handled_by", "text", 10),
    Column("complaint_status", "text", 10),
    Column("closed_on", "date", 12),
    Column("cause", "text", 14),
    Column("service_gap", "text", 12),
    Column("first_reply_on", "date", 12),
)


def _group_concat(column: Any) -> Any:
    if is_sqlite():
        return pw.fn.GROUP_CONCAT(column, "、")
    return pw.fn.STRING_AGG(column, "、")


class ExportSource:
    """The rows of every sheet for the chosen customers (None: everyone not archived)."""

    def __init__(
        self,
        customer_ids: frozenset[int] | None,
        today: dt.date,
        labels: Callable[[str, Any], Any],
        consenting_only: bool = False,
    ) -> None:
        self.ids = customer_ids
        self.today = today
        self.labels = labels
        self.consenting_only = consenting_only
        # The shop's own fields, shown ones only, after the built-in columns (17.1).
        self.shop_fields = profile_fields.list_fields()
        self._staff_names: dict[int, str] = {}  # read with the customers
        self._marks: dict[tuple[int, str], list[int]] = {}
        self._tiers: dict[int, int] = {}

    @property
    def customer_columns(self) -> tuple[Column, ...]:
        return CUSTOMER_COLUMNS + tuple(
            Column(field.key, SHOP_FIELD_KINDS[field.kind], 12) for field in self.shop_fields
        )

    def _of_chosen(self, column: Any) -> pw.Expression:
        """A marketing list (``consenting_only``) leaves out everyone who did not agree."""
        if self.ids is not None and not self.consenting_only:
            return one_of(column, self.ids)
        wanted = Customer.select(Customer.id)
        if self.consenting_only:
            wanted = wanted.where(Customer.marketing_consent)
        if self.ids is None:
            return column.in_(wanted.where(Customer.archived_at.is_null()))
        return one_of(column, self.ids) & column.in_(wanted)

    def counts(self) -> dict[str, int]:
        return {
            "customers": Customer.select().where(self._of_chosen(Customer.id)).count(),
            "care_log": CareLog.select().where(self._of_chosen(CareLog.customer)).count(),
            "cards": Card.select()
            .where(self._of_chosen(Card.customer) & Card.voided_at.is_null())
            .count(),
            "follow_ups": FollowUp.select().where(self._of_chosen(FollowUp.customer)).count(),
            "complaints": Complaint.select().where(self._of_chosen(Complaint.customer)).count(),
        }

    # -- customers ------------------------------------------------------------------
    def customer_rows(self) -> Iterator[Sequence[Any]]:
        stats = {
            row.customer_id: row for row in visit_statistics(self.today, include_archived=True)
        }
        spend = spend_by_customer(one_year_before(self.today), ChartFilter(), include_archived=True)
        left: dict[int, tuple[int, int]] = {}
        for card in all_card_statuses():
            if card.usable_on(self.today):
                sessions, balance = left.get(card.customer_id, (0, 0))
                if card.kind == "session":
                    sessions += card.sessions_left
                else:
                    balance += card.balance_fen
                left[card.customer_id] = (sessions, balance)
        referrer = Customer.alias()
        # Her value of each shop field by the (customer, field) index: one join each.
        answers = [ProfileFieldValue.alias(f"field_{field.id}") for field in self.shop_fields]
        query = Customer.select(
            Customer,
            Staff.name.alias("staff_name"),
            referrer.name,
            referrer.phone,
            *(answer.value for answer in answers),
        ).join_from(
            Customer, Staff, pw.JOIN.LEFT_OUTER, on=(Customer.responsible_staff == Staff.id)
        )
        query = query.join_from(
            Customer, referrer, pw.JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id)
        )
        for field, answer in zip(self.shop_fields, answers, strict=True):
            on = (answer.customer == Customer.id) & (answer.field == field.id)
            query = query.join_from(Customer, answer, pw.JOIN.LEFT_OUTER, on=on)
        query = (
            query.where(self._of_chosen(Customer.id))
            .order_by(Customer.name_sort, Customer.id)  # by pinyin, as the list shows them
            .tuples()
        )
        names = [f.name for f in Customer._meta.sorted_fields]
        notes = self._last_notes()
        self._staff_names = dict(Staff.select(Staff.id, Staff.name).tuples())
        self._marks = self._further_types()
        # Her value tier as last counted (the export counts first when the day moved on).
        tiers = CustomerValue.select(CustomerValue.customer, CustomerValue.tier)
        self._tiers = dict(tiers.where(CustomerValue.tier.is_null(False)).tuples())
        kinds = [field.kind for field in self.shop_fields]
        for values in query.iterator():
            record = dict(zip(names, values, strict=False))
            staff_name, referrer_name, referrer_phone = values[len(names) : len(names) + 3]
            row = self._customer_row(
                record,
                staff_name,
                referrer_name,
                referrer_phone,
                stats.get(record["id"]),
                spend.get(record["id"], 0),
                left.get(record["id"], (0, 0)),
                notes.get(record["id"], (None, None)),
            )
            answered = values[len(names) + 3 :]
            yield (*row, *map(_shop_value, kinds, answered))

    def _further_types(self) -> dict[tuple[int, str], list[int]]:
        """Every customer's further types (17.3) by catalogue, in catalogue order: one
        read (few customers have any)."""
        marks: dict[tuple[int, str], list[int]] = {}
        rows = (
            TypeMark.select(TypeMark.customer, CustomerType.kind, CustomerType.id)
            .join(CustomerType)
            .order_by(TypeMark.customer, CustomerType.sort_order, CustomerType.id)
            .tuples()
        )
        for customer_id, kind, type_id in rows.iterator():
            marks.setdefault((customer_id, kind), []).append(type_id)
        return marks

    def _types_text(self, customer_id: int, kind: str, first: int | None) -> str | None:
        """Her types of one catalogue as the screen names them, her first one first."""
        ids = ([] if first is None else [first]) + self._marks.get((customer_id, kind), [])
        if not ids:
            return None
        return "、".join(str(self.labels("type", type_id)) for type_id in ids)

    def _customer_row(
        self,
        c: dict[str, Any],
        staff_name: str | None,
        referrer_name: str | None,
        referrer_phone: str | None,
        stats: FrequencyRow | None,
        spend_fen: int,
        left: tuple[int, int],
        last_note: tuple[dt.datetime | None, str | None],
    ) -> Sequence[Any]:
        label = self.labels
        birthday = c["birthday"]
        return (
            c["id"],
            c["name"],
            label("gender", c["gender"]),
            c["phone"],
            c["other_phone"],
            birthday,
            _lunar_text(birthday) if c["birthday_lunar"] else None,
            c["legacy_code"],
            age_on(birthday, self.today),
            c["address"],
            c["occupation"],
            c["interests"],
            label("skin_type", c["skin_type"]),
            c["skin_concerns"],
            c["allergies"],
            self._types_text(c["id"], "psychology", c["psychology_type"]),
            self._types_text(c["id"], "personality", c["personality_type"]),
            self._types_text(c["id"], "trait", None),
            staff_name,
            label("referral_channel", c["referral_channel"]),
            referrer_name,
            referrer_phone,
            self._staff_names.get(c["referred_by_staff"]),
            c["referral_note"],
            c["wechat"],
            c["enquiry"],
            bool(c["marketing_consent"]),
            c["notes"],
            sql_datetime(c["created_at"]),
            stats.visits_ever if stats else 0,
            stats.first_visit if stats else None,
            stats.last_visit if stats else None,
            *last_note,
            spend_fen,
            left[0],
            left[1],
            label("tier", self._tiers.get(c["id"])),
            label("group", stats.group.value) if stats else None,
            stats.overdue if stats else False,
            label("overdue_reason", stats) if stats and stats.overdue else None,
            c["archived_at"] is not None,
        )

    def _last_notes(self) -> dict[int, tuple[dt.datetime | None, str | None]]:
        """Each customer's newest written care note (skin, what she said, next time),
        streamed in time order so the last one seen per customer wins."""
        written = (
            (CareLog.skin_condition != "") | (CareLog.feedback != "") | (CareLog.suggestion != "")
        )
        query = (
            CareLog.select(
                CareLog.customer,
                CareLog.visited_at,
                CareLog.skin_condition,
                CareLog.feedback,
                CareLog.suggestion,
            )
            .where(CareLog.voided_at.is_null() & written & self._of_chosen(CareLog.customer))
            .order_by(CareLog.visited_at, CareLog.id)
            .tuples()
        )
        notes: dict[int, tuple[dt.datetime | None, str | None]] = {}
        for customer_id, visited_at, *texts in query.iterator():
            notes[customer_id] = (sql_datetime(visited_at), " / ".join(t for t in texts if t))
        return notes

    # -- their records --------------------------------------------------------------
    def care_log_rows(self) -> Iterator[Sequence[Any]]:
        items = (
            CareLogItem.select(CareLogItem.care_log, _group_concat(ServiceItem.name).alias("names"))
            .join(ServiceItem, on=(CareLogItem.service_item == ServiceItem.id))
            .group_by(CareLogItem.care_log)
            .alias("items")
        )
        query = (
            CareLog.select(
                CareLog.visited_at,
                Customer.id,
                Customer.name,
                Customer.phone,
                Staff.name,
                items.c.names,
                CareLog.products_used,
                CareLog.skin_condition,
                CareLog.feedback,
                CareLog.satisfaction,
                CareLog.amount_fen,
                Card.name,
                CareLog.card_sessions_used,
                CareLog.card_amount_fen,
                CareLog.suggestion,
                CareLog.voided_at.is_null(False),
                CareLog.void_reason,
            )
            .join_from(CareLog, Customer, on=(CareLog.customer == Customer.id))
            .join_from(CareLog, Staff, pw.JOIN.LEFT_OUTER, on=(CareLog.beautician == Staff.id))
            .join_from(CareLog, Card, pw.JOIN.LEFT_OUTER, on=(CareLog.card == Card.id))
            .join_from(CareLog, items, pw.JOIN.LEFT_OUTER, on=(items.c.care_log_id == CareLog.id))
            .where(self._of_chosen(CareLog.customer))
            .order_by(CareLog.visited_at, CareLog.id)
        )
        # Raw: the sheet's converters take the driver's values (peewee's conversion of
        # every value was 7% of a large export); the moment is converted here.
        for row in raw_stream(query):
            yield (sql_datetime(row[0]), *row[1:15], bool(row[15]), row[16])

    def card_rows(self) -> Iterator[Sequence[Any]]:
        people = dict(
            Customer.select(Customer.id, Customer.name).where(self._of_chosen(Customer.id)).tuples()
        )
        phones = dict(
            Customer.select(Customer.id, Customer.phone)
            .where(self._of_chosen(Customer.id))
            .tuples()
        )
        chosen = sorted(
            (card for card in all_card_statuses() if card.customer_id in people),
            key=lambda card: (card.customer_id, card.purchased_on, card.id),
        )
        for card in chosen:
            customer_id = card.customer_id
            session = card.kind == "session"
            yield (
                people[customer_id],
                phones[customer_id],
                card.name,
                self.labels("card_kind", card.kind),
                card.sessions_bought if session else None,
                card.sessions_used if session else None,
                card.sessions_left if session else None,
                None if session else card.value_loaded_fen,
                None if session else card.balance_fen,
                card.amount_paid_fen,
                card.purchased_on,
                card.expires_on,
                self.labels("card_state", card),
            )

    def follow_up_rows(self) -> Iterator[Sequence[Any]]:
        query = (
            FollowUp.select(
                Customer.name,
                Customer.phone,
                FollowUp.due_on,
                FollowUp.reason,
                Staff.name,
                FollowUp.priority,
                FollowUp.note,
                FollowUp.status,
                FollowUp.outcome,
                FollowUp.outcome_note,
                FollowUp.completed_at,
            )
            .join_from(FollowUp, Customer, on=(FollowUp.customer == Customer.id))
            .join_from(FollowUp, Staff, on=(FollowUp.assignee == Staff.id))
            .where(self._of_chosen(FollowUp.customer))
            .order_by(FollowUp.due_on, FollowUp.id)
            .tuples()
        )
        label = self.labels
        for (
            name,
            phone,
            due,
            reason,
            staff,
            priority,
            note,
            status,
            outcome,
            said,
            done,
        ) in query.iterator():
            yield (
                name,
                phone,
                due,
                label("reason", reason),
                staff,
                label("priority", priority),
                note,
                label("status", status),
                label("outcome", outcome) if outcome else None,
                said,
                sql_datetime(done),
            )

    def complaint_rows(self) -> Iterator[Sequence[Any]]:
        query = (
            Complaint.select(
                Complaint.form_number,
                Customer.name,
                Customer.phone,
                Complaint.received_on,
                Complaint.channel,
                Complaint.category,
                Complaint.description,
                Complaint.handling,
                Complaint.result,
                Staff.name,
                Complaint.status,
                Complaint.closed_on,
                Complaint.cause,
                Complaint.service_gap,
                Complaint.first_reply_on,
            )
            .join_from(Complaint, Customer, on=(Complaint.customer == Customer.id))
            .join_from(Complaint, Staff, pw.JOIN.LEFT_OUTER, on=(Complaint.handled_by == Staff.id))
            .where(self._of_chosen(Complaint.customer))
            .order_by(Complaint.received_on, Complaint.id)
            .tuples()
        )
        label = self.labels
        for row in query.iterator():
            yield (
                *row[:4],
                label("channel", row[4]),
                label("category", row[5]),
                *row[6:10],
                label("status", row[10]),
                row[11],
                label("cause", row[12]),
                label("service_gap", row[13]),
                row[14],
            )
