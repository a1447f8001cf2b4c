"""Member events (答谢会, a launch; issue 17.6): the shop makes an event, invites the
customers a filter finds (those who agreed to invitations), and notes each guest's
answer and whether she came — on the event and on her file, in her history."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

import peewee as pw

from salon_desk.services import audit
from salon_desk.services.permissions import Permission, require
from salon_desk.services.shops import this_pc_shop
from salon_desk.services.validation import FieldsInvalid, clean_text, normalize_text
from salon_desk.store import bulk
from salon_desk.store.database import write_transaction
from salon_desk.store.models import Customer, Event, EventGuest, utc_now


@dataclass(frozen=True)
class EventInput:
    name: str = ""
    held_on: dt.date | None = None
    place: str = ""
    note: str = ""


class EventProblem(enum.StrEnum):
    NAME_REQUIRED = "event_name_required"
    DAY_REQUIRED = "event_day_required"
    RSVP_UNKNOWN = "event_rsvp_unknown"


class EventInvalid(FieldsInvalid[EventProblem]):
    pass


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    held_on: dt.date
    place: str
    note: str
    invited: int
    coming: int  # answered yes
    attended: int
    cancelled: bool


@dataclass(frozen=True)
class Guest:
    customer_id: int
    name: str
    phone: str
    rsvp: str  # EventGuest.RSVPS
    attended: bool
    consenting: bool


@dataclass(frozen=True)
class HerEvent:
    event_id: int
    name: str
    held_on: dt.date
    rsvp: str
    attended: bool


@dataclass(frozen=True)
class Invited:
    added: list[int]
    already: int  # on the list before
    no_consent: int  # left out: not agreed to invitations


def _checked(data: EventInput) -> dict[str, object]:
    values: dict[str, object] = {
        "name": normalize_text(data.name),
        "held_on": data.held_on,
        "place": normalize_text(data.place),
        "note": clean_text(data.note),
    }
    errors = {}
    if not values["name"]:
        errors["name"] = EventProblem.NAME_REQUIRED
    if data.held_on is None:
        errors["held_on"] = EventProblem.DAY_REQUIRED
    if errors:
        raise EventInvalid(errors)
    return values


def save_event(event_id: int, data: EventInput, actor_id: int | None) -> int:
    """A new event (``event_id`` 0) or changes to one; a manager's, recorded."""
    require(actor_id, Permission.SETTINGS)
    values = _checked(data)
    texts = {key: audit.as_text(value) for key, value in values.items()}
    with write_transaction():
        if event_id == 0:
            event_id = int(Event.insert(**values, shop=this_pc_shop()).execute())
            audit.record_create(None, texts, actor_id, table="event", record_id=event_id)
            return event_id
        before = Event.get_by_id(event_id)
        old = {key: audit.as_text(getattr(before, key)) for key in values}
        Event.update(**values).where(Event.id == event_id).execute()
        audit.record_update(None, old, texts, actor_id, table="event", record_id=event_id)
    return event_id


def list_events(include_cancelled: bool = False) -> list[EventRow]:
    """Every event, the latest first, with how many were invited, said yes and came."""
    coming = pw.fn.SUM(pw.Case(None, [(EventGuest.rsvp == "yes", 1)], 0))
    came = pw.fn.SUM(pw.Case(None, [(EventGuest.attended, 1)], 0))
    query = (
        Event.select(
            Event.id, Event.name, Event.held_on, Event.place, Event.note,
            pw.fn.COUNT(EventGuest.id), coming, came, Event.cancelled_at,
        )
        .join(EventGuest, pw.JOIN.LEFT_OUTER)
        .group_by(Event.id)
        .order_by(Event.held_on.desc(), Event.id.desc())
    )  # fmt: skip
    if not include_cancelled:
        query = query.where(Event.cancelled_at.is_null())
    return [
        EventRow(i, name, day, place, note, int(n), int(yes or 0), int(came or 0), bool(c))
        for i, name, day, place, note, n, yes, came, c in query.tuples()
    ]


