"""The import report in words: row, column, problem and the value found."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from salon_desk.services import profile_fields
from salon_desk.services.excel_import import ImportRow
from salon_desk.ui import labels


def problem_texts() -> dict[str, str]:
    return {
        **labels.field_errors(),
        "import_date_unreadable": QCoreApplication.translate(
            "ImportReport", "Not a date this program can read (e.g. 1990-03-05)."
        ),
        "choice_unknown": QCoreApplication.translate(
            "ImportReport", "Not one of the values this field allows."
        ),
        "import_type_unknown": QCoreApplication.translate(
            "ImportReport", "No such type in the shop's catalogue."
        ),
        "import_staff_unknown": QCoreApplication.translate(
            "ImportReport", "No staff member of that name."
        ),
    }


def field_titles() -> dict[str, str]:
    fields = labels.field_names()
    return {
        "name": fields["name"],
        "phone": fields["phone"],
        "birthday": fields["birthday"],
        "lunar_birthday": QCoreApplication.translate("ImportReport", "Lunar birthday"),
        "gender": fields["gender"],
        "address": fields["address"],
        "occupation": fields["occupation"],
        "interests": fields["interests"],
        "skin_type": fields["skin_type"],
        "skin_concerns": fields["skin_concerns"],
        "allergies": fields["allergies"],
        "notes": fields["notes"],
        "referral_channel": fields["referral_channel"],
        "referrer_phone": QCoreApplication.translate("ImportReport", "Referrer's phone"),
        "referred_by": fields["referred_by_id"],
        "referral_note": fields["referral_note"],
        "wechat": fields["wechat"],
        "enquiry": fields["enquiry"],
        "referred_by_staff": fields["referred_by_staff_id"],
        "marketing_consent": fields["marketing_consent"],
        "psychology_type": fields["psychology_type_id"],
        "personality_type": fields["personality_type_id"],
        "traits": fields["traits"],
        "responsible_staff": fields["responsible_staff_id"],
        # The shop's own fields by their names (17.1).
        **{field.key: field.label for field in profile_fields.list_fields()},
    }


def ask_report_target(parent: QWidget, source: Path) -> Path | None:
    """Where to save an import's report: asked, beside the imported file by default."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportReport", "Save import report"),
        str(source.with_name(source.stem + "-report.xlsx")),
        "Excel (*.xlsx)",
    )
    return Path(chosen) if chosen else None


def report_header() -> list[str]:
    return [
        QCoreApplication.translate("ImportReport", "Row"),
        QCoreApplication.translate("ImportReport", "Column"),
        QCoreApplication.translate("ImportReport", "Value found"),
        QCoreApplication.translate("ImportReport", "Problem"),
        QCoreApplication.translate("ImportReport", "What happens"),
    ]


def report_lines(rows: Sequence[ImportRow], headers_by_field: dict[str, str]) -> list[list[object]]:
    """One line per problem, and one per duplicate, in row order."""
    problems = problem_texts()
    titles = field_titles()
    refused = QCoreApplication.translate("ImportReport", "Row not imported")
    lines: list[list[object]] = []
    for row in rows:
        for problem in row.problems:
            column = headers_by_field.get(problem.field) or titles.get(problem.field, problem.field)
            lines.append(
                [
                    row.number,
                    column,
                    problem.value,
                    problems.get(problem.code, problem.code),
                    refused,
                ]
            )
        phone_column = headers_by_field.get("phone") or titles["phone"]
        if row.ok and row.duplicate_of is not None:
            lines.append(
                [
                    row.number,
                    phone_column,
                    row.data.phone,
                    QCoreApplication.translate("ImportReport", "Same phone as row %1").replace(
                        "%1", str(row.duplicate_of)
                    ),
                    QCoreApplication.translate("ImportReport", "Skipped"),
                ]
            )
        elif row.ok and row.existing_id is not None:
            lines.append(
                [
                    row.number,
                    phone_column,
                    row.data.phone,
                    QCoreApplication.translate("ImportReport", "A customer file has this phone"),
                    QCoreApplication.translate("ImportReport", "Skipped unless you choose update"),
                ]
            )
    return lines
