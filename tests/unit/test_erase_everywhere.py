"""Erasing a customer's personal data leaves it nowhere we keep files (issue 13.15): not
in the database's free pages, not in its WAL, not in any backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from salon_desk.services import backups, care_log, catalogues, customers
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.store.backup import copy_problem
from salon_desk.store.database import close_db

NAME = "甄嬛傅恒"
PHONE = "13987654321"
NOTE = "过敏史很长的秘密备注"


def _files(db_path: Path) -> list[Path]:
    found = [db_path, Path(f"{db_path}-wal")]
    return [p for p in found if p.exists()] + [b.path for b in backups.list_backups(db_path)]


def _holding(db_path: Path, secret: str) -> list[str]:
    needle = secret.encode("utf-8")
    return [p.name for p in _files(db_path) if needle in p.read_bytes()]


def test_erase_reaches_the_file_its_wal_and_every_backup(db_path: Path, manager_id: int) -> None:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "面部护理", "", 19_800, 60, True), manager_id
    )
    her = customers.create_customer(
        CustomerInput(name=NAME, phone=PHONE, notes=NOTE, address="秘密街 1 号"), manager_id
    )
    other = customers.create_customer(CustomerInput(name="王芳", phone="13755501111"), manager_id)
    backups.back_up(db_path, "manual")  # a copy with her in it
    care_log.log_care(
        CareEntryInput(
            customer_id=her,
            visited_at=dt.datetime.now().astimezone() - dt.timedelta(hours=1),
            beautician_id=manager_id,
            service_item_ids=(item,),
            feedback=f"{NAME}说：{NOTE}",
        ),
        manager_id,
    )
    current = customers.get_customer(her)
    customers.update_customer(
        her, CustomerInput(name=NAME, phone=PHONE, notes=NOTE + "（又改了）"),
        current.version, manager_id,
    )  # fmt: skip
    backups.back_up(db_path, "daily")  # and a later one
    for secret in (NAME, PHONE, NOTE):
        assert _holding(db_path, secret), secret  # the test can see them before

    customers.erase_personal_data(her, manager_id)

    for secret in (NAME, PHONE, NOTE, "秘密街"):
        assert _holding(db_path, secret) == [], secret
    assert customers.get_customer(other).data.name == "王芳"  # nobody else is touched
    for backup in backups.list_backups(db_path):
        assert copy_problem(backup.path) == ""  # the copies are still sound backups
    close_db()
    assert _holding(db_path, NAME) == []
