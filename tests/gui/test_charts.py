"""The charts panel: click a bar, see exactly its customers; refresh; export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from salon_desk.services import demo
from salon_desk.ui.main_window import MainWindow
from tests.gui.typing import type_text


@pytest.fixture
def demo_salon(db_path: Path) -> None:
    demo.build_demo(customers=120, seed=5, today=dt.date.today())


@pytest.fixture
def charts_window(qtbot, demo_salon, window: MainWindow) -> MainWindow:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.charts
    return window


def click_segment(qtbot, window: MainWindow, index: int):
    chart = window.charts.chart
    segment = chart.hits[index].segment
    qtbot.mouseClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.centre_of(index).toPoint()
    )
    return segment


@pytest.mark.parametrize("chart", ["groups", "personality_by_group", "value_groups", "stages"])
def test_a_clicked_bar_lists_exactly_its_customers(qtbot, charts_window: MainWindow, chart):
    page = charts_window.charts
    page.choose(chart)
    assert page.chart.hits, "the chart drew no bars"
    tallest = max(
        range(len(page.chart.hits)),
        key=lambda i: page.chart.hits[i].top - page.chart.hits[i].bottom,
    )
    segment = click_segment(qtbot, charts_window, tallest)
    customers = charts_window.customers
    assert charts_window.tabs.currentWidget() is customers
    assert customers.only_these.isVisible()
    assert customers.model.rowCount() == segment.count == len(segment.customer_ids)
    listed = {customers.model.customer_at(row).id for row in range(customers.model.rowCount())}
    assert listed == set(segment.customer_ids)
    if chart == "personality_by_group":  # the banner names the catalogue as well as the bar
        assert customers.only_these.label.text().startswith("From the charts: Personality: ")
    qtbot.mouseClick(customers.only_these.clear_button, Qt.MouseButton.LeftButton)
    assert customers.model.rowCount() == 120


def test_who_is_behind_a_clicked_month_is_asked_off_the_ui_thread(
    qtbot, charts_window: MainWindow, monkeypatch
):
    import threading

    from salon_desk.services import charts
    from salon_desk.ui.widgets import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    asked_on: list[int] = []
    original = charts._visitors

    def spy(*args):
        asked_on.append(threading.get_ident())
        return original(*args)

    monkeypatch.setattr(charts, "_visitors", spy)
    page = charts_window.charts
    page.reload()
    qtbot.waitUntil(lambda: page.figures is not None and page.caption.text() != "Counting…")
    page.choose("visits_by_month")  # its part is counted when the chart is first shown
    qtbot.waitUntil(lambda: charts.PART_MONTHS in page.figures.counted)
    assert page.caption.text() != "Counting…"
    last_month = len(page.chart.hits) - 1
    click_segment(qtbot, charts_window, last_month)
    customers = charts_window.customers
    qtbot.waitUntil(lambda: charts_window.tabs.currentWidget() is customers)
    assert asked_on and asked_on[0] != threading.get_ident()
    assert customers.model.rowCount() == len(page.figures.visits_by_month[-1].customer_ids) > 0


def test_counts_are_written_on_the_bars_and_the_filters_apply(qtbot, charts_window: MainWindow):
    page = charts_window.charts
    page.choose("groups")
    everyone = sum(hit.segment.count for hit in page.chart.hits)
    assert everyone == 120
    assert "of 120 customers are overdue" in page.caption.text()
    page.staff_filter.setCurrentIndex(page.staff_filter.findText("陈美玲"))
    hers = sum(hit.segment.count for hit in page.chart.hits)
    assert 0 < hers < everyone
    page.window_filter.setCurrentIndex(page.window_filter.findData(730))
    assert page.figures is not None and page.figures.window_days == 730


def test_a_new_file_shows_in_the_charts_without_a_restart(qtbot, charts_window: MainWindow):
    page = charts_window.charts
    page.choose("psychology")
    before = {hit.segment.description: hit.segment.count for hit in page.chart.hits}
    qtbot.keyClick(charts_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    files = charts_window.customers
    files.new_customer()
    type_text(files.form.name, "新来的")
    type_text(files.form.phone, "13900001111")
    assert files.save()
    qtbot.keyClick(charts_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    after = {hit.segment.description: hit.segment.count for hit in page.chart.hits}
    unclassified = "Consumption psychology: " + page._type_names()["none"]
    assert after[unclassified] == before[unclassified] + 1


def test_export_png(qtbot, charts_window: MainWindow, tmp_path: Path):
    page = charts_window.charts
    page.choose("visits_by_month")
    target = tmp_path / "visits.png"
    assert page.export_png(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 300


def test_each_chart_counts_its_own_part_when_first_shown(
    qtbot, charts_window: MainWindow, monkeypatch
):
    """Opening the tab counts the groups' part only; another chart counts its own part
    the first time it is shown, and a chart shown before is drawn without a count."""
    from salon_desk.services import charts

    asked: list[frozenset[str]] = []
    original = charts.figures

    def spy(today=None, chart_filter=None, parts=charts.PARTS):
        asked.append(parts)
        return original(today, chart_filter, parts)

    monkeypatch.setattr(charts, "figures", spy)
    page = charts_window.charts
    page.reload()
    assert asked == [{charts.PART_CELLS}]
    page.choose("value_groups")
    assert asked[-1] == {charts.PART_VALUE}
    assert sum(hit.segment.count for hit in page.chart.hits) == 120
    page.choose("spend")  # the same part: drawn from what was counted
    page.choose("groups")
    assert len(asked) == 2
    assert sum(hit.segment.count for hit in page.chart.hits) == 120


def test_the_lifecycle_chart_counts_everyone_by_stage(qtbot, charts_window: MainWindow):
    page = charts_window.charts
    page.choose("stages")
    counts = {hit.segment.description: hit.segment.count for hit in page.chart.hits}
    assert sum(counts.values()) == 120  # every customer at exactly one stage
    assert list(counts) == [
        "Potential (on file, no visit)", "Aware (enquired)", "New (first visit)", "Active",
        "Regular", "Advocate (brings others)",
    ][: len(counts)] or set(counts) <= {
        "Potential (on file, no visit)", "Aware (enquired)", "New (first visit)", "Active",
        "Regular", "Advocate (brings others)",
    }  # fmt: skip
    assert (
        page.caption.text() == "Every customer on file by where she is with the shop (120 in all)."
    )
