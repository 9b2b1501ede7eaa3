"""A keymap key no keyboard sends is refused and named, and the usual key stays.

`"today.check_in" = "ctrl+shift+banana"` was taken without a word ("banana" is a character's
name to Textual: 🍌), the top line and the key bar offered "shift+^🍌", and no key opened
the check-in any more (a stranger's walk, twentieth round; the eighteenth round's left-alone
list). A key is a character a keyboard types: nothing outside the basic multilingual plane,
nothing unprintable.
"""

from __future__ import annotations

import pytest

from bounceback_tui.ui.keymap import normalize_key, parse_keymap


@pytest.mark.parametrize(
    "bad", ["ctrl+shift+banana", "banana", "🍌", "ctrl+🍌", "grinning_face", "ctrl+null"]
)
def test_a_key_no_keyboard_sends_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="no keyboard"):
        normalize_key(bad)


@pytest.mark.parametrize(
    ("typed", "textual_name"),
    [
        ("é", "é"),
        ("§", "section_sign"),
        ("section_sign", "section_sign"),
        ("°", "degree_sign"),
        ("alt+ß", "alt+ß"),
    ],
)
def test_keys_of_other_keyboards_are_still_taken(typed: str, textual_name: str) -> None:
    assert normalize_key(typed) == textual_name


def test_the_refused_entry_is_named_and_the_others_apply() -> None:
    result = parse_keymap({"today.check_in": "ctrl+shift+banana", "pipeline.add": "n"})
    assert result.keymap == {"pipeline.add": "n"}
    (problem,) = result.problems
    assert "today.check_in" in problem
    assert "ctrl+shift+banana" in problem
