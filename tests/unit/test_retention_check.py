"""Issue 19.1 and 19.4: visit days as the model counts them, and the holdout check — on a
salon whose customers behave as the model says (known parameters) and on the demo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np

from salon_desk import app
from salon_desk.services import bgnbd_data, customers, demo, retention_check
from salon_desk.services.bgnbd import Params
from salon_desk.services.clock import to_stored
from salon_desk.services.customers import CustomerInput
from salon_desk.store import bulk, visit_figures
from salon_desk.store.database import close_db, open_db, write_transaction
from salon_desk.store.models import CareLog, Customer
from tests.unit.history import add_visits

TODAY = dt.date(2026, 11, 20)


def test_visit_days_count_a_day_once_and_stop_at_the_day(manager_id: int) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    gone = customers.create_customer(CustomerInput(name="李娜"), manager_id)
    add_visits(her, 30, 30, 10, 2, today=TODAY)  # two visits one day: one visit day
    late = dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(23, 50))
    CareLog.create(customer=her, visited_at=to_stored(late))  # late evening: that local day
    visit_figures.refresh([her])  # (as every write of the care log does)
    add_visits(gone, 5, today=TODAY)
    customers.set_archived(gone, True, manager_id)
    days = bgnbd_data.visit_days(TODAY - dt.timedelta(days=5))
    expected = [(TODAY - dt.timedelta(days=d)).toordinal() for d in (30, 20, 10)]
    assert days == {her: expected}  # the archived left out, the later visit ignored
    data = bgnbd_data.summaries(days, TODAY - dt.timedelta(days=5))
    assert (list(data.x), list(data.t_x), list(data.big_t)) == ([2.0], [20.0], [25.0])
    assert data.usual_gaps == [10.0]
    assert list(bgnbd_data.days_after(bgnbd_data.visit_days(TODAY), TODAY - dt.timedelta(days=5),
                                      [her])) == [1.0]  # fmt: skip


def _simulated_salon(
    manager_id: int,
    truth: Params,
    people: int,
    days: int,
    seed: int,
    shop_id: int | None = None,
) -> list[int]:
    """Customers who come at their own rate and leave after a visit with their own
    chance, arriving over the first half of the history; written as care log rows (of
    ``shop_id``'s customers when given). Their ids."""
    rng = np.random.default_rng(seed)
    start = TODAY - dt.timedelta(days=days)
    with write_transaction():
        ids = [
            int(
                Customer.insert(
                    name=f"顾客{seed}-{n}", name_sort=f"gu{seed}{n:05d}", home_shop=shop_id
                ).execute()
            )
            for n in range(people)
        ]
    rows = []
    for customer_id in ids:
        rate = rng.gamma(truth.r, 1 / truth.alpha)
        dropout = rng.beta(truth.a, truth.b)
        moment = float(rng.uniform(0, days / 2))
        while moment <= days:
            day = start + dt.timedelta(days=int(moment))
            noon = to_stored(dt.datetime.combine(day, dt.time(12)))
            rows.append({"customer": customer_id, "amount_fen": 0, "visited_at": noon})
            if rng.random() < dropout:
                break
            moment += rng.exponential(1 / rate)
    with write_transaction():
        for first in range(0, len(rows), 2000):
            bulk.insert_rows(CareLog, rows[first : first + 2000])
        visit_figures.rebuild()
    return ids


def test_the_holdout_check_on_a_salon_the_model_describes(manager_id: int) -> None:
    truth = Params(r=1.2, alpha=30.0, a=0.7, b=3.0)  # a visit every ~25 days, some leave
    _simulated_salon(manager_id, truth, 1500, 720, seed=5)
    found = retention_check.check(TODAY, holdout_days=120)
    assert found.verdict.trusted, found.verdict.problems
    # The visits it expected in the holdout are close to those made, bucket by bucket
    # where enough customers are in it, and overall.
    for bucket in found.buckets:
        if bucket.customers >= 100:
            assert abs(bucket.predicted - bucket.actual) <= 0.25 * max(bucket.actual, 0.5)
    # The visits it expects of each customer rank those who did not come back at least as
    # well as the overdue rule, on customers who behave as the model says. P(alive) alone
    # ranks them worse than both (but better than a coin): it is 1 for every customer
    # without a repeat visit, and most of those never came back.
    assert found.auc_expected_visits is not None and found.auc_expected_visits > 0.85
    assert found.auc_overdue_rule is not None
    assert found.auc_expected_visits >= found.auc_overdue_rule
    assert found.auc_p_alive is not None and 0.55 < found.auc_p_alive < found.auc_overdue_rule


def test_the_check_on_the_demo_and_from_the_command_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    open_db(path)
    demo.build_demo(customers=300, seed=4, today=TODAY)
    found = retention_check.check(TODAY)
    assert found.customers > 200 and found.buckets
    assert found.auc_overdue_rule is not None and found.auc_p_alive is not None
    close_db()
    args = ["retention-check", "--db", str(path), "--as-of", TODAY.isoformat(), "--json"]
    assert app.main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["as_of"] == TODAY.isoformat() and printed["holdout_days"] == 120
    assert printed["customers"] == found.customers
    assert printed["trusted"] == found.verdict.trusted
    assert {"r", "alpha_weeks", "a", "b", "log_likelihood", "problems"} <= set(printed)
    assert app.main(["retention-check", "--db", str(path), "--as-of", TODAY.isoformat()]) == 0
    shown = capsys.readouterr().out
    assert "repeat visits" in shown and "1 - P(alive)" in shown and "expected visits" in shown


def test_the_command_states_the_services_holdout() -> None:
    from salon_desk import retention_commands

    assert retention_commands.DEFAULT_HOLDOUT_DAYS == retention_check.DEFAULT_HOLDOUT_DAYS


def test_starting_the_program_does_not_load_the_model() -> None:
    """scipy takes a third of a second to import: only a check (or the model's screen)
    should pay for it, never the window's start."""
    import subprocess
    import sys

    probe = "import sys, salon_desk.app; print('scipy' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert shown.stdout.strip() == "False", shown.stderr
