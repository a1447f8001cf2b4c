"""What leaves or replaces the shop's files is on record (issue 13.11): every export,
imports and restores from the command line, and a restore keeps what came after the copy."""

from __future__ import annotations

import getpass
from pathlib import Path

from salon_desk import app
from salon_desk.services import audit, backups, customers, excel_export
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import ChangeRecord, Customer
from salon_desk.ui.excel import texts
from salon_desk.ui.setting_words import action_note


def _actions(action: str) -> list[ChangeRecord]:
    return list(ChangeRecord.select().where(ChangeRecord.action == action))


def test_every_export_is_on_record(qapp, database: Path | str, manager_id: int, tmp_path) -> None:
    for name in ("王芳", "曾丽"):
        customers.create_customer(CustomerInput(name=name), manager_id)
    excel_export.export_workbook(
        tmp_path / "all.xlsx", None, texts.export_texts(), texts.labeller(), actor_id=manager_id
    )
    one = Customer.get(Customer.name == "王芳").id
    excel_export.export_workbook(
        tmp_path / "one.xlsx",
        frozenset({one}),
        texts.export_texts(),
        texts.labeller(),
        actor_id=manager_id,
    )
    everyone, chosen = _actions("export")
    assert (everyone.staff_id, everyone.new_value) == (manager_id, "all 2 · all.xlsx")
    assert chosen.new_value == "chosen 1 · one.xlsx"
    assert action_note("export", everyone.new_value) == "All customers on file: 2 · all.xlsx"


def test_command_line_imports_and_restores_name_the_computers_user(
    qapp, db_path: Path, manager_id: int, tmp_path: Path
) -> None:
    customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    sheet = tmp_path / "old-list.csv"
    sheet.write_text("姓名,手机\n林小红,13912345678\n,13600000222\n", encoding="utf-8")
    close_db()
    assert app.main(["import", "--db", str(db_path), str(sheet)]) == 2  # one row refused
    open_db(db_path)
    (imported,) = _actions("import")
    user = getpass.getuser()
    assert imported.staff_id is None
    assert imported.new_value == f"old-list.csv · +1 ~0 =0 x1 · batch 1 · command line ({user})"
    assert "1 new, 0 updated, 0 skipped, 1 not imported · import no. 1" in action_note(
        "import", imported.new_value
    )

    copy = backups.back_up(db_path, "manual")
    customers.create_customer(CustomerInput(name="曾丽"), manager_id)  # after the copy
    close_db()
    assert app.main(["restore", "--db", str(db_path), str(copy)]) == 0
    open_db(db_path)
    assert {c.name for c in Customer.select()} == {"王芳", "林小红"}  # the files went back
    # … but not the trace: 曾丽's creation, made after the copy, is still on record.
    created = [r for r in _actions("create") if r.field == "name" and r.new_value == "曾丽"]
    assert len(created) == 1 and created[0].customer_id is None
    (restored,) = _actions("restore_backup")
    assert restored.new_value == f"{copy.name} · command line ({user})"
    assert audit.command_line() == f"command line ({user})"
