"""Her types in each catalogue (issue 17.3): psychology, personality and traits.

A catalogue is single or multiple choice, as the shop says (so a 复合型 customer is
real). Her first type of the psychology and personality catalogues stays on her row
(the list sorts by it, old exports read it); the further ones, and every trait, are
``TypeMark`` rows. A chart counts a customer in each type she has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from salon_desk.services import catalogues, settings_store
from salon_desk.store import bulk
from salon_desk.store.models import Customer, CustomerType, TypeMark

MULTIPLE_CHOICE_KEY = "multiple_choice_catalogues"
# A customer shows several traits at once (the list's tenth, 复合, says so); one
# psychology and one personality type each, until the shop says otherwise.
DEFAULT_MULTIPLE_CHOICE = ("trait",)


def multiple_choice() -> frozenset[str]:
    """The catalogues whose customers may hold several types."""
    value = settings_store.read_setting(MULTIPLE_CHOICE_KEY)
    if not isinstance(value, list):
        return frozenset(DEFAULT_MULTIPLE_CHOICE)
    return frozenset(kind for kind in value if kind in CustomerType.KINDS)


def set_multiple_choice(kinds: Iterable[str], actor_id: int | None) -> None:
    """The catalogues are the chain's: in a chain only the owner changes this. A
    customer who holds several types of a catalogue made single keeps them until her
    file is next saved (her form shows the first)."""
    catalogues.chain_wide(actor_id)
    chosen = sorted({kind for kind in kinds if kind in CustomerType.KINDS})
    settings_store.write_setting(MULTIPLE_CHOICE_KEY, chosen, actor_id)


def kinds_of(type_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(type_ids))
    if not ids:
        return {}
    rows = CustomerType.select(CustomerType.id, CustomerType.kind).where(CustomerType.id.in_(ids))
    return dict(rows.tuples())


@dataclass(frozen=True)
class HerTypes:
    """What her file stores: the first type of each catalogue with a column, and the
    rest (sorted ids)."""

    psychology_type_id: int | None
    personality_type_id: int | None
    more_type_ids: tuple[int, ...]


def arranged(
    psychology_type_id: int | None, personality_type_id: int | None, more: Iterable[int]
) -> HerTypes:
    """Her types in the stored form: a further type of a catalogue whose column is empty
    becomes her first; one already in its column, or not in any catalogue, is dropped."""
    firsts = {"psychology": psychology_type_id, "personality": personality_type_id}
    kinds = kinds_of([*more])
    rest: set[int] = set()
    for type_id in sorted(set(more)):
        kind = kinds.get(type_id)
        if kind is None or type_id in firsts.values():
            continue
        if kind in firsts and firsts[kind] is None:
            firsts[kind] = type_id
        else:
            rest.add(type_id)
    return HerTypes(firsts["psychology"], firsts["personality"], tuple(sorted(rest)))


def marks_of(customer_id: int) -> tuple[int, ...]:
    rows = TypeMark.select(TypeMark.type).where(TypeMark.customer == customer_id)
    return tuple(sorted(type_id for (type_id,) in rows.tuples()))


def write_marks(customer_id: int, type_ids: Iterable[int]) -> None:
    TypeMark.delete().where(TypeMark.customer == customer_id).execute()
    bulk.insert_rows(
        TypeMark, [{"customer": customer_id, "type": t} for t in sorted(set(type_ids))]
    )


def all_types_of(customer_id: int) -> dict[str, list[int]]:
    """Each catalogue's types of hers, her first one first, then in catalogue order."""
    row = (
        Customer.select(Customer.psychology_type, Customer.personality_type)
        .where(Customer.id == customer_id)
        .tuples()
        .first()
    )
    firsts = [type_id for type_id in (row or ()) if type_id is not None]
    return types_by_kind([*firsts, *marks_of(customer_id)])


def types_by_kind(type_ids: Iterable[int]) -> dict[str, list[int]]:
    """``type_ids`` per catalogue, in the order given (firsts first), each once."""
    ids = list(dict.fromkeys(type_ids))
    kinds = kinds_of(ids)
    found: dict[str, list[int]] = {kind: [] for kind in CustomerType.KINDS}
    for type_id in ids:
        if type_id in kinds:
            found[kinds[type_id]].append(type_id)
    return found
