"""Issue 18.3: retention and loss per month, recounted from the care log's rows with the
frequency rules' own arithmetic (not from the kept figures the report reads)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import statistics
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import cards, care_log, catalogues, customers, retention_report
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.frequency_rules import load_rules, overdue_after_days
from salon_desk.services.report_months import month_key, next_month
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Card, CareLog, Customer

NOW = dt.datetime.now().astimezone().replace(hour=11, minute=0, second=0, microsecond=0)
TODAY = NOW.date()


@pytest.fixture
def history(manager_id: int, beautician_id: int) -> dict[str, int]:
    """Customers who keep coming, who drift away, who are gone, who are new."""
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )

    month_day = (TODAY - TODAY.replace(day=1)).days  # days since the month's first

    def person(name: str, days_ago: list[int], paid: int = 20_000) -> int:
        her = customers.create_customer(CustomerInput(name=name), manager_id)
        for days in days_ago:
            care_log.log_care(
                CareEntryInput(her, NOW - dt.timedelta(days=days), beautician_id, (facial,),
                               amount_fen=paid),
                beautician_id,
            )  # fmt: skip
        return her

    people = {
        "regular": person("常客", list(range(3, 200, 14))),  # every two weeks, still here
        "drifting": person("渐远", [100, 110, 120, 130, 140]),  # every 10 days, then not
        "gone": person("一次", [200], paid=50_000),  # once, long ago
        "second": person("两次", [50, 40]),  # too few visits for her own rhythm
        "new": person("新客", [5]),
        "carded": person("卡客", [60, 80, 100, 120, 400]),  # lapsed after buying a card
        "returned": person("回头", [230, 220, 210, 20]),  # lapsed, then came back
        "archived": person("归档", [30, 90]),
        # On the edges: two-weekly, so overdue after 28 days, lapsed on the 29th.
        "lapsed_today": person("今天", [29, 43, 57]),
        "lost_today": person("正好", [59, 73, 87]),  # lapsed 30 days ago
        "lapsed_on_the_1st": person(
            "月初", [d + 29 for d in (month_day, month_day + 14, month_day + 28)]
        ),
    }
    cards.sell_card(
        people["carded"],
        CardInput(name="年卡", kind="stored_value", amount_paid_fen=300_000,
                  value_loaded_fen=300_000, purchased_on=TODAY - dt.timedelta(days=90)),
        manager_id,
    )  # fmt: skip
    customers.set_archived(people["archived"], True, manager_id)
    return people


def _local_day(stored: dt.datetime | str) -> dt.date:
    moment = stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


def _recount(first: dt.date, last: dt.date, lost_after: int) -> dict[str, dict[str, set[int]]]:
    """Per month: the customers of each kind, and the 12-month spend of the lapsed and
    the lost, from the rows alone."""
    rules = load_rules()
    visits: dict[int, list[tuple[dt.datetime, int]]] = {}
    live = set(
        Customer.select(Customer.id)
        .where(Customer.archived_at.is_null() & Customer.erased_at.is_null())
        .tuples()
    )
    for customer_id, visited_at, fen in (
        CareLog.select(CareLog.customer, CareLog.visited_at, CareLog.amount_fen)
        .where(CareLog.voided_at.is_null())
        .tuples()
    ):
        if (customer_id,) in live:
            visits.setdefault(customer_id, []).append((visited_at, fen))
    months: dict[str, dict[str, set[int]]] = {}
    spend: dict[str, list[int]] = {}
    start = first.replace(day=1)
    while start <= last:
        low, high = max(first, start), min(last, next_month(start) - dt.timedelta(days=1))
        kinds: dict[str, set[int]] = {k: set() for k in retention_report.KINDS}
        at_risk = lost_fen = 0
        for her, seen in visits.items():
            seen.sort()
            days = [_local_day(moment) for moment, _ in seen]
            gaps = [(b - a).days for a, b in itertools.pairwise(days)]
            gap = statistics.median(gaps) if gaps else None
            allowed = overdue_after_days(len(days), gap, rules)
            lapse = days[-1] + dt.timedelta(days=math.floor(allowed) + 1)
            came = [day for day in days if low <= day <= high]
            if came:
                kinds["active"].add(her)
                (kinds["new"] if days[0] >= low else kinds["returning"]).add(her)
            if days[0] < low and lapse >= low:
                kinds["on_books"].add(her)
            if low <= lapse <= high and lapse <= TODAY:
                kinds["lapsed"].add(her)
                since = seen[-1][0] - dt.timedelta(days=365)
                paid = sum(fen for moment, fen in seen if moment > since)
                paid += sum(
                    card.amount_paid_fen
                    for card in Card.select().where(
                        (Card.customer == her)
                        & Card.voided_at.is_null()
                        & (Card.purchased_on > since.date())
                    )
                )
                at_risk += paid
                if lapse + dt.timedelta(days=lost_after) <= TODAY:
                    kinds["lost"].add(her)
                    lost_fen += paid
        months[month_key(start)] = kinds
        spend[month_key(start)] = [at_risk, lost_fen]
        start = next_month(start)
    return {"months": months, "spend": spend}  # type: ignore[dict-item]


@pytest.mark.parametrize("lost_after", [90, 30])
def test_every_month_matches_a_recount(history: dict[str, int], lost_after: int) -> None:
    first, last = TODAY - dt.timedelta(days=240), TODAY
    found = retention_report.report(first, last, TODAY, lost_after)
    expected = _recount(first, last, lost_after)
    assert [m.key for m in found.months] == list(expected["months"])
    for month in found.months:
        kinds = expected["months"][month.key]
        counted = {kind: getattr(month, kind) for kind in retention_report.KINDS}
        assert counted == {kind: len(ids) for kind, ids in kinds.items()}, month.key
        assert [month.at_risk_fen, month.lost_fen] == expected["spend"][month.key], month.key
        lapsed_of_books = len(kinds["lapsed"] & kinds["on_books"])
        assert month.churn == (lapsed_of_books / month.on_books if month.on_books else None)
        for kind in retention_report.KINDS:
            behind = retention_report.customers_behind(found, kind, month.key)
            assert set(behind) == kinds[kind], (month.key, kind)
    # Someone lapsed and someone was lost in the period, or the test proves little.
    assert found.overall.lapsed >= 2 and found.overall.active >= 4
    assert history["archived"] not in retention_report.customers_behind(found, "active")
    assert history["returned"] not in retention_report.customers_behind(found, "lapsed")
    assert history["carded"] in retention_report.customers_behind(found, "lapsed")
    this_month = found.months[-1].key
    assert history["lapsed_today"] in retention_report.customers_behind(found, "lapsed")
    assert history["lapsed_on_the_1st"] in retention_report.customers_behind(
        found, "lapsed", this_month
    )
    lost = retention_report.customers_behind(found, "lost")
    assert (history["lost_today"] in lost) == (lost_after == 30)
    assert sum(m.lapsed for m in found.months) == found.overall.lapsed
    assert sum(m.new for m in found.months) == found.overall.new
    assert found.overall.on_books == found.months[0].on_books


def test_the_lapsed_card_buyer_puts_her_card_at_risk(history: dict[str, int]) -> None:
    found = retention_report.report(TODAY - dt.timedelta(days=60), TODAY, TODAY)
    assert found.overall.at_risk_fen >= 300_000 + 4 * 20_000  # the card and her visits
    assert history["carded"] in retention_report.customers_behind(found, "lapsed")
    assert history["new"] in retention_report.customers_behind(found, "new")
    assert history["regular"] in retention_report.customers_behind(found, "returning")


def test_the_command_prints_the_same_figures(history: dict[str, int], db_path: Path,
                                             capsys) -> None:  # fmt: skip
    first = TODAY - dt.timedelta(days=120)
    found = retention_report.report(first, TODAY, TODAY, 30)
    close_db()
    args = ["report", "retention", "--db", str(db_path), "--from", first.isoformat(),
            "--to", TODAY.isoformat(), "--lost-after", "30", "--json"]  # fmt: skip
    assert app.main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    open_db(db_path)
    assert printed["report"] == "retention" and printed["lost_after_days"] == 30
    assert printed["overall"]["lapsed"] == found.overall.lapsed
    assert printed["overall"]["revenue_lost_fen"] == found.overall.lost_fen
    assert [m["active"] for m in printed["months"]] == [m.active for m in found.months]
    assert set(printed["declines"]) >= {"price", "moved", "other"}


def test_an_empty_file_counts_nothing(manager_id: int) -> None:
    found = retention_report.report(TODAY - dt.timedelta(days=30), TODAY)
    assert found.overall.active == found.overall.lapsed == 0
    assert found.overall.churn is None and found.overall.at_risk_fen == 0
