"""The report of a visit-history or opening-balance import, in words: one line per row
refused, per possible duplicate, per walk-in client left out and per name not on file,
each saying what happens to it. The preview shows it and "Save report…" writes it as
.xlsx (with the summary on a second sheet); the command line's --report does the same.
Its columns are the customer import's (``import_report.report_header``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from salon_desk.services import balance_import, excel_import, visit_import


def problem_words() -> dict[str, str]:
    return {
        "no_customer": QCoreApplication.translate("HistoryImport", "No customer code or phone"),
        "name_only": QCoreApplication.translate(
            "HistoryImport", "Only a name: tick “find her by name” to match it"
        ),
        "name_ambiguous": QCoreApplication.translate(
            "HistoryImport", "Several files have this name: add her code or phone"
        ),
        "date_unreadable": QCoreApplication.translate(
            "HistoryImport", "Not a date in the order chosen"
        ),
        "date_ambiguous": QCoreApplication.translate(
            "HistoryImport", "Choose how the dates are written"
        ),
        "date_in_future": QCoreApplication.translate("HistoryImport", "A visit in the future"),
        "amount_unreadable": QCoreApplication.translate("HistoryImport", "Not an amount"),
        "no_service": QCoreApplication.translate("HistoryImport", "No service item"),
        "nothing_left": QCoreApplication.translate("HistoryImport", "Nothing left on the card"),
        "phone_invalid": QCoreApplication.translate("HistoryImport", "Not a phone number"),
        "name_too_long": QCoreApplication.translate("HistoryImport", "The name is too long"),
    }


def unreadable_reason(error: excel_import.UnreadableFile, file_name: str) -> str:
    """Why a file could not be read, in words (the reader's own message when it gave no
    reason this program knows)."""
    words = {
        "too_large": QCoreApplication.translate(
            "HistoryImport", "it would unpack to more than this computer should hold (%1)"
        ),
        "too_many_cells": QCoreApplication.translate(
            "HistoryImport", "its sheet claims far more cells than it holds (%1 cells)"
        ),
        "reader_stopped": QCoreApplication.translate(
            "HistoryImport", "the reader stopped on it: it is damaged or claims a huge sheet"
        ),
        "too_slow": QCoreApplication.translate(
            "HistoryImport", "reading it took too long, so it was stopped"
        ),
    }
    if error.code in words:
        return words[error.code].replace("%1", error.figure)
    return str(error).removeprefix(f"{file_name}: ")


# The field whose column a problem is about (for the report's Column).
PROBLEM_FIELDS = {
    "no_customer": "code",
    "name_only": "name",
    "name_ambiguous": "name",
    "date_unreadable": "date",
    "date_ambiguous": "date",
    "date_in_future": "date",
    "amount_unreadable": "amount",
    "no_service": "service",
    "nothing_left": "sessions",
    "phone_invalid": "phone",
    "name_too_long": "name",
}


def summary_title() -> str:
    return QCoreApplication.translate("ImportReport", "Summary")


def _refused(
    problems: Sequence[tuple[int, str, str]], columns: Mapping[str, str]
) -> list[list[object]]:
    words = problem_words()
    refused = QCoreApplication.translate("ImportReport", "Row not imported")
    return [
        [
            number,
            columns.get(PROBLEM_FIELDS.get(code, ""), ""),
            value,
            words.get(code, code),
            refused,
        ]
        for number, value, code in problems
    ]


def visit_lines(
    plan: visit_import.VisitPlan,
    options: visit_import.VisitOptions,
    columns: Mapping[str, str],
    with_names: bool = True,
) -> list[list[object]]:
    """``columns``: field → the file's header. ``with_names``: also a line per staff
    member or service item not on file (the preview shows those in their own table)."""
    lines = _refused([(n, v, p.value) for n, v, p in plan.problems], columns)
    for duplicate in plan.possible_duplicates:
        problem = (
            QCoreApplication.translate(
                "HistoryImport", "%1 files on record have this name"
            ).replace("%1", str(duplicate.same_name_files))
            if duplicate.same_name_files
            else QCoreApplication.translate(
                "HistoryImport", "Another new customer in this file has this name"
            )
        )
        lines.append(
            [
                duplicate.row,
                columns.get("name", ""),
                f"{duplicate.name} ({duplicate.key})",
                problem,
                QCoreApplication.translate(
                    "HistoryImport", "A file of her own is made: check it is not the same person"
                ),
            ]
        )
    for client, count in plan.skipped.items():
        lines.append(
            [
                "",
                columns.get("code") or columns.get("name", ""),
                client,
                QCoreApplication.translate("HistoryImport", "Walk-in client: %1 rows").replace(
                    "%1", str(count)
                ),
                QCoreApplication.translate("HistoryImport", "Left out"),
            ]
        )
    if with_names:
        for field, unknown, choices in (
            ("staff", plan.unknown_staff, options.staff_choices),
            ("service", plan.unknown_services, options.service_choices),
        ):
            for name, count in unknown.items():
                chosen = choices.get(name)
                lines.append(
                    [
                        "",
                        columns.get(field, ""),
                        name,
                        QCoreApplication.translate("HistoryImport", "Not on file: %1 rows").replace(
                            "%1", str(count)
                        ),
                        QCoreApplication.translate("HistoryImport", "Created, inactive")
                        if chosen is None
                        else QCoreApplication.translate("HistoryImport", "Left empty")
                        if chosen == ""
                        else QCoreApplication.translate("HistoryImport", "As %1").replace(
                            "%1", chosen
                        ),
                    ]
                )
    return lines


def visit_summary(plan: visit_import.VisitPlan) -> str:
    return (
        QCoreApplication.translate(
            "HistoryImport",
            "%1 visits of %2 customers (%3 new, %8 of them possible duplicates); %4 rows "
            "refused; %5 rows of walk-in clients left out; %6 new staff and %7 new service "
            "items are created inactive.",
        )
        .replace("%1", str(len(plan.visits)))
        .replace("%2", str(plan.known_customers + plan.new_customers))
        .replace("%3", str(plan.new_customers))
        .replace("%4", str(len(plan.problems)))
        .replace("%5", str(sum(plan.skipped.values())))
        .replace("%6", str(len(plan.new_staff)))
        .replace("%7", str(len(plan.new_services)))
        .replace("%8", str(len(plan.possible_duplicates)))
    )


def balance_lines(
    plan: balance_import.BalancePlan, columns: Mapping[str, str]
) -> list[list[object]]:
    return _refused(plan.problems, columns)


def balance_summary(plan: balance_import.BalancePlan) -> str:
    return (
        QCoreApplication.translate(
            "HistoryImport", "%1 cards to carry over; %2 already on file; %3 rows refused."
        )
        .replace("%1", str(len(plan.cards)))
        .replace("%2", str(plan.already_on_file))
        .replace("%3", str(len(plan.problems)))
    )
