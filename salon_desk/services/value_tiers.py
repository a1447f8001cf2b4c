"""Value tiers (issue 17.4): the shop names its tiers (高价值, 中价值 …) and how a customer
earns one — by her spend in the last 12 months, by what is left on her stored-value
cards, or by her rank among the year's spenders (the value chart's top fifth, next
30%…) — and her tier shows beside her name, in the list and the frequency table.

Her figures and tier are kept (``CustomerValue``): every customer is counted again when
the day or the rules change (``ensure_fresh``, off the UI thread in the window), and
one customer when her visits or cards change (``refresh``). A rank tier is given to a
single customer by the lowest spend of each tier at the last whole count.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import peewee as pw

from salon_desk.services import settings_store
from salon_desk.services.chart_value import paid_since, spend_sql
from salon_desk.store import bulk, changes
from salon_desk.store.database import db, is_sqlite, write_transaction
from salon_desk.store.models import Card, CareLog, Customer, CustomerValue

SETTING_KEY = "value_tiers"
BASES = ("rank", "spend", "stored_value")
MAX_TIERS = 6
SPEND_DAYS = 365


@dataclass(frozen=True)
class Tier:
    """``key``: a built-in tier's code (its name in the screen's language while ``name``
    is empty), else "". ``minimum``: for rank the share of spenders, in percent, counted
    from the top to this tier's end (20, then 50, …); otherwise fen."""

    key: str
    name: str
    minimum: int


@dataclass(frozen=True)
class TierRules:
    basis: str
    tiers: tuple[Tier, ...]


# Today's value chart: the top fifth of the year's spenders, the next 30%, the rest.
DEFAULT_RULES = TierRules(
    "rank", (Tier("high", "", 20), Tier("middle", "", 50), Tier("low", "", 100))
)


