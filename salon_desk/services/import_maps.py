"""A mapping file for migrations: which column of another system's export is which field,
and the choices made for it (date order, walk-in clients, taxes, what its staff and
service names are here), so the next file of the
same system imports with no questions (``salon-desk import --save-map`` / ``--map``).

TOML, read with the standard library; written here (every string in JSON's quoting, which
is TOML's basic string)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from salon_desk.store.models import Staff


class MapUnreadable(Exception):
    pass


@dataclass(frozen=True)
class ImportMap:
    kind: str
    columns: dict[str, str] = field(default_factory=dict)  # header → field
    date_order: str | None = None
    skip_clients: tuple[str, ...] = ()
    taxes: str | None = None
    match_names: bool = False
    # Names the shop did not have: the file's name → one it has, or "" to leave it empty.
    staff: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)
    new_staff_role: str | None = None

    def mapping_for(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index → field for a file with these headers (in any order)."""
        return {i: self.columns[h] for i, h in enumerate(headers) if h in self.columns}


STAFF_ROLES = Staff.ROLES


def save_map(
    path: Path, chosen: ImportMap, undecided: Mapping[str, Sequence[str]] | None = None
) -> None:
    """``undecided``: names not on file per table ("staff", "services") that were left to
    be created; written as comments, so whoever edits the file sees what to choose for."""
    lines = [f"kind = {json.dumps(chosen.kind)}"]
    if chosen.date_order:
        lines.append(f"date_order = {json.dumps(chosen.date_order)}")
    if chosen.taxes:
        lines.append(f"taxes = {json.dumps(chosen.taxes)}")
    lines.append(f"match_names = {'true' if chosen.match_names else 'false'}")
    if chosen.new_staff_role:
        lines.append(f"new_staff_role = {json.dumps(chosen.new_staff_role)}")
    lines.append(f"skip_clients = {json.dumps(list(chosen.skip_clients), ensure_ascii=False)}")
    lines += ["", "[columns]"]
    lines += [
        f"{json.dumps(header, ensure_ascii=False)} = {json.dumps(name)}"
        for header, name in chosen.columns.items()
    ]
    for table, choices in (("staff", chosen.staff), ("services", chosen.services)):
        left = [name for name in (undecided or {}).get(table, ()) if name not in choices]
        if choices or left:
            lines += ["", f"[{table}]"]
            lines += [
                f"{json.dumps(name, ensure_ascii=False)} = {json.dumps(to, ensure_ascii=False)}"
                for name, to in choices.items()
            ]
            if left:
                lines.append(
                    '# Not on file, so created inactive; "" leaves it empty, a name maps it:'
                )
                lines += [f'# {json.dumps(name, ensure_ascii=False)} = ""' for name in left]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_map(path: Path) -> ImportMap:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MapUnreadable(f"{path.name}: {exc}") from exc
    columns = data.get("columns", {})
    if not isinstance(columns, Mapping) or not isinstance(data.get("kind"), str):
        raise MapUnreadable(f"{path.name}: needs kind = … and a [columns] table")
    choices = {table: data.get(table, {}) for table in ("staff", "services")}
    if not all(isinstance(chosen, Mapping) for chosen in choices.values()):
        raise MapUnreadable(f"{path.name}: [staff] and [services] map a name to a name")
    if data.get("new_staff_role", STAFF_ROLES[0]) not in STAFF_ROLES:
        raise MapUnreadable(f"{path.name}: new_staff_role is one of {', '.join(STAFF_ROLES)}")
    return ImportMap(
        kind=data["kind"],
        columns={str(k): str(v) for k, v in columns.items()},
        date_order=data.get("date_order"),
        skip_clients=tuple(str(c) for c in data.get("skip_clients", [])),
        taxes=data.get("taxes"),
        match_names=bool(data.get("match_names", False)),
        staff={str(k): str(v) for k, v in choices["staff"].items()},
        services={str(k): str(v) for k, v in choices["services"].items()},
        new_staff_role=data.get("new_staff_role"),
    )
