"""Issue 17.3: her types chosen from the keyboard, several where the catalogue allows,
and what to do about each shown beside her name and at the care log."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from salon_desk.services import catalogues, customer_types, customers
from salon_desk.services.customers import CustomerInput
from salon_desk.ui.main_window import MainWindow
from tests.gui.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_her_traits_are_ticked_from_the_keyboard_and_their_strategies_shown(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    her = customers.create_customer(CustomerInput(name="张慧敏", phone="13800135678"), manager_id)
    window.events.publish()
    page = window.customers
    page.open_customer(her)
    form = page.form
    assert not page.type_line.isVisibleTo(page)  # nothing known of her yet
    qtbot.mouseClick(form.allergies, Qt.MouseButton.LeftButton)  # she clicks a field
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)  # to her consumption psychology: one choice
    assert keys.focus() is form.psychology_type
    keys.press(Qt.Key.Key_Down)  # the first type
    keys.press(Qt.Key.Key_Tab)  # personality
    keys.press(Qt.Key.Key_Tab)  # her traits: ticks, since she may show several
    ticks = form.type_pickers["trait"].ticks
    assert keys.focus() is ticks
    keys.press(Qt.Key.Key_Space)  # the first trait
    keys.press(Qt.Key.Key_Right)  # the ticks flow in rows: the next is to the right
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Space)  # the third
    assert "<b>Indecisive</b>" in form.strategies["trait"].text()  # under the ticks, live
    keys.press(Qt.Key.Key_S, CTRL)
    traits = [t.id for t in catalogues.list_types("trait")]
    vanity = catalogues.list_types("psychology")[0].id
    saved = customers.get_customer(her).data
    assert (saved.psychology_type_id, saved.more_type_ids) == (vanity, (traits[0], traits[2]))
    assert not form.is_dirty()
    # Beside her name: each type she has and how to serve her.
    shown = page.type_line.text()
    assert page.type_line.isVisibleTo(page)
    for words in ("Vanity", "Indecisive", "Bargaining", "narrow the choice to two"):
        assert words in shown
    assert shown.index("Vanity") < shown.index("Indecisive")  # catalogue by catalogue


def test_a_catalogue_made_multiple_choice_in_settings_offers_ticks(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    impulsive, passive = (t.id for t in catalogues.list_types("personality")[:2])
    her = customers.create_customer(
        CustomerInput(name="李娜", personality_type_id=passive), manager_id
    )
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.personality)
    qtbot.waitUntil(lambda: dialog.personality.multiple.isVisible())  # the tab laid out
    assert not dialog.personality.multiple.isChecked()
    box = dialog.personality.multiple  # clicked on its tick (the row is the dialog's width)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.personality.multiple.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.personality.error.text() == ""
    assert customer_types.multiple_choice() == {"trait", "personality"}
    qtbot.wait(1)
    page = window.customers
    page.open_customer(her)
    picker = page.form.type_pickers["personality"]
    assert picker.ticks.isVisibleTo(page) and not picker.combo.isVisibleTo(page)
    assert picker.ids() == [passive]
    picker.ticks.item(0).setCheckState(Qt.CheckState.Checked)  # impulsive too
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = customers.get_customer(her).data
    # The type she had first stays her first.
    assert (saved.personality_type_id, saved.more_type_ids) == (passive, (impulsive,))


def test_the_care_log_context_shows_every_type_with_its_strategy(
    qtbot, window: MainWindow, manager_id: int
) -> None:
    traits = [t.id for t in catalogues.list_types("trait")]
    her = customers.create_customer(
        CustomerInput(name="王芳", more_type_ids=(traits[6], traits[9])), manager_id
    )
    from salon_desk.services.customer_brief import customer_brief
    from salon_desk.ui.care_log.context_panel import CustomerContextPanel

    panel = CustomerContextPanel()
    qtbot.addWidget(panel)
    panel.show_brief(customer_brief(her), window.customers.form.today)
    text = panel.profile.text()
    assert "Rational、Mixed" in text
    assert "Rational: Decides by facts" in text and "Mixed: Shows several traits" in text
