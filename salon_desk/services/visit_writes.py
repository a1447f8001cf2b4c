"""Writing a planned visit history (issue 14, first part; the plan is ``visit_import``):
one import batch, a few thousand visits per transaction so the other PCs save between
them, customers and entries written in bulk (``import_writes``), and everything taken
back out if it is cancelled or fails."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from salon_desk.services import (
    backups,
    catalogues,
    customers,
    import_batches,
    import_people,
    import_writes,
    visit_cards,
)
from salon_desk.services.clock import from_stored, to_stored
from salon_desk.services.customer_import import ImportCancelled
from salon_desk.services.permissions import Permission, require
from salon_desk.services.visit_import import PlannedVisit, VisitPlan
from salon_desk.store.database import let_other_writers_in, sqlite_path, write_transaction
from salon_desk.store.models import CareLog, ServiceItem, Staff

IMPORTED_CATEGORY = "imported"
VISIT_HOUR = 12  # a visit known only by its day is put at noon, safe from time-zone edges
# Each transaction writes this many visits (about 0.3 s): the other PC waits at most that.
VISITS_PER_TRANSACTION = 2000


@dataclass
class VisitResult:
    visits: int = 0
    items: int = 0
    customers_created: int = 0
    already_on_file: int = 0
    batch_id: int = 0
    without_their_card: int = 0  # named a card she had not (or had nothing left on)


def apply_visits(
    plan: VisitPlan,
    actor_id: int | None,
    source: str = "",
    progress: Callable[[int, int], bool] | None = None,
) -> VisitResult:
    """Write the plan as one import batch, a few thousand visits per transaction so the
    other PCs can save between them. ``progress(done, total)`` returning False cancels;
    a cancel or a failure takes out what was already written: everything, or nothing."""
    require(actor_id, Permission.IMPORT)
    path = sqlite_path()
    if path is not None and plan.visits:
        backups.back_up(path, "before-import", backups.keep_count())
    result = VisitResult()
    with write_transaction():
        batch = import_batches.start("visits", source, actor_id)
        staff = _named_ids(Staff, plan.new_staff, actor_id, batch, plan.new_staff_role)
        items = _named_ids(ServiceItem, plan.new_services, actor_id, batch)
        import_batches.checkpoint(batch)
    result.batch_id = batch
    people: dict[tuple[str, str], int] = {}
    on_file: set[tuple[int, dt.date, int]] = set()  # visits of her files found on record
    cards_used = visit_cards.CardsUsed()
    # The plan and the file are millions of long-lived objects: a full garbage collection
    # over them inside a transaction held the lock 4 s at a million lines (0.7 s frozen).
    gc.freeze()
    try:
        for start in range(0, len(plan.visits), VISITS_PER_TRANSACTION):
            part = plan.visits[start : start + VISITS_PER_TRANSACTION]
            with write_transaction():
                _write_visits(
                    part, people, on_file, cards_used, staff, items, actor_id, batch, result
                )
                import_batches.checkpoint(batch)
            done = start + len(part)
            if progress is not None and not progress(done, len(plan.visits)):
                raise ImportCancelled
            if done < len(plan.visits):
                let_other_writers_in()
        with write_transaction():
            note = f"visits +{result.visits} ={result.already_on_file}"
            customers_note = f"customers +{result.customers_created}"
            import_batches.finish(
                batch, actor_id, " · ".join(p for p in (source, note, customers_note) if p)
            )
    except BaseException:
        import_batches.discard(batch)
        raise
    finally:
        gc.unfreeze()
    return result


def _write_visits(
    part: Sequence[PlannedVisit],
    people: dict[tuple[str, str], int],
    on_file: set[tuple[int, dt.date, int]],
    cards_used: visit_cards.CardsUsed,
    staff: dict[str, int],
    items: dict[str, int],
    actor_id: int | None,
    batch: int,
    result: VisitResult,
) -> None:
    """One transaction's share: the files it needs, then its entries and their items.
    ``people`` and ``on_file`` carry over from one share to the next: a customer met in
    an earlier share is looked up, and her visits on record loaded, once."""
    wanted = [key for key in dict.fromkeys(v.customer for v in part) if key not in people]
    found = import_people.files_for(wanted)
    people.update({key: ids[0] for key, ids in found.items()})
    first = {v.customer: v for v in reversed(part)}
    new_keys = [key for key in wanted if key not in found]
    made = import_writes.create_customers(
        [
            customers.CustomerInput(
                name=first[key].name or key[1],
                phone=first[key].phone,
                legacy_code=key[1] if key[0] == "code" else "",
            )
            for key in new_keys
        ],
        actor_id,
        batch,
    )
    people.update(zip(new_keys, made, strict=True))
    result.customers_created += len(made)
    on_file.update(_visits_on_file([people[key] for key in found]))
    entries: list[import_writes.NewEntry] = []
    taken: set[tuple[int, dt.datetime]] = set()
    for visit in part:
        customer_id = people[visit.customer]
        if (customer_id, visit.day, visit.amount_fen) in on_file:
            result.already_on_file += 1
            continue
        moment = to_stored(dt.datetime.combine(visit.day, visit.time or dt.time(VISIT_HOUR)))
        while (customer_id, moment) in taken:  # her code and her phone named her apart
            moment += dt.timedelta(seconds=1)
        taken.add((customer_id, moment))
        paid_with = (
            cards_used.spend(customer_id, visit.card, visit.day, visit.amount_fen)
            if visit.card
            else None
        )
        if visit.card and paid_with is None:
            result.without_their_card += 1
        card_id, sessions, card_fen = paid_with or (None, 0, 0)
        entries.append(
            import_writes.NewEntry(
                customer_id,
                moment,
                staff.get(visit.staff),
                visit.amount_fen,
                [items[name] for name in visit.services],
                visit.products,
                visit.notes,
                visit.satisfaction,
                card_id,
                sessions,
                card_fen,
            )
        )
    result.items += import_writes.insert_entries(entries, actor_id, batch)
    result.visits += len(entries)


def _visits_on_file(customer_ids: Sequence[int]) -> set[tuple[int, dt.date, int]]:
    """(customer, local day, amount) of the entries already on these files: a visit
    imported before (the same file twice) is not imported again."""
    seen: set[tuple[int, dt.date, int]] = set()
    for start in range(0, len(customer_ids), 500):
        query = (
            CareLog.select(CareLog.customer, CareLog.visited_at, CareLog.amount_fen)
            .where(CareLog.customer.in_(customer_ids[start : start + 500]))
            .where(CareLog.voided_at.is_null())
            .tuples()
        )
        seen.update((c, from_stored(when).date(), amount) for c, when, amount in query)
    return seen


def _named_ids(
    model: type[Staff] | type[ServiceItem],
    missing: Sequence[str],
    actor_id: int | None,
    batch: int,
    role: str = "beautician",
) -> dict[str, int]:
    """Every staff member or service item by name, the missing ones created inactive and
    marked as the import's."""
    for name in missing:
        if model is Staff:
            catalogues.save_staff(catalogues.StaffMember(0, name, role, "", False), actor_id)
        else:
            catalogues.save_service_item(
                catalogues.ServiceItemRow(0, name, IMPORTED_CATEGORY, 0, 60, False), actor_id
            )
    named = dict(model.select(model.name, model.id).tuples())
    import_batches.mark(batch, model, (named[name] for name in missing))
    return named
