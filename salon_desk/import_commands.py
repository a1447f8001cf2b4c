"""The import commands: customers, visit histories and opening balances from a
spreadsheet, and taking the last import back out (issue 14). Same rules as every
command (``commands``): one line per ordinary problem and a documented exit status."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from salon_desk.commands import CommandFailed, ExitStatus, database_target, require_sound


def run_import(args: argparse.Namespace) -> int:
    """Check every row, print the report, and (unless --dry-run) import the good rows."""
    from PySide6.QtCore import QCoreApplication

    from salon_desk import i18n
    from salon_desk.services import customer_import, excel_import
    from salon_desk.store.database import close_db, open_db
    from salon_desk.ui.excel import import_report, texts

    try:
        table = excel_import.read_table(args.file)
    except excel_import.UnreadableFile as exc:
        raise CommandFailed(
            ExitStatus.PROBLEM_FOUND, f"cannot read it as a spreadsheet: {exc}"
        ) from exc
    target = database_target(args)
    require_sound(target)
    # The report's words (--report) and the customer checks speak the chosen language.
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install_translators(app, i18n.choose_language(args.lang))
    if args.kind == "visits":
        return run_visit_import(args, table, target)
    if args.kind == "balances":
        return run_balance_import(args, table, target)
    open_db(target)
    try:
        vocabulary = texts.import_vocabulary()
        mapping = excel_import.suggest_mapping(table.headers, vocabulary)
        rows = excel_import.check_rows(table, mapping, vocabulary, dt.date.today())
        by_field = {field: table.headers[i] for i, field in mapping.items()}
        for line in import_report.report_lines(rows, by_field):
            print("\t".join(str(part) for part in line))
        good = sum(row.ok for row in rows)
        print(f"{len(rows)} rows, {good} without problems")
        if args.report:
            lines = import_report.report_lines(rows, by_field)
            _write_report(args, import_report.report_header(), lines, [])
        if not args.dry_run:
            result = customer_import.apply_import(rows, None, source=args.file.name)
            print(
                f"imported {len(result.created)}, skipped {len(result.skipped)}, "
                f"not imported {len(result.refused)}"
            )
    finally:
        close_db()
    return ExitStatus.DONE if good == len(rows) else ExitStatus.CANNOT_START


def run_visit_import(args: argparse.Namespace, table: Any, target: str) -> int:
    """A visit history: one care-log entry per customer and day; 0 when every row went in
    or was left out on purpose, 2 when any row was refused (each listed)."""
    from salon_desk.services import visit_import, visit_writes
    from salon_desk.store.database import close_db, open_db
    from salon_desk.ui.excel import history_report, import_report

    saved = _saved_map(args, "visits")
    date_order = args.date_order or (saved.date_order if saved else None)
    options = visit_import.VisitOptions(
        date_order=visit_import.DateOrder(date_order) if date_order else None,
        skip_clients=frozenset(args.skip_client or (saved.skip_clients if saved else ())),
        taxes=visit_import.Taxes(args.taxes or (saved.taxes if saved else None) or "included"),
        match_names=args.match_names or bool(saved and saved.match_names),
        staff_choices=saved.staff if saved else {},
        service_choices=saved.services if saved else {},
        new_staff_role=(saved.new_staff_role if saved else None) or "beautician",
    )
    mapping = _columns(saved, table.headers, visit_import.suggest_visit_mapping)
    open_db(target)
    try:
        plan = visit_import.plan_visits(table, mapping, options)
        for number, value, problem in plan.problems:
            print(f"row {number}\t{problem.value}\t{value}")
        skipped = ", ".join(f"{name} ×{count}" for name, count in plan.skipped.items())
        print(
            f"dates read as {plan.date_order or 'unknown (use --date-order)'} "
            f"({', '.join(f'{w} = {d.isoformat()}' for w, d in plan.date_examples)}); "
            f"{len(plan.visits)} visits of {plan.known_customers + plan.new_customers} "
            f"customers ({plan.new_customers} new); {len(plan.problems)} rows refused"
            + (f"; left out: {skipped}" if skipped else "")
            + (f"; new staff: {', '.join(plan.new_staff)}" if plan.new_staff else "")
            + (f"; new service items: {len(plan.new_services)}" if plan.new_services else "")
        )
        for kind, unknown, choices in (
            ("staff", plan.unknown_staff, options.staff_choices),
            ("service", plan.unknown_services, options.service_choices),
        ):
            for name, rows in unknown.items():
                chosen = choices.get(name)
                what = (
                    "created, inactive"
                    if chosen is None
                    else f"as {chosen}"
                    if chosen
                    else "left empty"
                )
                print(f"not on file: {kind} {name} ({rows} rows): {what}")
        if args.report:
            by_field = {name: table.headers[i] for i, name in mapping.items()}
            lines = history_report.visit_lines(plan, options, by_field)
            _write_report(
                args, import_report.report_header(), lines, [history_report.visit_summary(plan)]
            )
        if args.save_map:
            undecided = {"staff": list(plan.unknown_staff), "services": list(plan.unknown_services)}
            _save_map(args, "visits", table.headers, mapping, plan.date_order, options, undecided)
        if not args.dry_run:
            result = visit_writes.apply_visits(plan, None, args.file.name)
            print(
                f"imported {result.visits} visits ({result.items} service items), "
                f"{result.customers_created} new customers; {result.already_on_file} "
                "already on file"
                + (
                    f"; {result.without_their_card} named a card she did not have or had "
                    "used up (imported without it)"
                    if result.without_their_card
                    else ""
                )
            )
    finally:
        close_db()
    return ExitStatus.CANNOT_START if plan.problems else ExitStatus.DONE


def _columns(
    saved: Any, headers: list[str], suggest: Callable[[list[str]], dict[int, str]]
) -> dict[int, str]:
    """The columns a saved mapping names, else the ones recognised; printed either way."""
    mapping = saved.mapping_for(headers) if saved else suggest(headers)
    print("columns: " + ", ".join(f"{headers[i]} → {name}" for i, name in mapping.items()))
    return mapping


def _saved_map(args: argparse.Namespace, kind: str) -> Any:
    """The mapping file given with --map (None without one); refused for another kind."""
    from salon_desk.services import import_maps

    if not args.map:
        return None
    try:
        saved = import_maps.load_map(args.map)
    except import_maps.MapUnreadable as exc:
        raise CommandFailed(ExitStatus.CANNOT_START, f"cannot use the mapping file: {exc}") from exc
    if saved.kind != kind:
        raise CommandFailed(
            ExitStatus.CANNOT_START, f"{args.map.name} maps a {saved.kind} file, not {kind}"
        )
    return saved


def _save_map(
    args: argparse.Namespace,
    kind: str,
    headers: list[str],
    mapping: dict[int, str],
    date_order: Any = None,
    options: Any = None,
    undecided: dict[str, list[str]] | None = None,
) -> None:
    from salon_desk.services import import_maps

    import_maps.save_map(
        args.save_map,
        import_maps.ImportMap(
            kind=kind,
            columns={headers[i]: name for i, name in mapping.items()},
            date_order=date_order.value if date_order else None,
            skip_clients=tuple(sorted(options.skip_clients)) if options else (),
            taxes=options.taxes.value if options else None,
            match_names=bool(options and options.match_names),
            staff=dict(options.staff_choices) if options else {},
            services=dict(options.service_choices) if options else {},
            new_staff_role=options.new_staff_role if options else None,
        ),
        undecided or {},
    )
    print(f"mapping saved to {args.save_map}")


def _write_report(
    args: argparse.Namespace, header: list[str], lines: list[list[object]], summary: list[str]
) -> None:
    from salon_desk.services import excel_import
    from salon_desk.ui.excel import history_report

    excel_import.write_report(args.report, header, lines, summary, history_report.summary_title())
    print(f"report saved to {args.report}")


def run_balance_import(args: argparse.Namespace, table: Any, target: str) -> int:
    """Opening balances: cards with what was left on them in the previous system."""
    from salon_desk.services import balance_import
    from salon_desk.store.database import close_db, open_db
    from salon_desk.ui.excel import history_report, import_report

    saved = _saved_map(args, "balances")
    mapping = _columns(saved, table.headers, balance_import.suggest_balance_mapping)
    if args.save_map:
        _save_map(args, "balances", table.headers, mapping)
    open_db(target)
    try:
        plan = balance_import.plan_balances(table, mapping)
        for number, value, problem in plan.problems:
            print(f"row {number}\t{problem}\t{value}")
        print(
            f"{len(plan.cards)} cards to carry over; {plan.already_on_file} already on file; "
            f"{len(plan.problems)} rows refused"
        )
        if args.report:
            by_field = {name: table.headers[i] for i, name in mapping.items()}
            lines = history_report.balance_lines(plan, by_field)
            _write_report(
                args, import_report.report_header(), lines, [history_report.balance_summary(plan)]
            )
        if not args.dry_run:
            print(f"carried over {balance_import.apply_balances(plan, None, args.file.name)} cards")
    finally:
        close_db()
    return ExitStatus.CANNOT_START if plan.problems else ExitStatus.DONE


def run_undo_import(args: argparse.Namespace) -> int:
    """Take the last import back out whole; 1 when there is none or later work stands in
    the way (listed), 0 when it went (or, with --dry-run, would go)."""
    from salon_desk.services import import_batches
    from salon_desk.store.database import close_db, open_db

    target = database_target(args)
    require_sound(target)
    open_db(target)
    try:
        batch = import_batches.last_batch()
        if batch is None:
            print("no import to undo")
            return ExitStatus.PROBLEM_FOUND
        counts = ", ".join(
            f"{count} {name.replace('_', ' ')}"
            for name, count in import_batches.counts_in_order(batch)
        )
        when = batch.created_at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"last import: {batch.source or batch.kind} on {when}: {counts or 'nothing'}")
        found = import_batches.blockers(batch.id)
        for blocker in found:
            print(f"changed since: {blocker.customer_name}\t{blocker.what}\t{blocker.staff_name}")
        if found:
            print(f"not undone: {len(found)} later change(s) to what it brought")
            return ExitStatus.PROBLEM_FOUND
        if not args.dry_run:
            import_batches.undo_last(None, batch.id)
            print("undone")
    finally:
        close_db()
    return ExitStatus.DONE
