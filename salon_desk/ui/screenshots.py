"""Render every screen to PNG offscreen, so people can look at what we built."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from salon_desk.services.customer_search import CustomerQuery, fetch_page
from salon_desk.ui.main_window import MainWindow


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def render_all(window: MainWindow, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window.show()
    saved = []
    page = window.customers
    rows = fetch_page(CustomerQuery(), 0, 40)
    with_history = next(
        (r for r in rows if r.psychology_type_id and r.personality_type_id),
        rows[0] if rows else None,
    )
    if with_history is not None:
        page.open_customer(with_history.id)
    saved.append(_grab(window, out / "customers.png"))
    page.search.setText("zhm")
    page.refresh_list()
    saved.append(_grab(window, out / "customers-search-pinyin.png"))
    page.search.clear()
    page.refresh_list()
    page.new_customer()
    page.form.name.setText("")
    page.form.phone.setText("12345")
    page.form.birthday.setText("2999-01-01")
    page.save()
    saved.append(_grab(window, out / "customers-validation.png"))
    page.open_new()
    dialog = window.open_settings()
    dialog.tabs.setCurrentIndex(2)
    saved.append(_grab(dialog, out / "settings-types.png"))
    dialog.tabs.setCurrentIndex(1)
    saved.append(_grab(dialog, out / "settings-services.png"))
    dialog.close()
    return saved
