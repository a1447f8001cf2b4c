"""Card arithmetic: what is left is always derived from the purchase and the entries."""

import datetime as dt

import pytest

from salon_desk.services import cards, care_log, customers
from salon_desk.services.cards import CardInput, CardProblem, CardStatus, use_refusal
from salon_desk.services.care_log import CareEntryInput, EntryInvalid
from salon_desk.services.catalogues import ServiceItemRow, save_service_item
from salon_desk.services.customers import CustomerInput
from salon_desk.services.service_status import one_year_before, service_status

BEIJING = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=BEIJING)


def status(**changes: object) -> CardStatus:
    base = dict(
        id=1,
        customer_id=7,
        name="补水 × 10",
        kind="session",
        sessions_bought=10,
        sessions_used=3,
        value_loaded_fen=0,
        value_used_fen=0,
        amount_paid_fen=160_000,
        purchased_on=dt.date(2026, 1, 1),
        expires_on=dt.date(2026, 11, 23),
    )
    base.update(changes)
    return CardStatus(**base)  # type: ignore[arg-type]


def refusal(card: CardStatus, day: dt.date, amount: int = 0) -> CardProblem | None:
    return use_refusal(card, customer_id=7, day=day, amount_fen=amount)


def test_a_card_is_good_through_its_expiry_day() -> None:
    card = status()
    assert refusal(card, dt.date(2026, 11, 23)) is None
    assert refusal(card, dt.date(2026, 11, 24)) is CardProblem.EXPIRED
    assert refusal(card, dt.date(2025, 12, 31)) is CardProblem.NOT_YET_BOUGHT
    assert refusal(status(expires_on=None), dt.date(2040, 1, 1)) is None


def test_each_refusal_names_its_reason() -> None:
    day = dt.date(2026, 6, 1)
    assert refusal(status(sessions_used=10), day) is CardProblem.EXHAUSTED
    assert refusal(status(sessions_used=9), day) is None
    assert refusal(status(voided=True), day) is CardProblem.VOIDED
    assert use_refusal(status(), customer_id=8, day=day, amount_fen=0) is CardProblem.NOT_HERS
    wallet = status(kind="stored_value", sessions_bought=0, value_loaded_fen=50_000)
    wallet = status(**{**wallet.__dict__, "value_used_fen": 30_000})
    assert wallet.balance_fen == 20_000
    assert refusal(wallet, day, 20_000) is None
    assert refusal(wallet, day, 20_001) is CardProblem.BALANCE_SHORT
    assert refusal(wallet, day, 0) is CardProblem.NOTHING_TAKEN


def test_one_year_before_a_leap_day() -> None:
    assert one_year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    assert one_year_before(dt.date(2026, 11, 23)) == dt.date(2025, 11, 23)


@pytest.fixture
def facial(manager_id: int) -> int:
    return save_service_item(ServiceItemRow(0, "深层补水", "面部", 29_800, 60, True), manager_id)


@pytest.fixture
def her(manager_id: int) -> int:
    return customers.create_customer(CustomerInput(name="张慧敏", phone="13800135678"), manager_id)


def visit(customer: int, staff: int, facial: int, at: dt.datetime, **extra: object) -> int:
    data = CareEntryInput(
        customer_id=customer, visited_at=at, beautician_id=staff, service_item_ids=(facial,)
    )
    for key, value in extra.items():
        setattr(data, key, value)
    return care_log.log_care(data, staff, now=NOW)


