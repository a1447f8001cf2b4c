"""Two front-desk PCs at the same moment, as two processes, on either engine (issue 16.4):
the last session of a card, one file saved twice, a schema created by both."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from salon_desk.services import cards, catalogues, customers
from salon_desk.services.cards import CardInput
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import CareLog, CustomerType, SchemaInfo

ROOT = Path(__file__).resolve().parents[2]


def at_once(database: Path | str, go: Path, *actions: list[str]) -> list[str]:
    """Start one PC per action, let them all go at once, and return what each printed."""
    pcs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.crash.pc", str(database), str(go), *action],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for action in actions
    ]
    try:
        for pc in pcs:
            assert pc.stdout is not None and pc.stdout.readline().strip() == "ready"
        go.touch()
        said = [pc.communicate(timeout=60)[0].strip() for pc in pcs]
    finally:
        for pc in pcs:
            pc.kill()
    assert all(pc.returncode == 0 for pc in pcs), said
    return said


def test_two_pcs_spend_the_last_session_and_one_is_refused(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    card = cards.sell_card(
        her,
        CardInput(name="补水一次", sessions_bought=1, purchased_on=dt.date.today()),
        manager_id,
    )
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), manager_id
    )
    action = ["last-session", str(her), str(card), str(manager_id), str(facial)]
    said = at_once(database, tmp_path / "go", action, action)
    assert sorted(line.split()[0] for line in said) == ["refused", "saved"], said
    assert CareLog.select().where(CareLog.card == card).count() == 1
    status = cards.card_status(card)
    assert status is not None and status.sessions_left == 0


def test_one_file_saved_by_two_pcs_is_one_save_and_one_conflict(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    her = customers.create_customer(CustomerInput(name="曾丽", phone="13912340000"), manager_id)
    version = customers.get_customer(her).version
    said = at_once(
        database,
        tmp_path / "go",
        ["save-file", str(her), str(version), "前台一号"],
        ["save-file", str(her), str(version), "前台二号"],
    )
    assert sorted(line.split()[0] for line in said) == ["conflict", "saved"], said
    saved_by = ["前台一号", "前台二号"][[line.startswith("saved") for line in said].index(True)]
    kept = customers.get_customer(her)
    assert kept.data.address == saved_by and kept.version == version + 1


def test_two_pcs_opening_a_new_database_create_it_once(
    database: Path | str, blank_database: Path | str, tmp_path: Path
) -> None:
    said = at_once(blank_database, tmp_path / "go", ["open"], ["open"])
    assert said == [f"version {latest_version()}"] * 2
    close_db()
    open_db(blank_database)
    assert SchemaInfo.select().count() == 1
    assert CustomerType.select().count() == 21  # the default types, seeded once
    assert catalogues.list_staff() == []
    close_db()
    open_db(database)  # the test's own database again, for its checks at the end


def test_one_pc_keeps_logging_visits_while_the_other_imports_a_history(
    database: Path | str, manager_id: int, tmp_path: Path
) -> None:
    """Issue 16.4's last case: a long import in batches (a pause between them on SQLite,
    row locks on a server) and a front desk saving visits the whole time, none lost."""
    from salon_desk.services import visit_writes

    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 100, 30, True), manager_id
    )
    her = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    lines = ["Receipt,Date,Description,Client,Staff,Amount"]
    for client in range(1500):  # 1,500 customers, 3 visits each: three transactions
        for month in (1, 2, 3):
            lines.append(f"{client}{month},0{month}/15/2024,Facial,C{client:04d},JJ,100")
    history = tmp_path / "history.csv"
    history.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert visit_writes.VISITS_PER_TRANSACTION < 4500  # more than one transaction
    said = at_once(
        database,
        tmp_path / "go",
        ["import", str(history), str(manager_id)],
        ["keep-logging", str(her), str(manager_id), str(facial), "40"],
    )
    assert said[0] == "imported 4500", said
    assert said[1].startswith("saved 40 failed 0"), said
    assert CareLog.select().where(CareLog.customer == her).count() == 40
    assert CareLog.select().count() == 4540
