"""The complaint form's sign-off steps (front desk → technical/quality → manager): for
each, who signs, the day and her opinion. A step whose signer is chosen is signed when
the complaint is saved; a step signed before shows its signature."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from salon_desk.services import catalogues, complaint_register
from salon_desk.services.complaint_register import SignOff, SignOffInvalid
from salon_desk.ui.complaints import texts
from salon_desk.ui.widgets.field_form import date_edit, edited_date
from salon_desk.ui.widgets.naming import named

OPINION_WIDTH = 180  # room for a sentence: "已复查，手法无误"


class SignOffPanel(QGroupBox):
    def __init__(self, complaint_id: int | None, today: dt.date, parent: QWidget | None = None):
        super().__init__(self.tr("Sign-off"), parent)
        self.setObjectName("complaint_sign_offs")
        self.complaint_id = complaint_id
        self.today = today
        self.signed: dict[str, SignOff] = (
            complaint_register.sign_offs(complaint_id) if complaint_id is not None else {}
        )
        staff = catalogues.list_staff(include_inactive=True)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Step")), 0, 0)
        grid.addWidget(QLabel(self.tr("Signed by")), 0, 1)
        grid.addWidget(QLabel(self.tr("Date")), 0, 2)
        grid.addWidget(QLabel(self.tr("Opinion")), 0, 3)
        self.signers: dict[str, QComboBox] = {}
        self.days: dict[str, QDateEdit] = {}
        self.opinions: dict[str, QLineEdit] = {}
        for row, (step, name) in enumerate(texts.steps().items(), start=1):
            before = self.signed.get(step)
            signer = named(QComboBox(), f"sign_off_{step}_signer")
            signer.addItem(self.tr("— not signed"), None)
            for member in staff:
                if member.active or (before is not None and member.id == before.signer_id):
                    signer.addItem(member.name, member.id)
            if before is not None:
                signer.setCurrentIndex(max(signer.findData(before.signer_id), 0))
            day = date_edit(f"sign_off_{step}_on", before.signed_on if before else today)
            opinion = named(QLineEdit(before.opinion if before else ""), f"sign_off_{step}_opinion")
            opinion.setMinimumWidth(OPINION_WIDTH)
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(signer, row, 1)
            grid.addWidget(day, row, 2)
            grid.addWidget(opinion, row, 3)
            self.signers[step], self.days[step], self.opinions[step] = signer, day, opinion
        grid.setColumnStretch(3, 1)
        self.error = named(QLabel(), "sign_off_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        grid.addWidget(self.error, len(self.signers) + 1, 0, 1, 4)

    def _wanted(self, step: str) -> tuple[int, dt.date, str] | None:
        """The signature the row asks for, if it is new or changed."""
        signer = self.signers[step].currentData()
        if signer is None:
            return None
        day = edited_date(self.days[step])
        opinion = self.opinions[step].text()
        before = self.signed.get(step)
        if before is not None and (before.signer_id, before.signed_on, before.opinion) == (
            signer,
            day,
            opinion.strip(),
        ):
            return None
        return signer, day, opinion

    def sign(self, complaint_id: int, actor_id: int | None) -> bool:
        """Sign the steps asked for, in order; False (with the reason shown) on a refusal."""
        for step in complaint_register.STEPS:
            wanted = self._wanted(step)
            if wanted is None:
                continue
            try:
                complaint_register.sign(complaint_id, step, *wanted, actor_id, self.today)
            except SignOffInvalid as refused:
                words = texts.problems()
                reasons = [words.get(problem, problem) for problem in refused.errors.values()]
                self.error.setText(f"{texts.steps()[step]}: {' '.join(reasons)}")
                self.error.show()
                self.signers[step].setFocus()
                return False
        self.error.hide()
        return True
