"""The shop's visit-frequency rules and the pure arithmetic of groups and rhythm.

No database and no Qt: the thresholds are data the shop sets (stored as one JSON setting),
and these functions are what the tests check at every edge.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from salon_desk.services import settings_store
from salon_desk.services.permissions import Permission, require
from salon_desk.services.validation import FieldsInvalid

SETTING_KEY = "frequency_rules"


class Group(enum.StrEnum):
    KEY = "key"
    POTENTIAL = "potential"
    FOLLOW_UP = "follow_up"
    NEW = "new"


class RuleProblem(enum.StrEnum):
    OUT_OF_RANGE = "rule_out_of_range"
    POTENTIAL_NOT_BELOW_KEY = "rule_potential_not_below_key"


@dataclass(frozen=True)
class FrequencyRules:
    window_days: int = 180
    key_min_visits: int = 6  # in the window
    potential_min_visits: int = 3  # in the window
    new_below_visits: int = 2  # ever: with fewer she is too new to judge
    overdue_factor: float = 2.0
    own_rhythm_min_visits: int = 3  # ever: fewer, and the shop's usual interval stands in
    shop_interval_days: int = 30
    advocate_min_referrals: int = 2  # customers brought: an advocate (lifecycle, 17.5)


# (field, lowest, highest) a shop may set; outside these the numbers mean nothing.
LIMITS: dict[str, tuple[float, float]] = {
    "window_days": (7, 3660),
    "key_min_visits": (1, 1000),
    "potential_min_visits": (1, 1000),
    "new_below_visits": (1, 100),
    "overdue_factor": (1.0, 10.0),
    "own_rhythm_min_visits": (2, 100),
    "shop_interval_days": (1, 3660),
    "advocate_min_referrals": (1, 100),
}


class RulesInvalid(FieldsInvalid[RuleProblem]):
    pass


def validate_rules(rules: FrequencyRules) -> dict[str, RuleProblem]:
    errors: dict[str, RuleProblem] = {}
    for name, (low, high) in LIMITS.items():
        if not low <= getattr(rules, name) <= high:
            errors[name] = RuleProblem.OUT_OF_RANGE
    if "potential_min_visits" not in errors and rules.potential_min_visits >= rules.key_min_visits:
        errors["potential_min_visits"] = RuleProblem.POTENTIAL_NOT_BELOW_KEY
    return errors


def load_rules() -> FrequencyRules:
    """The saved rules; defaults fill anything missing (a rule added in a later version)."""
    saved = settings_store.read_setting(SETTING_KEY)
    if not isinstance(saved, dict):
        return FrequencyRules()
    known = {f.name for f in dataclasses.fields(FrequencyRules)}
    return FrequencyRules(**{k: v for k, v in saved.items() if k in known})


def save_rules(rules: FrequencyRules, actor_id: int | None = None) -> None:
    require(actor_id, Permission.SETTINGS)
    errors = validate_rules(rules)
    if errors:
        raise RulesInvalid(errors)
    settings_store.write_setting(SETTING_KEY, dataclasses.asdict(rules), actor_id)


def group_for(visits_ever: int, visits_in_window: int, rules: FrequencyRules) -> Group:
    """New means too few visits to judge AND all of them inside the window (her first
    visit is recent, or she has not come yet): one visit long ago is a follow-up."""
    if visits_ever < rules.new_below_visits and visits_in_window == visits_ever:
        return Group.NEW
    if visits_in_window >= rules.key_min_visits:
        return Group.KEY
    if visits_in_window >= rules.potential_min_visits:
        return Group.POTENTIAL
    return Group.FOLLOW_UP


def uses_own_rhythm(visits_ever: int, typical_days: float | None, rules: FrequencyRules) -> bool:
    return typical_days is not None and visits_ever >= rules.own_rhythm_min_visits


def overdue_after_days(
    visits_ever: int, typical_days: float | None, rules: FrequencyRules
) -> float:
    """Days without a visit after which she counts as overdue."""
    if uses_own_rhythm(visits_ever, typical_days, rules):
        assert typical_days is not None
        return typical_days * rules.overdue_factor
    return rules.shop_interval_days * rules.overdue_factor


def is_overdue(
    visits_ever: int, days_since_last: int | None, typical_days: float | None, rules: FrequencyRules
) -> bool:
    """Overdue against her own rhythm; a customer who never came is not overdue (she is new)."""
    if days_since_last is None:
        return False
    return days_since_last > overdue_after_days(visits_ever, typical_days, rules)