def invite(event_id: int, customer_ids: Iterable[int], actor_id: int | None) -> Invited:
    """Add the customers who agreed to invitations (and are not archived) to the guest
    list; who is on it already stays as she is."""
    require(actor_id, Permission.SETTINGS)
    wanted = list(dict.fromkeys(customer_ids))
    with write_transaction():
        on_list = {
            customer_id
            for (customer_id,) in EventGuest.select(EventGuest.customer)
            .where(EventGuest.event == event_id)
            .tuples()
        }
        may = set()
        for start in range(0, len(wanted), 2_000):
            chunk = wanted[start : start + 2_000]
            may |= {
                customer_id
                for (customer_id,) in Customer.select(Customer.id)
                .where(
                    Customer.id.in_(chunk)
                    & Customer.marketing_consent
                    & Customer.archived_at.is_null()
                )
                .tuples()
            }
        added = [c for c in wanted if c in may and c not in on_list]
        now = utc_now()
        bulk.insert_rows(
            EventGuest, [{"event": event_id, "customer": c, "invited_at": now} for c in added]
        )
        made = dict(  # (a list of a few thousand: one statement each way, not one per guest)
            EventGuest.select(EventGuest.customer, EventGuest.id)
            .where(EventGuest.event == event_id)
            .tuples()
        )
        audit.record_creates(  # her history names the event
            [(made[c], {"event": str(event_id)}) for c in added], actor_id, "event_guest", added
        )
    return Invited(added, sum(c in on_list for c in wanted), sum(c not in may for c in wanted))


def _guest(event_id: int, customer_id: int) -> EventGuest:
    return EventGuest.get((EventGuest.event == event_id) & (EventGuest.customer == customer_id))


def set_answer(
    event_id: int,
    customer_id: int,
    actor_id: int | None,
    rsvp: str | None = None,
    attended: bool | None = None,
) -> None:
    """Her answer and whether she came, as the front desk hears and sees them."""
    if rsvp is not None and rsvp not in EventGuest.RSVPS:
        raise EventInvalid({"rsvp": EventProblem.RSVP_UNKNOWN})
    with write_transaction():
        guest = _guest(event_id, customer_id)
        before = {"rsvp": guest.rsvp, "attended": audit.as_text(guest.attended)}
        after = dict(before)
        if rsvp is not None:
            after["rsvp"] = rsvp
        if attended is not None:
            after["attended"] = audit.as_text(attended)
        if after == before:
            return
        EventGuest.update(rsvp=after["rsvp"], attended=after["attended"] == "1").where(
            EventGuest.id == guest.id
        ).execute()
        audit.record_update(customer_id, before, after, actor_id, "event_guest", guest.id)


def guests_of(event_id: int) -> list[Guest]:
    query = (
        EventGuest.select(
            EventGuest.customer, Customer.name, Customer.phone, EventGuest.rsvp,
            EventGuest.attended, Customer.marketing_consent,
        )
        .join(Customer)
        .where(EventGuest.event == event_id)
        .order_by(Customer.name_sort, Customer.id)
    )  # fmt: skip
    return [
        Guest(c, name, phone, rsvp, bool(came), bool(consents))
        for c, name, phone, rsvp, came, consents in query.tuples()
    ]


def events_of(customer_id: int) -> list[HerEvent]:
    """Her invitations, the latest event first: what she said and whether she came."""
    query = (
        EventGuest.select(Event.id, Event.name, Event.held_on, EventGuest.rsvp, EventGuest.attended)
        .join(Event)
        .where((EventGuest.customer == customer_id) & Event.cancelled_at.is_null())
        .order_by(Event.held_on.desc())
    )
    return [HerEvent(i, n, d, r, bool(a)) for i, n, d, r, a in query.tuples()]


def unanswered_guests(today: dt.date, days: int) -> list[tuple[int, Event]]:
    """Guests of the events from today to ``days`` ahead who have not answered: the
    invitation care list (calls reason "event")."""
    horizon = today + dt.timedelta(days=days)
    query = (
        EventGuest.select(EventGuest.customer, Event)
        .join(Event)
        .where(
            (EventGuest.rsvp == "")
            & Event.cancelled_at.is_null()
            & (Event.held_on >= today)
            & (Event.held_on <= horizon)
        )
        .order_by(Event.held_on, Event.id)
    )
    return [(guest.customer_id, guest.event) for guest in query]
