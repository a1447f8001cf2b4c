"""Where each customer is in her life with the shop (issue 17.5): the salon documents'
潜在、知晓、行动、常客、种子 customers, derived from her file, her visits and whom she
brought — never written by hand, so it is right on every day.

- potential: on file, no visit yet and nothing she asked about;
- aware: no visit yet, but she enquired (what she asked about is written);
- new: one visit (she acted);
- active: two visits or more;
- regular: a key customer in the visit-frequency rules today (she comes often);
- advocate: has visited and brought at least the rules' number of customers.
The first that holds, from the bottom up, is her stage.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from salon_desk.services.frequency import visit_statistics
from salon_desk.services.frequency_rules import FrequencyRules, Group, load_rules
from salon_desk.services.frequency_sql import Scope, classified_sql
from salon_desk.store.database import db
from salon_desk.store.models import Customer


class Stage(enum.StrEnum):
    POTENTIAL = "potential"
    AWARE = "aware"
    NEW = "new"
    ACTIVE = "active"
    REGULAR = "regular"
    ADVOCATE = "advocate"


STAGES = tuple(Stage)


@dataclass(frozen=True)
class StageCount:
    stage: Stage
    customers: int


def _stages_sql(scope: Scope) -> tuple[str, list[object]]:
    """Per customer in scope: id and stage, as a subquery (one pass over the classified
    customers, her referrals counted in one GROUP BY)."""
    classified, params = classified_sql(scope)
    p = db.param
    sql = f"""
SELECT k.customer_id, CASE
  WHEN k.visits_ever > 0 AND COALESCE(r.brought, 0) >= {p} THEN '{Stage.ADVOCATE.value}'
  WHEN k.visits_ever = 0 AND k.enquired = 1 THEN '{Stage.AWARE.value}'
  WHEN k.visits_ever = 0 THEN '{Stage.POTENTIAL.value}'
  WHEN k.frequency_group = '{Group.KEY.value}' THEN '{Stage.REGULAR.value}'
  WHEN k.visits_ever = 1 THEN '{Stage.NEW.value}'
  ELSE '{Stage.ACTIVE.value}' END AS stage
FROM ({classified}) k
LEFT JOIN (SELECT referred_by_id, COUNT(*) AS brought FROM customer
           WHERE referred_by_id IS NOT NULL AND erased_at IS NULL
           GROUP BY referred_by_id) r ON r.referred_by_id = k.customer_id"""
    return sql, [scope.rules.advocate_min_referrals, *params]


def stage_counts(scope: Scope) -> list[StageCount]:
    """How many customers in ``scope`` are at each stage (every stage, in order)."""
    sql, params = _stages_sql(scope)
    found = dict(
        db.execute_sql(f"SELECT stage, COUNT(*) FROM ({sql}) s GROUP BY stage", params).fetchall()
    )
    return [StageCount(stage, int(found.get(stage.value, 0))) for stage in STAGES]


def customers_at(stage: Stage, scope: Scope) -> frozenset[int]:
    """The customers in ``scope`` at ``stage`` (a clicked bar of the chart)."""
    sql, params = _stages_sql(scope)
    rows = db.execute_sql(
        f"SELECT customer_id FROM ({sql}) s WHERE stage = {db.param}", [*params, stage.value]
    ).fetchall()
    return frozenset(customer_id for (customer_id,) in rows)


def everyone(today: dt.date) -> Scope:
    """The whole shop on ``today`` under the shop's rules."""
    return Scope(today, load_rules())


def stage_of(
    visits_ever: int,
    enquired: bool,
    brought: int,
    group: Group | None,
    rules: FrequencyRules,
) -> Stage:
    """One customer's stage from what her file already shows (the same rules as SQL)."""
    if visits_ever > 0 and brought >= rules.advocate_min_referrals:
        return Stage.ADVOCATE
    if visits_ever == 0:
        return Stage.AWARE if enquired else Stage.POTENTIAL
    if group is Group.KEY:
        return Stage.REGULAR
    return Stage.NEW if visits_ever == 1 else Stage.ACTIVE


def stage_for(customer_id: int, today: dt.date) -> Stage:
    """Her stage today (her file's service status)."""
    rules = load_rules()
    rows = visit_statistics(today, only=frozenset({customer_id}), include_archived=True)
    row = rows[0] if rows else None
    enquired = Customer.select(Customer.enquiry).where(Customer.id == customer_id).scalar()
    brought = (
        Customer.select()
        .where((Customer.referred_by == customer_id) & Customer.erased_at.is_null())
        .count()
    )
    return stage_of(
        row.visits_ever if row else 0, bool(enquired), brought,
        row.group if row else None, rules,
    )  # fmt: skip
