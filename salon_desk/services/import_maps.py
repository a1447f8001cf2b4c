"""A mapping file for migrations: which column of another system's export is which field,
and the choices made for it (date order, walk-in clients, taxes), so the next file of the
same system imports with no questions (``salon-desk import --save-map`` / ``--map``).

TOML, read with the standard library; written here (every string in JSON's quoting, which
is TOML's basic string)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


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

    def mapping_for(self, headers: Sequence[str]) -> dict[int, str]:
        """Column index → field for a file with these headers (in any order)."""
        return {i: self.columns[h] for i, h in enumerate(headers) if h in self.columns}


def save_map(path: Path, chosen: ImportMap) -> None:
    lines = [f"kind = {json.dumps(chosen.kind)}"]
    if chosen.date_order:
        lines.append(f"date_order = {json.dumps(chosen.date_order)}")
    if chosen.taxes:
        lines.append(f"taxes = {json.dumps(chosen.taxes)}")
    lines.append(f"match_names = {'true' if chosen.match_names else 'false'}")
    lines.append(f"skip_clients = {json.dumps(list(chosen.skip_clients), ensure_ascii=False)}")
    lines += ["", "[columns]"]
    lines += [
        f"{json.dumps(header, ensure_ascii=False)} = {json.dumps(name)}"
        for header, name in chosen.columns.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_map(path: Path) -> ImportMap:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MapUnreadable(f"{path.name}: {exc}") from exc
    columns = data.get("columns", {})
    if not isinstance(columns, Mapping) or not isinstance(data.get("kind"), str):
        raise MapUnreadable(f"{path.name}: needs kind = … and a [columns] table")
    return ImportMap(
        kind=data["kind"],
        columns={str(k): str(v) for k, v in columns.items()},
        date_order=data.get("date_order"),
        skip_clients=tuple(str(c) for c in data.get("skip_clients", [])),
        taxes=data.get("taxes"),
        match_names=bool(data.get("match_names", False)),
    )
