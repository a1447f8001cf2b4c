"""The card a history's visit was paid with (issue 14.1, an optional column): the entry
spends from her card of that name as a visit logged by hand would — one session, or the
visit's amount from a stored-value card — when she had bought it by that day, it had not
expired and something was left. Otherwise the visit comes in without a card and is
counted, never refused.

A card carried over from the old system (期初余额) is never spent by its history: what was
left on it is what the old system said was left *after* those visits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salon_desk.services import cards
from salon_desk.store.models import Card


@dataclass
class _Left:
    card_id: int
    kind: str
    purchased_on: dt.date
    expires_on: dt.date | None
    sessions: int
    fen: int


class CardsUsed:
    """What is left on each card named so far, spent as the import goes (in visit order)."""

    def __init__(self) -> None:
        self._cards: dict[int, list[tuple[str, _Left]]] = {}

    def spend(
        self, customer_id: int, name: str, day: dt.date, amount_fen: int
    ) -> tuple[int, int, int] | None:
        """(card, sessions used, amount from the card) for her visit on ``day``, or None."""
        for card_name, left in self._of(customer_id):
            usable = (
                card_name == name
                and left.purchased_on <= day
                and (left.expires_on is None or day <= left.expires_on)
            )
            if usable and left.kind == "session" and left.sessions >= 1:
                left.sessions -= 1
                return left.card_id, 1, 0
            if usable and left.kind == "stored_value" and left.fen > 0:
                paid = min(max(amount_fen, 0), left.fen)
                left.fen -= paid
                return left.card_id, 0, paid
        return None

    def _of(self, customer_id: int) -> list[tuple[str, _Left]]:
        if customer_id not in self._cards:
            carried = {
                card_id
                for (card_id,) in Card.select(Card.id)
                .where((Card.customer == customer_id) & Card.carried_over)
                .tuples()
            }
            self._cards[customer_id] = [
                (
                    status.name,
                    _Left(
                        status.id,
                        status.kind,
                        status.purchased_on,
                        status.expires_on,
                        status.sessions_left,
                        status.balance_fen,
                    ),
                )
                for status in sorted(cards.card_statuses(customer_id), key=lambda s: s.purchased_on)
                if status.id not in carried
            ]
        return self._cards[customer_id]