class TiersInvalid(ValueError):
    """Why the rules cannot be saved: a code the screen words."""

    def __init__(self, code: str, row: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.row = row


def load_rules() -> TierRules:
    stored = settings_store.read_setting(SETTING_KEY)
    if not isinstance(stored, dict):
        return DEFAULT_RULES
    try:
        tiers = tuple(
            Tier(str(t["key"]), str(t["name"]), int(t["minimum"])) for t in stored["tiers"]
        )
        return TierRules(str(stored["basis"]), tiers)
    except (KeyError, TypeError, ValueError):
        return DEFAULT_RULES


def check_rules(rules: TierRules) -> None:
    """Raises TiersInvalid: a known basis; one to six tiers, each named; each tier
    harder to reach than the next (rank: a growing share, at most 100%; amounts:
    falling, none below zero)."""
    if rules.basis not in BASES:
        raise TiersInvalid("tier_basis_unknown")
    if not 1 <= len(rules.tiers) <= MAX_TIERS:
        raise TiersInvalid("tier_count")
    for row, tier in enumerate(rules.tiers):
        if not tier.name.strip() and not tier.key:
            raise TiersInvalid("tier_name_required", row)
        if rules.basis == "rank" and not 0 < tier.minimum <= 100:
            raise TiersInvalid("tier_share", row)
        if rules.basis != "rank" and tier.minimum < 0:
            raise TiersInvalid("tier_amount", row)
        if row:
            before = rules.tiers[row - 1].minimum
            harder = before < tier.minimum if rules.basis == "rank" else before > tier.minimum
            if not harder:
                raise TiersInvalid("tier_order", row)


def save_rules(
    rules: TierRules, actor_id: int | None, today: dt.date | None = None, count: bool = True
) -> None:
    """Store the rules (a manager's setting) and count every customer by them (or, with
    ``count`` False, leave that to the next ``ensure_fresh``: the window's, off screen)."""
    check_rules(rules)
    value = {"basis": rules.basis, "tiers": [asdict(tier) for tier in rules.tiers]}
    settings_store.write_setting(SETTING_KEY, value, actor_id)
    if count:
        refresh_all(today or dt.date.today())


def fingerprint(rules: TierRules) -> int:
    text = json.dumps([rules.basis, [asdict(t) for t in rules.tiers]], sort_keys=True)
    return zlib.crc32(text.encode())


# -- counting -----------------------------------------------------------------------
def _spend(today: dt.date, ids: list[int] | None) -> dict[int, int]:
    """Paid in the last 12 months (cash at visits and cards bought, as the value chart
    counts it): everyone's (not erased), or only ``ids``' — their own rows alone."""
    since = today - dt.timedelta(days=SPEND_DAYS - 1)
    if ids is None:
        sql, params = spend_sql(since, Customer.erased_at.is_null())
        rows = db.execute_sql(f"SELECT id, fen FROM ({sql}) spend", params).fetchall()
        return {int(customer_id): int(fen or 0) for customer_id, fen in rows}
    return paid_since(ids, since)


def _stored(today: dt.date, ids: list[int] | None) -> dict[int, int]:
    """What is left on each customer's usable stored-value cards (not voided, not
    expired), as her cards tab shows it."""
    cards = (Card.kind == "stored_value") & Card.voided_at.is_null()
    cards &= Card.expires_on.is_null() | (Card.expires_on >= today)
    cards &= (
        Card.customer.in_(ids)
        if ids is not None
        else Card.customer.in_(Customer.select(Customer.id).where(Customer.erased_at.is_null()))
    )
    used = (
        CareLog.select(CareLog.card, pw.fn.SUM(CareLog.card_amount_fen).alias("fen"))
        .where(CareLog.voided_at.is_null() & CareLog.card.in_(Card.select(Card.id).where(cards)))
        .group_by(CareLog.card)
        .alias("used")
    )
    query = (
        Card.select(Card.customer, pw.fn.SUM(Card.value_loaded_fen - pw.fn.COALESCE(used.c.fen, 0)))
        .join(used, pw.JOIN.LEFT_OUTER, on=(used.c.card_id == Card.id))
        .where(cards)
        .group_by(Card.customer)
        .tuples()
    )
    return {int(customer_id): max(int(fen or 0), 0) for customer_id, fen in query}


def _by_amount(rules: TierRules, amount: int) -> int | None:
    return next((i for i, tier in enumerate(rules.tiers) if amount >= tier.minimum), None)


def _rank_tiers(rules: TierRules, spend: dict[int, int]) -> dict[int, int]:
    """The spenders most first (ties: the later file first, as the value chart ranks
    them), each tier taking its share of them."""
    spenders = sorted(
        ((fen, customer_id) for customer_id, fen in spend.items() if fen > 0), reverse=True
    )
    ends = [round(len(spenders) * tier.minimum / 100) for tier in rules.tiers]
    tiers: dict[int, int] = {}
    tier = 0
    for place, (_fen, customer_id) in enumerate(spenders):
        while tier < len(ends) and place >= ends[tier]:
            tier += 1
        if tier == len(ends):
            break
        tiers[customer_id] = tier
    return tiers


def _rows(
    rules: TierRules,
    today: dt.date,
    spend: dict[int, int],
    stored: dict[int, int],
    tiers: dict[int, int | None],
) -> list[dict[str, object]]:
    key, day = fingerprint(rules), today.toordinal()
    return [
        {
            "customer": customer_id,
            "spend_fen": spend.get(customer_id, 0),
            "stored_fen": stored.get(customer_id, 0),
            "tier": tiers.get(customer_id),
            "as_of": day,
            "rules": key,
        }
        for customer_id in sorted(set(spend) | set(stored))
    ]


def refresh_all(today: dt.date) -> None:
    """Every customer's figures and tier as of ``today`` by the shop's rules."""
    # Read and written in one transaction: a visit logged meanwhile (its customer
    # recounted in its own) is not overwritten by what was read before it. SQLite's
    # IMMEDIATE transaction makes writers take turns; on a server the table lock does
    # (a visit's recount waits for this one and then writes her row afresh).
    with write_transaction():
        if not is_sqlite():
            db.execute_sql("LOCK TABLE customer_value IN EXCLUSIVE MODE")
        rules = load_rules()
        spend, stored = _spend(today, None), _stored(today, None)
        tiers: dict[int, int | None]
        if rules.basis == "rank":
            tiers = dict(_rank_tiers(rules, spend))
        else:
            amounts = spend if rules.basis == "spend" else stored
            tiers = {c: _by_amount(rules, amount) for c, amount in amounts.items()}
        CustomerValue.delete().execute()
        bulk.insert_rows(CustomerValue, _rows(rules, today, spend, stored, tiers))
    changes.note(changes.Changes(catalogues=True))  # every list shows tiers afresh


def refresh(customer_ids: Iterable[int], today: dt.date | None = None) -> None:
    """Her figures and tier after her visits or cards changed (inside the caller's
    transaction); a rank tier by the lowest spend of each tier at the last count."""
    ids = sorted(set(customer_ids))
    counted = CustomerValue.select(CustomerValue.as_of).limit(1).scalar()
    if not ids or counted is None:
        return  # nobody counted yet: the first count will count her
    today = today or dt.date.today()
    rules = load_rules()
    spend, stored = _spend(today, ids), _stored(today, ids)
    if rules.basis == "rank":
        lowest = {  # each from the (tier, spend) index
            tier: CustomerValue.select(pw.fn.MIN(CustomerValue.spend_fen))
            .where(CustomerValue.tier == tier)
            .scalar()
            for tier in range(len(rules.tiers))
        }
        lowest = {tier: fen for tier, fen in lowest.items() if fen is not None}
        never = 2**62  # a tier nobody reached at the last count
        ends = tuple(Tier("", "-", lowest.get(i, never)) for i in range(len(rules.tiers)))
        if rules.tiers[-1].minimum == 100:  # every spender has a tier: the last at least
            ends = (*ends[:-1], Tier("", "-", 1))
        cutoffs = TierRules("spend", ends)
        tiers = {c: _by_amount(cutoffs, fen) if fen > 0 else None for c, fen in spend.items()}
    else:
        amounts = spend if rules.basis == "spend" else stored
        tiers = {c: _by_amount(rules, amount) for c, amount in amounts.items()}
    CustomerValue.delete().where(CustomerValue.customer.in_(ids)).execute()
    rows = _rows(rules, today, spend, stored, tiers)
    for row in rows:  # as of the last whole count: only a whole count makes them fresh
        row["as_of"] = counted
    bulk.insert_rows(CustomerValue, rows)


def mark_stale() -> None:
    """After a bulk change (an import, its undo, a merge): the next ``ensure_fresh``
    counts everyone again; until then the tiers shown are the last counted."""
    CustomerValue.update(as_of=0).execute()


def is_fresh(today: dt.date) -> bool:
    stale = CustomerValue.select().where(
        (CustomerValue.as_of != today.toordinal())
        | (CustomerValue.rules != fingerprint(load_rules()))
    )
    return not stale.exists()


def ensure_fresh(today: dt.date | None = None) -> bool:
    """Count everyone again if the kept tiers are of another day or other rules (a
    shop with no customer value yet counts at once). True when it counted."""
    today = today or dt.date.today()
    if is_fresh(today) and CustomerValue.select().exists():
        return False
    refresh_all(today)
    return True


def tier_of(customer_id: int) -> int | None:
    row = CustomerValue.select(CustomerValue.tier).where(CustomerValue.customer == customer_id)
    return row.scalar()