def test_selling_using_and_voiding_a_session_card(
    her: int, facial: int, beautician_id: int, manager_id: int
) -> None:
    card_id = cards.sell_card(
        her,
        CardInput(
            service_item_id=facial,
            sessions_bought=2,
            amount_paid_fen=50_000,
            purchased_on=dt.date(2026, 11, 1),
            expires_on=dt.date(2026, 11, 23),
        ),
        manager_id,
        today=NOW.date(),
    )
    (card,) = cards.card_statuses(her)
    assert (card.name, card.sessions_left) == ("深层补水 × 2", 2)

    first = visit(
        her, beautician_id, facial, dt.datetime(2026, 11, 10, 15, tzinfo=BEIJING), card_id=card_id
    )
    visit(
        her, beautician_id, facial, dt.datetime(2026, 11, 20, 15, tzinfo=BEIJING), card_id=card_id
    )
    assert cards.card_status(card_id).sessions_left == 0  # type: ignore[union-attr]
    with pytest.raises(EntryInvalid) as refused:
        visit(
            her,
            beautician_id,
            facial,
            dt.datetime(2026, 11, 22, 15, tzinfo=BEIJING),
            card_id=card_id,
        )
    assert refused.value.errors == {"card": CardProblem.EXHAUSTED}
    assert service_status(her, NOW.date()).visits == 2  # the refused visit wrote nothing

    care_log.void_care_log(first, "记错了顾客", manager_id)
    assert cards.card_status(card_id).sessions_left == 1  # type: ignore[union-attr]
    uses = cards.card_uses(card_id)
    assert [(u.entry_id == first, u.voided) for u in uses] == [(False, False), (True, True)]
    with pytest.raises(cards.CardInvalid):
        cards.void_card(card_id, "卖错了", manager_id)  # it paid for a visit


def test_card_expiring_today_pays_until_midnight(
    her: int, facial: int, beautician_id: int, manager_id: int
) -> None:
    card_id = cards.sell_card(
        her,
        CardInput(
            name="补水十次",
            sessions_bought=10,
            purchased_on=dt.date(2026, 1, 1),
            expires_on=dt.date(2026, 11, 22),
        ),
        manager_id,
        today=NOW.date(),
    )
    # 23:59 and 00:00 in Beijing are both 22 November in UTC: the salon's day decides.
    visit(
        her,
        beautician_id,
        facial,
        dt.datetime(2026, 11, 22, 23, 59, tzinfo=BEIJING),
        card_id=card_id,
    )
    with pytest.raises(EntryInvalid) as refused:
        visit(
            her,
            beautician_id,
            facial,
            dt.datetime(2026, 11, 23, 0, 0, tzinfo=BEIJING),
            card_id=card_id,
        )
    assert refused.value.errors == {"card": CardProblem.EXPIRED}


def test_stored_value_balance_and_spend(
    her: int, facial: int, beautician_id: int, manager_id: int
) -> None:
    card_id = cards.sell_card(
        her,
        CardInput(
            kind="stored_value",
            name="储值卡",
            value_loaded_fen=120_000,
            amount_paid_fen=100_000,
            purchased_on=dt.date(2026, 10, 1),
        ),
        manager_id,
        today=NOW.date(),
    )
    at = dt.datetime(2026, 11, 2, 10, tzinfo=BEIJING)
    visit(her, beautician_id, facial, at, card_id=card_id, card_amount_fen=29_800, amount_fen=5_000)
    with pytest.raises(EntryInvalid) as refused:
        visit(her, beautician_id, facial, at, card_id=card_id, card_amount_fen=90_201)
    assert refused.value.errors == {"card_amount": CardProblem.BALANCE_SHORT}
    assert cards.card_status(card_id).balance_fen == 90_200  # type: ignore[union-attr]
    # Money she paid: the card once, plus cash at the visit; the card use is not counted again.
    assert service_status(her, NOW.date()).spend_12_months_fen == 105_000


def test_card_sale_is_validated_and_recorded(her: int, manager_id: int) -> None:
    with pytest.raises(cards.CardInvalid) as invalid:
        cards.sell_card(
            her,
            CardInput(
                kind="session",
                purchased_on=dt.date(2026, 12, 1),
                amount_paid_fen=-1,
            ),
            manager_id,
            today=NOW.date(),
        )
    assert invalid.value.errors == {
        "name": CardProblem.NAME_REQUIRED,
        "sessions_bought": CardProblem.SESSIONS_REQUIRED,
        "amount_paid": CardProblem.AMOUNT_NEGATIVE,
        "purchased_on": CardProblem.PURCHASE_IN_FUTURE,
    }
    card_id = cards.sell_card(
        her,
        CardInput(name="体验卡", sessions_bought=3, purchased_on=NOW.date()),
        manager_id,
        today=NOW.date(),
    )
    cards.void_card(card_id, "卖错了", manager_id)
    assert cards.card_statuses(her) == []
    assert cards.card_statuses(her, include_voided=True)[0].voided
