"""A form's keys cannot be moved onto a key its text fields keep for themselves.

A tester's keymap had `"form.save" = "ctrl+w"`: the New application form's key bar lost
`^s Save` (it showed "Esc Cancel" alone), and ctrl+w in the Company field deleted the word
before the cursor, as a text field's ctrl+w does, instead of saving. The field has the key
first, so the binding was never heard. The keymap now refuses such a key, with the entry's
id, the key as written and what the field does with it, as it refuses Tab; the form keeps
its usual save key, shown on its bar.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.binding_catalogue import check_keymap
from bounceback_tui.ui.keymap import parse_keymap
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_keymap import _keymapped
from tests.ui_harness import settle


@pytest.mark.parametrize(
    ("binding_id", "written", "said"),
    [
        ("form.save", "ctrl+w", "'ctrl+w'"),
        ("form.save", "Ctrl+K", "'ctrl+k'"),
        ("form.cancel", "ctrl+u", "'ctrl+u'"),
        ("answer.save", "f2,ctrl+e", "'ctrl+e'"),
    ],
)
def test_a_key_a_text_field_keeps_is_refused_for_a_form(
    binding_id: str, written: str, said: str
) -> None:
    result = check_keymap(parse_keymap({binding_id: written}).keymap)
    assert binding_id not in result.keymap
    (sentence,) = result.problems
    assert sentence.startswith(f"{binding_id} was not changed: in a text field {said[1:-1]} "), (
        sentence
    )
    assert "text field" in sentence and "keeps it" in sentence, sentence


def test_a_pane_key_and_a_form_key_no_field_uses_are_taken() -> None:
    keymap = {"form.save": "ctrl+t", "form.cancel": "f10", "pipeline.add": "ctrl+w"}
    result = check_keymap(keymap)
    assert result.problems == []
    assert {key: result.keymap[key] for key in keymap} == keymap


async def test_with_ctrl_w_refused_the_form_still_saves_with_its_key_on_the_bar(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"form.save" = "ctrl+w"\n') as (app, pilot):
        assert any("form.save was not changed" in said for said in app.messages), app.messages
        await pilot.press("2")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 4)
        assert isinstance(app.screen, FormScreen)
        assert ("^s", "Save") in app.screen.query_one(KeyBar).shown()
