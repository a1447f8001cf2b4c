"""The words of an export, chosen by the UI in the user's language; apart from
excel_export so the window can name them without loading openpyxl at start."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ExportTexts:
    """Everything the workbook says, in the user's language."""

    sheet_names: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    yes: str = "Yes"
    no: str = "No"
