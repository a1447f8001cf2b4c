import datetime as dt

from salon_desk.services import customers
from salon_desk.services.customers import CustomerInput
from salon_desk.services.service_status import service_status
from salon_desk.store import visit_figures
from salon_desk.store.models import Card, CareLog

TODAY = dt.date(2026, 11, 22)


def test_status_is_derived_from_rows(manager_id: int) -> None:
    customer_id = customers.create_customer(CustomerInput(name="王芳"), manager_id)
    card = Card.create(
        customer=customer_id,
        name="补水 × 10",
        sessions_bought=10,
        amount_paid_fen=200_000,
        purchased_on=dt.date(2026, 1, 5),
        expires_on=dt.date(2027, 1, 5),
    )
    visits = [
        (dt.datetime(2025, 6, 1, 3), 30_000, None),  # older than 12 months
        (dt.datetime(2026, 2, 1, 3), 0, card.id),
        (dt.datetime(2026, 11, 1, 3), 25_000, card.id),
    ]
    for at, amount, card_id in visits:
        CareLog.create(
            customer=customer_id,
            visited_at=at,
            amount_fen=amount,
            card=card_id,
            card_sessions_used=1 if card_id else 0,
        )
    CareLog.create(
        customer=customer_id,
        visited_at=dt.datetime(2026, 11, 10),
        amount_fen=99_900,
        card=card.id,
        card_sessions_used=1,
        voided_at=dt.datetime(2026, 11, 10),
    )
    visit_figures.refresh([customer_id])  # as every write of the care log does

    status = service_status(customer_id, TODAY)
    assert status.visits == 3
    assert status.first_visit == dt.datetime(2025, 6, 1, 3)
    assert status.last_visit == dt.datetime(2026, 11, 1, 3)
    assert status.spend_12_months_fen == 25_000 + 200_000  # the visit plus the card bought
    (only_card,) = status.cards
    assert (only_card.sessions_bought, only_card.sessions_used, only_card.sessions_left) == (
        10,
        2,
        8,
    )
    assert not only_card.expired(TODAY)


def test_a_customer_without_visits(manager_id: int) -> None:
    customer_id = customers.create_customer(CustomerInput(name="李静"), manager_id)
    status = service_status(customer_id, TODAY)
    assert (status.visits, status.first_visit, status.last_visit) == (0, None, None)
    assert status.spend_12_months_fen == 0
    assert status.cards == []
