"""Issue 17.5: each customer's stage from her file, her visits and whom she brought;
counted per stage; a prospect's file without visits; the rules' advocate threshold."""

from __future__ import annotations

import dataclasses
import datetime as dt

from salon_desk.services import care_log, catalogues, customers, lifecycle
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.services.frequency import visit_statistics
from salon_desk.services.frequency_rules import load_rules, save_rules
from salon_desk.services.lifecycle import Stage

TODAY = dt.date.today()


def _visits(customer_id: int, days_ago: list[int], staff: int, item: int) -> None:
    for days in days_ago:
        care_log.log_care(
            CareEntryInput(
                customer_id=customer_id,
                visited_at=dt.datetime.combine(
                    TODAY - dt.timedelta(days=days), dt.time(11)
                ).astimezone(),
                beautician_id=staff,
                service_item_ids=(item,),
            ),
            staff,
        )


def test_every_stage_counted_and_each_customer_placed(manager_id: int) -> None:
    item = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "面部护理", "", 19_800, 60, True), manager_id
    )
    made = {}
    for name, fields in (
        ("潜在", {}),
        ("知晓", {"wechat": "zhixiao88", "enquiry": "问了补水套餐的价格"}),
        ("新客", {}),
        ("活跃", {}),
        ("常客", {}),
        ("种子", {}),
    ):
        made[name] = customers.create_customer(CustomerInput(name=name, **fields), manager_id)  # type: ignore[arg-type]
    _visits(made["新客"], [3], manager_id, item)
    _visits(made["活跃"], [100, 40, 5], manager_id, item)
    _visits(made["常客"], [150, 120, 90, 60, 30, 10], manager_id, item)  # key: 6 in 180 days
    _visits(made["种子"], [20], manager_id, item)
    for friend in ("朋友一", "朋友二"):
        customers.create_customer(
            CustomerInput(
                name=friend, referral_channel="old_customer", referred_by_id=made["种子"]
            ),
            manager_id,
        )
    counts = {c.stage: c.customers for c in lifecycle.stage_counts(lifecycle.everyone(TODAY))}
    assert counts == {
        Stage.POTENTIAL: 3,  # 潜在 and the two friends, on file with no visit yet
        Stage.AWARE: 1,
        Stage.NEW: 1,
        Stage.ACTIVE: 1,
        Stage.REGULAR: 1,
        Stage.ADVOCATE: 1,
    }
    for name, stage in (("知晓", Stage.AWARE), ("常客", Stage.REGULAR), ("种子", Stage.ADVOCATE)):
        assert lifecycle.customers_at(stage, lifecycle.everyone(TODAY)) == {made[name]}
    # The file's own reading agrees with the SQL, customer by customer.
    rules = load_rules()
    rows = {row.customer_id: row for row in visit_statistics(TODAY)}
    for name, customer_id in made.items():
        row = rows.get(customer_id)
        data = customers.get_customer(customer_id).data
        brought = len(customers.referred_by_her(customer_id))
        stage = lifecycle.stage_of(
            row.visits_ever if row else 0, bool(data.enquiry), brought,
            row.group if row else None, rules,
        )  # fmt: skip
        assert customer_id in lifecycle.customers_at(stage, lifecycle.everyone(TODAY)), name

    save_rules(dataclasses.replace(rules, advocate_min_referrals=3), manager_id)
    assert lifecycle.customers_at(Stage.ADVOCATE, lifecycle.everyone(TODAY)) == frozenset()
    assert made["种子"] in lifecycle.customers_at(Stage.NEW, lifecycle.everyone(TODAY))


def test_her_file_reads_her_stage(manager_id: int) -> None:
    her = customers.create_customer(
        CustomerInput(name="王芳", wechat="wf_1990", enquiry="想了解祛斑"), manager_id
    )
    assert lifecycle.stage_for(her, TODAY) is Stage.AWARE
    assert customers.get_customer(her).data.wechat == "wf_1990"


def test_prospects_from_a_sheet_are_aware_and_export_with_their_wechat(
    manager_id: int, tmp_path
) -> None:
    import openpyxl

    from salon_desk.services import customer_import, excel_export
    from salon_desk.services.excel_import import Vocabulary, check_rows, read_table
    from salon_desk.services.excel_import import suggest_mapping as mapping_of
    from salon_desk.services.excel_rows import CUSTOMER_COLUMNS

    book = openpyxl.Workbook()
    book.active.append(["姓名", "微信", "咨询内容"])
    book.active.append(["赵敏", "zhaomin_1", "问了光子嫩肤"])
    path = tmp_path / "prospects.xlsx"
    book.save(path)
    table = read_table(path)
    rows = check_rows(table, mapping_of(table.headers, Vocabulary()), Vocabulary(), TODAY)
    (made,) = customer_import.apply_import(rows, manager_id).created
    assert lifecycle.stage_for(made, TODAY) is Stage.AWARE
    target = tmp_path / "export.xlsx"
    excel_export.export_workbook(target, None, excel_export.ExportTexts(), lambda f, v: v)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    keys = [c.key for c in CUSTOMER_COLUMNS]
    (row,) = list(sheet.iter_rows(min_row=2, values_only=True))
    assert (row[keys.index("wechat")], row[keys.index("enquiry")]) == ("zhaomin_1", "问了光子嫩肤")


def test_a_prospect_is_found_by_her_wechat_id(manager_id: int) -> None:
    from salon_desk.services.customer_search import CustomerQuery, fetch_page

    her = customers.create_customer(
        CustomerInput(name="赵敏", wechat=" Zhaomin_1990 ", enquiry="问了光子嫩肤"), manager_id
    )
    customers.create_customer(CustomerInput(name="王芳", wechat="wangfang"), manager_id)
    assert customers.get_customer(her).data.wechat == "Zhaomin_1990"
    for typed in ("Zhaomin", "zhaomin_19", "Zha"):
        assert [row.id for row in fetch_page(CustomerQuery(text=typed), 0, 20)] == [her], typed
    assert fetch_page(CustomerQuery(text="min_1990"), 0, 20) == []  # from its start only


def test_a_schema_17_file_gains_the_prospects_contact(manager_id: int, db_path) -> None:
    from salon_desk.store.database import close_db, open_db
    from salon_desk.store.migrations import latest_version
    from salon_desk.store.models import SchemaInfo
    from tests.unit.old_schema import without_customer_columns

    close_db()
    without_customer_columns(db_path, ["wechat", "wechat_key", "enquiry"], 17)
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    her = customers.create_customer(
        CustomerInput(name="赵敏", wechat="zhaomin88", enquiry="问了价格"), manager_id
    )
    assert lifecycle.stage_for(her, TODAY) is Stage.AWARE
