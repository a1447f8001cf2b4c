"""Issue 18.5: each beautician's period — visits, customers, scores, takings, the share
of her customers overdue, calls and outcomes, cards sold, complaints about her visits —
recounted from the rows; a beautician's own view holds her row only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import (
    cards,
    care_log,
    catalogues,
    complaints,
    customers,
    follow_ups,
    staff_report,
)
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.complaints import ComplaintInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.follow_ups import CallRequest
from salon_desk.services.frequency_rules import is_overdue, load_rules
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Card, CareLog, Complaint, Customer, FollowUp, VisitFigures

NOW = dt.datetime.now().astimezone().replace(hour=11, minute=0, second=0, microsecond=0)
TODAY = NOW.date()


@pytest.fixture
def team(manager_id: int, beautician_id: int) -> dict[str, int]:
    second = catalogues.save_staff(catalogues.StaffMember(0, "刘晓", "beautician", "", True), None)
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )
    people = {}
    plans = {  # name: (her beautician, [(days ago, by, score, paid)])
        "王芳": (beautician_id, [(5, beautician_id, 5, 30_000), (40, beautician_id, 4, 28_000),
                                (75, second, 3, 20_000)]),
        "李娜": (beautician_id, [(100, beautician_id, None, 10_000), (130, beautician_id, 2, 0),
                                (160, beautician_id, 4, 10_000)]),
        "赵敏": (second, [(10, second, 5, 50_000), (12, beautician_id, 1, 0)]),
        "孙丽": (second, [(300, second, 4, 9_000)]),
    }  # fmt: skip
    for name, (responsible, visits) in plans.items():
        her = customers.create_customer(
            CustomerInput(name=name, responsible_staff_id=responsible), manager_id
        )
        people[name] = her
        for days, by, score, paid in visits:
            care_log.log_care(
                CareEntryInput(her, NOW - dt.timedelta(days=days), by, (facial,),
                               satisfaction=score, amount_fen=paid),
                by,
            )  # fmt: skip
    cards.sell_card(people["王芳"], CardInput(name="年卡", kind="stored_value",
                    amount_paid_fen=100_000, value_loaded_fen=100_000,
                    purchased_on=TODAY - dt.timedelta(days=20)), manager_id)  # fmt: skip
    Card.update(sold_by=beautician_id).execute()
    result = follow_ups.assign_calls(
        CallRequest([people["李娜"], people["孙丽"]], beautician_id, TODAY), manager_id
    )
    follow_ups.record_outcome(result.created[0], "booked", "", beautician_id)
    follow_ups.record_outcome(result.created[1], "declined", "", beautician_id,
                              decline_reason="price")  # fmt: skip
    [visit] = CareLog.select().where(
        (CareLog.customer == people["赵敏"]) & (CareLog.beautician == beautician_id)
    )
    complaints.record_complaint(
        people["赵敏"],
        ComplaintInput(received_on=TODAY - dt.timedelta(days=11), description="太用力",
                       care_log_id=visit.id),
        manager_id,
    )  # fmt: skip
    return {**people, "second": second}


def test_every_figure_matches_a_recount(team: dict[str, int], beautician_id: int) -> None:
    first, last = TODAY - dt.timedelta(days=90), TODAY
    found = staff_report.report(first, last, TODAY)
    rows = {s.staff_id: s for s in found.staff}
    rules = load_rules()
    for staff_id in (beautician_id, team["second"]):
        visits = [
            v
            for v in CareLog.select().where(
                (CareLog.beautician == staff_id) & CareLog.voided_at.is_null()
            )
            if first <= v.visited_at.replace(tzinfo=dt.UTC).astimezone().date() <= last
        ]
        scored = [v.satisfaction for v in visits if v.satisfaction is not None]
        figure = rows[staff_id]
        assert figure.visits == len(visits)
        assert figure.customers == len({v.customer_id for v in visits})
        assert figure.average == (sum(scored) / len(scored) if scored else None)
        assert figure.takings_fen == sum(v.amount_fen for v in visits)
        hers = list(
            VisitFigures.select()
            .join(Customer, on=(VisitFigures.customer == Customer.id))
            .where(Customer.responsible_staff == staff_id)
        )
        late = [
            f for f in hers
            if is_overdue(f.visits, TODAY.toordinal() - f.last_visit_day, f.usual_gap_days, rules)
        ]  # fmt: skip
        assert (figure.in_care, figure.overdue) == (len(hers), len(late))
        assert sorted(staff_report.customers_behind(found, staff_id, "overdue")) == sorted(
            f.customer_id for f in late
        )
        assert staff_report.customers_behind(found, staff_id, "served") == sorted(
            {v.customer_id for v in visits}
        )
        calls = FollowUp.select().where(
            (FollowUp.assignee == staff_id) & (FollowUp.status == "done")
        )
        assert figure.calls_done == calls.count()
        assert figure.cards_sold == Card.select().where(Card.sold_by == staff_id).count()
    mine = rows[beautician_id]
    assert (mine.calls["booked"], mine.calls["declined"]) == (1, 1)
    assert (mine.cards_sold, mine.cards_fen) == (1, 100_000)
    assert mine.complaints == 1 == Complaint.select().count()
    assert rows[team["second"]].complaints == 0
    assert mine.overdue >= 1 and mine.visits >= 3  # (the data proves something)


def test_a_beautician_sees_her_own_row(team: dict[str, int], beautician_id: int) -> None:
    found = staff_report.report(TODAY - dt.timedelta(days=90), TODAY, TODAY, beautician_id)
    assert [s.staff_id for s in found.staff] == [beautician_id]
    everyone = staff_report.report(TODAY - dt.timedelta(days=90), TODAY, TODAY)
    assert found.staff[0] == next(s for s in everyone.staff if s.staff_id == beautician_id)


def test_the_command_prints_the_staff(team: dict[str, int], db_path: Path, capsys) -> None:
    close_db()
    args = ["report", "staff", "--db", str(db_path), "--from",
            (TODAY - dt.timedelta(days=90)).isoformat(), "--json"]  # fmt: skip
    assert app.main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    open_db(db_path)
    by_name = {s["name"]: s for s in printed["staff"]}
    assert by_name["陈美玲"]["complaints"] == 1
    assert by_name["陈美玲"]["call_outcomes"]["declined"] == 1
    assert by_name["刘晓"]["visits"] == 2  # (孙丽's visit is before the period)
