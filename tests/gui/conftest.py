from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salon_desk.services import customers
from salon_desk.services.customers import CustomerInput
from salon_desk.store.database import shown_location
from salon_desk.ui.main_window import MainWindow
from salon_desk.ui.widgets import prompts, tasks


class PromptLog:
    """Answers the app's questions as a user would, and remembers what was asked."""

    def __init__(self) -> None:
        self.unsaved = prompts.Answer.CANCEL
        self.duplicate = prompts.Answer.CANCEL
        self.same_name = prompts.Answer.CANCEL
        self.confirm = True
        self.reason: str | None = "记错了"
        self.asked: list[str] = []


@pytest.fixture(autouse=True)
def _tasks_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slow reads run in place, so a test sees their result at once (one test runs them
    on the thread pool: test_follow_ups.py::test_statistics_off_the_ui_thread)."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    log = PromptLog()

    def unsaved(parent, name):
        log.asked.append(f"unsaved:{name}")
        return log.unsaved

    def duplicate(parent, other):
        log.asked.append(f"duplicate:{other}")
        return log.duplicate

    def same_name(parent, name, others):
        log.asked.append(f"same_name:{name}:{len(others)}")
        return log.same_name

    def confirm(parent, title, text):
        log.asked.append(f"confirm:{title}")
        return log.confirm

    def inform(parent, title, text):
        log.asked.append(f"inform:{title}")

    def reason(parent, title, text):
        log.asked.append(f"reason:{title}")
        return log.reason

    monkeypatch.setattr(prompts, "ask_reason", reason)
    monkeypatch.setattr(prompts, "ask_unsaved", unsaved)
    monkeypatch.setattr(prompts, "ask_duplicate_phone", duplicate)
    monkeypatch.setattr(prompts, "ask_same_name", same_name)
    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", inform)
    return log


@pytest.fixture
def seeded(manager_id: int) -> dict[str, int]:
    """A few customers to search among."""
    people = {
        "张慧敏": "13800135678",
        "曾丽": "13912340000",
        "王芳": "13755501111",
    }
    return {
        name: customers.create_customer(CustomerInput(name=name, phone=phone), manager_id)
        for name, phone in people.items()
    }


@pytest.fixture
def window(
    qtbot, database: Path | str, manager_id: int, answers: PromptLog
) -> Iterator[MainWindow]:
    win = MainWindow(manager_id, shown_location(database))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Keyboard shortcuts need the active window; offscreen does not always make it so.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()  # before the database closes: its tabs stop being made in idle time
