"""Fields of the customer form with a behaviour of their own: dates typed in the ways
people write them, and a customer picked by typing her name or phone."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from salon_desk.services.customer_search import CustomerQuery, fetch_page
from salon_desk.ui.widgets import phones

_DATE_PATTERNS = (
    re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)


def parse_date(text: str) -> dt.date | None:
    """Accept 1990-05-03, 1990/5/3, 1990年5月3日 and 19900503; raise ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return dt.date(year, month, day)
    raise ValueError(text)


def parse_birthday(text: str, lunar: bool) -> dt.date | None:
    """The day she was born from what is typed: a date, or a lunar date when she
    celebrates by the lunar calendar (17.6); raise ValueError otherwise."""
    if not lunar:
        return parse_date(text)
    from salon_desk.services import lunar as lunar_dates  # (at the first lunar date, not at start)

    typed = lunar_dates.parse_lunar(text)
    return None if typed is None else lunar_dates.from_lunar(typed)


def birthday_text(born: dt.date | None, lunar: bool) -> str:
    """Her birthday as her form shows it, in the calendar she celebrates by."""
    if born is None:
        return ""
    if lunar:
        from salon_desk.services import lunar as lunar_dates

        try:
            return lunar_dates.to_lunar(born).text()
        except ValueError:  # outside the calendar's years: the date as it is
            return born.isoformat()
    return born.isoformat()


class ReferrerField(QLineEdit):
    """Type a name or phone digits, pick the referring customer from the suggestions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, int] = {}
        self.customer_id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        completer.activated.connect(self._chosen)
        self.textEdited.connect(self._search)

    def set_customer(self, customer_id: int | None, name: str) -> None:
        self.customer_id = customer_id
        self.setText(name)

    def _search(self, text: str) -> None:
        self.customer_id = None
        if len(text.strip()) < 1:
            return
        rows = fetch_page(CustomerQuery(text=text), 0, 20)
        self._choices = {f"{row.name} · {phones.shown(row.phone)}": row.id for row in rows}
        self._model.setStringList(list(self._choices))

    def _chosen(self, text: str) -> None:
        self.customer_id = self._choices.get(text)
