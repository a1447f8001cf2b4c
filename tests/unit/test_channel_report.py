"""Issue 18.4: customers gained per channel and partner, their visits, spend and 6- and
12-month retention, the top referrers and the events — recounted from the rows."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from salon_desk import app
from salon_desk.services import cards, care_log, catalogues, channel_report, customers, events
from salon_desk.services.cards import CardInput
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import close_db, open_db
from salon_desk.store.models import Card, CareLog, Customer

NOW = dt.datetime.now().astimezone().replace(hour=11, minute=0, second=0, microsecond=0)
TODAY = NOW.date()


@pytest.fixture
def gained(manager_id: int, beautician_id: int) -> dict[str, int]:
    facial = catalogues.save_service_item(
        catalogues.ServiceItemRow(0, "补水", "", 10_000, 30, True), manager_id
    )

    def person(name: str, days_ago: list[int], **fields: object) -> int:
        her = customers.create_customer(CustomerInput(name=name, **fields), manager_id)  # type: ignore[arg-type]
        for days in days_ago:
            care_log.log_care(
                CareEntryInput(her, NOW - dt.timedelta(days=days), beautician_id, (facial,),
                               amount_fen=10_000 + days),
                beautician_id,
            )  # fmt: skip
        return her

    people = {"old": person("老客", [900, 30], marketing_consent=True)}  # gained long ago
    people["friend"] = person("朋友", [400, 200, 10], referral_channel="old_customer",
                              referred_by_id=people["old"], marketing_consent=True)  # fmt: skip
    people["friend2"] = person("朋友二", [100], referral_channel="old_customer",
                               referred_by_id=people["old"])  # fmt: skip
    people["bank"] = person("银行客", [250, 20], referral_channel="partner",
                            referral_note=" 招商银行 ", marketing_consent=True)  # fmt: skip
    people["gym"] = person("健身客", [380, 300], referral_channel="partner",
                           referral_note="一号健身")  # fmt: skip
    people["staffs"] = person("员工带", [60, 59], referral_channel="staff",
                              referred_by_staff_id=beautician_id)  # fmt: skip
    people["walk"] = person("路过", [5], referral_channel="walk_in")
    people["prospect"] = person("未来", [], referral_channel="online")  # no visit: not gained
    cards.sell_card(
        people["bank"],
        CardInput(name="年卡", kind="stored_value", amount_paid_fen=200_000,
                  value_loaded_fen=200_000, purchased_on=TODAY - dt.timedelta(days=240)),
        manager_id,
    )  # fmt: skip
    party = events.save_event(
        0, events.EventInput("答谢会", TODAY - dt.timedelta(days=45)), manager_id
    )
    events.invite(party, [people["old"], people["friend"], people["bank"]], manager_id)
    events.set_answer(party, people["old"], manager_id, rsvp="yes", attended=True)
    events.set_answer(party, people["bank"], manager_id, rsvp="yes", attended=True)
    events.set_answer(party, people["friend"], manager_id, rsvp="no")
    people["party"] = party
    return people


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    for day in range(moment.day, moment.day - 4, -1):  # the month's last day when it is shorter
        try:
            year, month = divmod(moment.month - 1 + months, 12)
            return moment.replace(year=moment.year + year, month=month + 1, day=day)
        except ValueError:
            continue
    raise AssertionError(moment)


def test_every_channel_matches_a_recount(gained: dict[str, int], beautician_id: int) -> None:
    first, last = TODAY - dt.timedelta(days=450), TODAY
    found = channel_report.report(first, last, TODAY)
    visits: dict[int, list[dt.datetime]] = {}
    paid: dict[int, int] = {}
    for customer_id, moment, fen in CareLog.select(
        CareLog.customer, CareLog.visited_at, CareLog.amount_fen
    ).tuples():
        visits.setdefault(customer_id, []).append(moment)
        paid[customer_id] = paid.get(customer_id, 0) + fen
    for customer_id, fen in Card.select(Card.customer, Card.amount_paid_fen).tuples():
        paid[customer_id] = paid.get(customer_id, 0) + fen
    expected: dict[tuple[str, str], dict[str, object]] = {}
    for her in Customer.select():
        seen = sorted(visits.get(her.id, []))
        local_first = seen[0].replace(tzinfo=dt.UTC).astimezone() if seen else None
        if local_first is None or local_first.date() < first:
            continue
        key = (
            her.referral_channel,
            her.referral_note.strip() if her.referral_channel == "partner" else "",
        )
        row = expected.setdefault(
            key, {"gained": 0, "visits": 0, "fen": 0, "kept6": [0, 0], "kept12": [0, 0]}
        )
        row["gained"] += 1  # type: ignore[operator]
        row["visits"] += len(seen)  # type: ignore[operator]
        row["fen"] += paid.get(her.id, 0)  # type: ignore[operator]
        for months in (6, 12):
            due = _add_months(seen[0], months)
            if due.replace(tzinfo=dt.UTC).astimezone().date() <= TODAY:
                kept = row[f"kept{months}"]
                kept[1] += 1  # type: ignore[index]
                kept[0] += int(seen[-1] >= due)  # type: ignore[index]
    counted = {
        (c.channel, c.partner): {"gained": c.gained, "visits": c.visits, "fen": c.spend_fen,
                                 "kept6": list(c.kept[6]), "kept12": list(c.kept[12])}
        for c in found.channels
    }  # fmt: skip
    assert counted == expected
    assert ("partner", "招商银行") in counted and ("partner", "一号健身") in counted
    assert counted[("partner", "一号健身")]["kept6"] == [0, 1]  # two visits 80 days apart
    assert counted[("old_customer", "")]["kept6"] == [1, 1]
    # The months add up, and each month's customers are behind it.
    for channel in found.channels:
        for month, count in zip(found.months, channel.per_month, strict=True):
            behind = channel_report.customers_behind(found, channel.channel, channel.partner, month)
            assert len(behind) == count
    assert channel_report.customers_behind(found, "old_customer", kept_months=6) == [
        gained["friend"]
    ]
    # Referrers: the old customer brought two, the beautician one.
    top = {(r.kind, r.referrer_id): r for r in found.referrers}
    assert top[("customer", gained["old"])].brought == 2
    assert top[("customer", gained["old"])].name == "老客"
    assert (
        top[("customer", gained["old"])].spend_fen
        == paid[gained["friend"]] + paid[gained["friend2"]]
    )
    assert top[("staff", beautician_id)].brought == 1
    assert channel_report.customers_behind(found, referrer=("customer", gained["old"])) == sorted(
        [gained["friend"], gained["friend2"]]
    )
    # The event: three invited, two said yes and came; both came back within 90 days.
    [party] = found.events
    assert (party.invited, party.said_yes, party.attended, party.came_after) == (3, 2, 2, 2)
    assert party.spend_after_fen == (10_000 + 30) + (10_000 + 20)
    assert channel_report.guests_behind(party.event_id) == sorted([gained["old"], gained["bank"]])


def test_the_command_prints_the_channels(gained: dict[str, int], db_path: Path, capsys) -> None:
    close_db()
    args = ["report", "channels", "--db", str(db_path), "--from",
            (TODAY - dt.timedelta(days=450)).isoformat(), "--json"]  # fmt: skip
    assert app.main(args) == 0
    printed = json.loads(capsys.readouterr().out)
    open_db(db_path)
    by_channel = {(c["channel"], c["partner"]): c for c in printed["channels"]}
    assert by_channel[("old_customer", "")]["gained"] == 2
    assert by_channel[("old_customer", "")]["retention_6_months"] == 1.0
    assert printed["events"][0]["attended"] == 2
    assert printed["referrers"][0]["brought"] == 2
