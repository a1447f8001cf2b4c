import datetime as dt
from pathlib import Path

import peewee as pw

from salon_desk.app import main
from salon_desk.services.demo import build_demo
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Card, CareLog, Customer, Staff

TODAY = dt.date(2026, 11, 20)


def _snapshot() -> list[tuple]:
    return list(
        Customer.select(Customer.name, Customer.phone, Customer.birthday)
        .order_by(Customer.id)
        .tuples()
    )


def test_demo_is_deterministic_and_consistent(tmp_path: Path) -> None:
    snapshots = []
    for run in range(2):
        open_db(tmp_path / f"demo{run}.db")
        summary = build_demo(customers=120, seed=7, today=TODAY)
        snapshots.append(_snapshot())
        if run == 0:
            assert summary.customers == Customer.select().count() == 120
            assert Staff.select().count() == 8
            assert CareLog.select().count() == summary.care_logs > 120
            assert Customer.select().where(Customer.phone_last4 == "").count() == 0
            # Customers come at their own rhythm, so visit counts spread widely.
            counts = [
                c
                for (c,) in CareLog.select(pw.fn.COUNT(CareLog.id))
                .group_by(CareLog.customer)
                .tuples()
            ]
            assert min(counts) <= 3 and max(counts) >= 30
            # No card is ever used beyond what was bought.
            for card in Card.select():
                used = sum(log.card_sessions_used for log in card.uses)
                assert 0 <= used <= card.sessions_bought
            assert (
                CareLog.select().where(CareLog.visited_at > dt.datetime(2026, 11, 21)).count() == 0
            )
        close_db()
    assert snapshots[0] == snapshots[1]


def test_demo_command_builds_a_database(tmp_path: Path, capsys) -> None:
    target = tmp_path / "cli.db"
    assert main(["demo", "--db", str(target), "--customers", "30", "--today", "2026-11-20"]) == 0
    assert "30 customers" in capsys.readouterr().out
    assert main(["demo", "--db", str(target), "--customers", "30"]) == 1  # never twice
    open_db(target)
    assert Customer.select().count() == 30
    close_db()


def test_demo_follows_the_apps_own_rules(tmp_path: Path) -> None:
    """No complaint closed after today, categories that fit their words, no visit later
    than now, nobody 'handling' an open complaint."""
    from salon_desk.services import complaint_register
    from salon_desk.services.demo import DEMO_COMPLAINTS
    from salon_desk.store.models import Complaint

    open_db(tmp_path / "rules.db")
    try:
        today = dt.date.today()
        build_demo(customers=150, seed=11, today=today)
        fits = {words: category for words, category, *_ in DEMO_COMPLAINTS}
        complaints = list(Complaint.select())
        assert complaints
        for complaint in complaints:
            assert complaint.category == fits[complaint.description]
            if complaint.closed_on is not None:
                assert complaint.received_on <= complaint.closed_on <= today
                signed = complaint_register.sign_offs(complaint.id)
                assert list(signed) == list(complaint_register.STEPS)  # the register's order
            else:
                assert complaint.handled_by_id is None and complaint.handling == ""
        numbers = [c.form_number for c in complaints]
        assert len(set(numbers)) == len(numbers)
        assert all(c.form_number.startswith(f"{c.received_on.year}-") for c in complaints)
        latest = CareLog.select(pw.fn.MAX(CareLog.visited_at)).scalar()
        assert latest <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
    finally:
        close_db()


def test_a_chain_sized_demo_goes_in_batches_and_makes_the_same_salon(
    tmp_path: Path, monkeypatch
) -> None:
    """Issue 15: batches of customers, each its own transaction, make exactly the salon one
    batch makes (visits, cards and their uses included), told batch by batch."""
    from salon_desk.services import demo
    from salon_desk.store import visit_figures

    def everything() -> list[tuple]:
        visits = CareLog.select(
            CareLog.id, CareLog.customer, CareLog.visited_at, CareLog.card, CareLog.amount_fen
        ).order_by(CareLog.id)
        return [*_snapshot(), *visits.tuples(), *Card.select(Card.id, Card.customer).tuples()]

    made = []
    for run, batch in enumerate((1_000, 25)):
        monkeypatch.setattr(demo, "CUSTOMERS_PER_BATCH", batch)
        open_db(tmp_path / f"batch{run}.db")
        told: list[int] = []
        build_demo(customers=120, seed=7, today=TODAY, progress=told.append)
        made.append(everything())
        assert told == ([120] if batch == 1_000 else [25, 50, 75, 100, 120])
        assert visit_figures.differences() == []
        close_db()
    assert made[0] == made[1]
