"""Issue 19.5: the retention model kept by the shop — a stored fit with its diagnostics,
each customer's P(alive) and expected visits only when it is trusted, removed by her next
visit and made again by the next count; a new fit once a day."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from salon_desk.services import bgnbd, bgnbd_data, customers, retention_model, shops
from salon_desk.services.bgnbd import Params
from salon_desk.services.customers import CustomerInput
from salon_desk.services.shops import ShopRow
from salon_desk.store.database import close_db, open_db
from salon_desk.store.migrations import latest_version
from salon_desk.store.models import Customer, CustomerRetention, RetentionFit, SchemaInfo
from tests.unit.history import add_visits
from tests.unit.test_retention_check import TODAY, _simulated_salon


def test_a_trusted_fit_keeps_every_customers_figures(manager_id: int) -> None:
    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5)
    assert retention_model.ensure_fresh(TODAY)
    fit = retention_model.latest()
    assert fit is not None and fit.trusted and fit.as_of == TODAY and fit.problems == ""
    live = Customer.select().count()
    assert CustomerRetention.select().count() == live
    # Her figures are the model's for her summary.
    some = CustomerRetention.select().where(CustomerRetention.p_alive.is_null(False)).first()
    days = bgnbd_data.visit_days(TODAY, only=[some.customer_id])
    data = bgnbd_data.summaries(days, TODAY)
    params = Params(fit.r, fit.alpha, fit.a, fit.b)
    [alive] = bgnbd.p_alive(params, data.x, data.t_x, data.big_t)
    [expected] = bgnbd.expected_visits(params, 90, data.x, data.t_x, data.big_t)
    assert (some.p_alive, some.expected_90) == (pytest.approx(alive), pytest.approx(expected))
    # One who has not come back: no chance (the model's certain 1 means nothing), but
    # the visits to expect of her, which shrink the longer she is away.
    whole = bgnbd_data.summaries(bgnbd_data.visit_days(TODAY), TODAY)
    once = [c for c, x in zip(whole.customer_ids, whole.x, strict=True) if x == 0]
    assert once and all(
        CustomerRetention.get_by_id(c).p_alive is None
        and CustomerRetention.get_by_id(c).expected_90 > 0
        for c in once
    )
    assert CustomerRetention.select().where(CustomerRetention.p_alive.is_null()).count() == len(
        once
    )
    # A visit removes her figures; the same day's count makes them again by the same fit.
    add_visits(some.customer_id, 0, today=TODAY)
    assert retention_model.of_customer(some.customer_id) is None
    assert retention_model.ensure_fresh(TODAY)
    assert RetentionFit.select().count() == 1
    again = retention_model.of_customer(some.customer_id)
    data = bgnbd_data.summaries(bgnbd_data.visit_days(TODAY, only=[some.customer_id]), TODAY)
    assert data.t_x[0] == data.big_t[0]  # her last visit is today
    # Just came: only the chance of dropping out right after a visit is left,
    # (b + x - 1) / (a + b + x - 1).
    x = data.x[0]
    assert again is not None and again.p_alive == pytest.approx(
        (fit.b + x - 1) / (fit.a + fit.b + x - 1)
    )
    assert not retention_model.ensure_fresh(TODAY)  # nothing to count
    # Another PC that counted meanwhile keeps the day's fit instead of storing a second.
    assert [f.id for f in retention_model.refit(TODAY, unless_fitted=True)] == [fit.id]
    assert RetentionFit.select().count() == 1
    # The next day: a new fit.
    assert retention_model.ensure_fresh(TODAY + dt.timedelta(days=1))
    assert RetentionFit.select().count() == 2


def test_an_untrusted_fit_keeps_no_figures(manager_id: int) -> None:
    her = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    add_visits(her, 40, 20, 5, today=TODAY)
    [fit] = retention_model.refit(TODAY)
    assert not fit.trusted and "few_returning" in fit.problems.split(",")
    assert CustomerRetention.select().count() == 0
    assert retention_model.of_customer(her) is None
    assert not retention_model.ensure_fresh(TODAY)  # fitted today: nothing more to do


def test_a_history_whose_record_stopped_is_not_trusted(manager_id: int) -> None:
    """An old import counted a year on (the real receipts end in 2018): every customer
    would look gone — the record stopped, not the customers."""
    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5)
    [fit] = retention_model.refit(TODAY + dt.timedelta(days=365))
    assert not fit.trusted and "stale" in fit.problems.split(",")
    assert CustomerRetention.select().count() == 0
    [fit] = retention_model.refit(TODAY)  # counted on its own last day: trusted
    assert fit.trusted and CustomerRetention.select().count() == 600


def test_a_schema_28_file_gains_the_models_tables(manager_id: int, db_path: Path) -> None:
    close_db()
    with sqlite3.connect(db_path) as old:
        old.execute("DROP TABLE customer_retention")
        old.execute("DROP TABLE retention_fit")
        old.execute("UPDATE schema_info SET version = 28")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert retention_model.latest() is None and CustomerRetention.select().count() == 0


def test_slipping_away_lists_paying_customers_unlikely_back_most_valuable_first(
    manager_id: int,
) -> None:
    from salon_desk.services import reminders, value_tiers
    from salon_desk.store.models import CareLog, CustomerValue

    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5)
    CareLog.update(amount_fen=10_000).execute()  # what each visit paid
    value_tiers.refresh_all(TODAY)
    assert retention_model.refit(TODAY)[0].trusted
    listed = reminders.slipping_away(TODAY)
    spend = dict(CustomerValue.select(CustomerValue.customer, CustomerValue.spend_fen).tuples())
    chance = dict(
        CustomerRetention.select(CustomerRetention.customer, CustomerRetention.p_alive).tuples()
    )
    expected = {
        c
        for c, p in chance.items()
        if p is not None and p < 0.5 and spend.get(c, 0) > 0  # (the default: 50%)
    }  # (not those who never came back: the model has no chance for them)
    assert {s.customer_id for s in listed} == expected and expected
    assert [s.spend_fen for s in listed] == sorted((s.spend_fen for s in listed), reverse=True)
    assert all(s.chance == chance[s.customer_id] for s in listed)
    # Without a trusted fit, nobody is listed: no meaningless probability.
    CustomerRetention.delete().execute()
    assert reminders.slipping_away(TODAY) == []


def test_a_chain_fits_each_shops_own_customers(manager_id: int) -> None:
    first = shops.this_pc_shop()
    second = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    # The first shop's customers come about monthly; the second shop is new, with 25
    # customers: its own fit is refused, and its customers get no figures.
    regulars = _simulated_salon(
        manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5, shop_id=first
    )
    newcomers = _simulated_salon(
        manager_id, Params(r=2.0, alpha=20.0, a=0.5, b=5.0), 25, 80, seed=6, shop_id=second
    )
    assert retention_model.ensure_fresh(TODAY)
    fits = {fit.shop_id: fit for fit in retention_model.current()}
    assert set(fits) == {first, second}
    assert fits[first].trusted and fits[first].customers == len(regulars)
    assert not fits[second].trusted and fits[second].customers == len(newcomers)
    assert "few_returning" in fits[second].problems.split(",")
    kept = {row.customer_id: row.fit_id for row in CustomerRetention.select()}
    assert set(kept) == set(regulars) and set(kept.values()) == {fits[first].id}
    assert retention_model.in_use(first) and not retention_model.in_use(second)
    assert retention_model.in_use(None)  # the whole chain: some shop's figures are shown
    # Her shop's fit alone (without the newcomers) is the one her figures come from.
    alone = bgnbd_data.summaries(bgnbd_data.visit_days(TODAY, first), TODAY)
    assert sorted(alone.customer_ids) == sorted(regulars)
    # A visit to one of the first shop's customers: made again by her shop's fit.
    her = regulars[0]
    add_visits(her, 0, today=TODAY)
    assert retention_model.of_customer(her) is None
    assert retention_model.ensure_fresh(TODAY)
    assert CustomerRetention.get_by_id(her).fit_id == fits[first].id
    assert RetentionFit.select().count() == 2  # no refit the same day


def test_a_schema_29_file_keeps_no_chance_for_those_not_back(
    manager_id: int, db_path: Path
) -> None:
    _simulated_salon(manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 300, 720, seed=5)
    assert retention_model.ensure_fresh(TODAY)
    close_db()
    with sqlite3.connect(db_path) as old:  # as schema 29 made it: a chance for everyone
        old.execute("UPDATE customer_retention SET p_alive = 1.0 WHERE p_alive IS NULL")
        old.execute("UPDATE schema_info SET version = 29")
    old.close()
    open_db(db_path)
    assert SchemaInfo.get().version == latest_version()
    assert CustomerRetention.select().count() == 0  # made again by the next count,
    assert retention_model.ensure_fresh(TODAY)
    assert RetentionFit.select().count() == 1  # by today's fit, not a second one
    assert CustomerRetention.select().count() == Customer.select().count()
    assert CustomerRetention.select().where(CustomerRetention.p_alive.is_null()).exists()


def test_fit_now_and_check_one_shop_from_the_command_line(
    manager_id: int, db_path: Path, capsys
) -> None:
    import json

    from salon_desk import app

    first = shops.this_pc_shop()
    shops.save_shop(ShopRow(first, "静安店"), manager_id)
    second = shops.save_shop(ShopRow(0, "徐汇店"), manager_id)
    _simulated_salon(
        manager_id, Params(r=1.2, alpha=30.0, a=0.7, b=3.0), 600, 720, seed=5, shop_id=first
    )
    _simulated_salon(
        manager_id, Params(r=2.0, alpha=20.0, a=0.5, b=5.0), 25, 80, seed=6, shop_id=second
    )
    close_db()
    assert app.main(["retention-fit", "--db", str(db_path), "--json"]) == 0
    fitted = {row["shop"]: row for row in json.loads(capsys.readouterr().out)}
    assert set(fitted) == {"静安店", "徐汇店"}
    assert fitted["静安店"]["trusted"] and fitted["静安店"]["customers"] == 600
    assert not fitted["徐汇店"]["trusted"] and "few_returning" in fitted["徐汇店"]["problems"]
    assert app.main(["retention-fit", "--db", str(db_path)]) == 0
    assert "徐汇店: fitted" in capsys.readouterr().out
    open_db(db_path)
    assert RetentionFit.select().count() == 4 and CustomerRetention.select().count() == 600
    close_db()
    check = ["retention-check", "--db", str(db_path), "--holdout", "30", "--json", "--shop"]
    assert app.main([*check, "徐汇店"]) == 0
    assert 0 < json.loads(capsys.readouterr().out)["customers"] <= 25  # its own only
    assert app.main([*check, "浦东店"]) == 2
    assert "no shop '浦东店' (shops: 徐汇店, 静安店)" in capsys.readouterr().err
    open_db(db_path)
