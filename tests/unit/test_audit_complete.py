"""No write path bypasses the change history: every service function that opens a write
transaction records what it changed (or is listed here with the reason it need not)."""

from __future__ import annotations

import ast
from pathlib import Path

import salon_desk.services

SERVICES = Path(salon_desk.services.__file__).parent
NEED_NOT_RECORD = {
    # Writes through customers.create_customer / update_customer, which record, and its
    # own line through import_batches.finish.
    ("customer_import", "apply_import"),
    # Every import writes its line through import_batches.finish.
    ("visit_writes", "apply_visits"),
    ("balance_import", "apply_balances"),
    # Takes out what a cancelled or failed import wrote, its history rows with it: a
    # cancel keeps nothing, as if the import had never run.
    ("import_batches", "discard"),
    # One step of an undo; undo_last writes the undo's line when the last step is done.
    ("import_batches", "_in_own_transaction"),
    # Builds a made-up salon in an empty demo database.
    ("demo", "build_demo"),
    # Fills the pinyin sort key derived from the name: no value anyone chose changes.
    ("catalogues", "fill_missing_sort_keys"),
    # Counts every customer's value tier again (derived figures, like the kept visit
    # figures): the rules' change is in the history, the recount is not anyone's change.
    ("value_tiers", "refresh_all"),
    # The retention model's fit and every customer's figures by it (19.5): derived from
    # the visits, kept with the fit's own record; not anyone's change.
    ("retention_model", "refit"),
    ("retention_model", "ensure_fresh"),
}


def _opens_write_transaction(function: ast.FunctionDef) -> bool:
    return any(
        isinstance(node, ast.With)
        and any(
            isinstance(item.context_expr, ast.Call)
            and getattr(item.context_expr.func, "id", None) == "write_transaction"
            for item in node.items
        )
        for node in ast.walk(function)
    )


def _records_a_change(function: ast.FunctionDef) -> bool:
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "audit"
        and node.func.attr.startswith("record_")
        for node in ast.walk(function)
    )


def test_every_write_records_who_changed_what() -> None:
    writers, silent = set(), []
    for path in sorted(SERVICES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and _opens_write_transaction(node):
                writers.add((path.stem, node.name))
                if not _records_a_change(node) and (path.stem, node.name) not in NEED_NOT_RECORD:
                    silent.append(f"{path.stem}.{node.name}")
    assert silent == []
    assert writers >= NEED_NOT_RECORD  # an exemption for code that is gone is removed too
    assert len(writers) >= 20  # the scan sees the services at all
