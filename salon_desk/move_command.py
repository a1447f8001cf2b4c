"""``salon-desk move --from shop.db --to postgresql://… [--shop NAME]`` (issue 16.5): a
shop's whole file onto the chain's server, checked table by table."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from salon_desk.commands import CommandFailed, ExitStatus, require_sound
from salon_desk.store.backup import copy_database
from salon_desk.store.database import DatabaseError, close_db, is_server_url, open_db
from salon_desk.store.database import shown_location as shown


def _merge(copy: Path, source: Path, shop: str, dry_run: bool) -> int:
    from salon_desk.store.merge import merge_file_into_chain
    from salon_desk.store.move import MoveRefused

    try:
        report = merge_file_into_chain(copy, shop, dry_run)
    except MoveRefused as refused:
        print(f"salon-desk move: nothing was moved: {refused}", file=sys.stderr)
        return ExitStatus.PROBLEM_FOUND
    for chain_id, chain_name, file_name, phone in report.same_customers:
        print(f"one file: {chain_name} (no. {chain_id}) and {file_name} from the file, {phone}")
    print(f"staff matched by name: {len(report.staff_matched)}; service items: "
          f"{len(report.items_matched)}")  # fmt: skip
    for table, rows in report.added.items():
        print(f"{table}: {rows} rows added")
    if report.imports_left_behind:
        print(f"{report.imports_left_behind} import(s) of the file can no longer be undone")
    if dry_run:
        print("dry run: nothing was changed; run again without --dry-run to merge")
    else:
        print(f"{source} joined the chain as {shop}; the file was left as it was")
    return ExitStatus.DONE


def run_move(args: argparse.Namespace) -> int:
    source, target = args.source, str(args.to)
    if not is_server_url(target):
        print("salon-desk move: --to must be a postgresql:// server", file=sys.stderr)
        return ExitStatus.CANNOT_START
    if not source.exists():
        print(f"salon-desk move: no database at {source}", file=sys.stderr)
        return ExitStatus.CANNOT_START
    require_sound(str(source))  # a damaged file is not spread to the chain
    with tempfile.TemporaryDirectory(prefix="salon-desk-move-") as folder:
        # The shop's file is left untouched: a copy is brought to this version's schema.
        copy = Path(folder) / source.name
        copy_database(source, copy)
        try:
            open_db(copy)
            close_db()
            open_db(target)
        except DatabaseError as exc:
            raise CommandFailed(ExitStatus.CIRCUMSTANCE, f"nothing was moved: {exc}") from exc
        return _move_or_merge(args, copy, source, target)


def _move_or_merge(args: argparse.Namespace, copy: Path, source: Path, target: str) -> int:
    from salon_desk.store.move import ChecksDiffer, MoveRefused, move_file_to_empty_server

    def copied(table: str, rows: int) -> None:
        print(f"{table}: {rows:,} rows", file=sys.stderr)

    from salon_desk.store.models import Customer

    if Customer.select().exists():  # a chain already: the file joins it as a shop
        try:
            return _merge(copy, source, args.shop or "", args.dry_run)
        finally:
            close_db()

    try:
        checks = move_file_to_empty_server(copy, args.shop or "", copied)
    except ChecksDiffer as differ:
        for check in differ.checks:
            if not check.same:
                print(
                    f"{check.table}: file {check.rows_in_file} rows {check.checksum_in_file[:12]},"
                    f" server {check.rows_on_server} rows {check.checksum_on_server[:12]}",
                    file=sys.stderr,
                )
        print(f"salon-desk move: {differ}", file=sys.stderr)
        return ExitStatus.PROBLEM_FOUND
    except MoveRefused as refused:
        print(f"salon-desk move: nothing was moved: {refused}", file=sys.stderr)
        return ExitStatus.PROBLEM_FOUND
    finally:
        close_db()
    for check in checks:
        print(
            f"{check.table}: {check.rows_on_server} rows, checksum {check.checksum_on_server[:12]}"
        )
    print(
        f"moved {source} to {shown(target)}: {len(checks)} tables, each the same row count and"
        " checksum on both sides; the file was left as it was"
    )
    return ExitStatus.DONE
