"""One colour per group and per type, the same in every chart."""

from __future__ import annotations

GROUP_COLOURS = {
    "key": "#2e7d32",
    "potential": "#1976d2",
    "follow_up": "#ef6c00",
    "new": "#8e24aa",
}
# The overdue part of a group's bar: the same hue, darker, so the eye keeps the group.
OVERDUE_COLOURS = {
    "key": "#1b5e20",
    "potential": "#0d47a1",
    "follow_up": "#b71c1c",
    "new": "#4a148c",
}
VALUE_COLOURS = {"high": "#c62828", "middle": "#f9a825", "low": "#90a4ae", "none": "#e0e0e0"}
# The lifecycle stages (issue 17.5): from pale (not yet a customer) to deep (brings others).
STAGE_COLOURS = {
    "potential": "#cfd8dc",
    "aware": "#90caf9",
    "new": "#8e24aa",
    "active": "#1976d2",
    "regular": "#2e7d32",
    "advocate": "#c62828",
}
MONTH_COLOUR = "#00897b"
NEW_COLOUR = "#5c6bc0"
UNCLASSIFIED_COLOUR = "#bdbdbd"
# Types take colours in catalogue order; a shop with more types than colours repeats.
TYPE_COLOURS = (
    "#e53935",
    "#1e88e5",
    "#43a047",
    "#fb8c00",
    "#8e24aa",
    "#00acc1",
    "#6d4c41",
    "#d81b60",
    "#3949ab",
    "#7cb342",
    "#f4511e",
    "#546e7a",
)


def type_colours(keys: list[str]) -> dict[str, str]:
    """``keys`` in catalogue order; "none" (not classified) is always grey."""
    colours = {}
    for index, key in enumerate(k for k in keys if k != "none"):
        colours[key] = TYPE_COLOURS[index % len(TYPE_COLOURS)]
    colours["none"] = UNCLASSIFIED_COLOUR
    return colours
