"""Alt with a mark (alt+comma, alt+slash, alt+space) is refused in the keymap, with the reason.

Tried in tmux with a Textual app logging its key events: alt+a arrived as "alt+a", but
alt+comma, alt+full_stop and alt+slash arrived as a bare "comma", "full_stop" and "slash".
The terminal sends alt and a key as Escape then the key, and Textual's parser names Escape
and a letter or digit "alt+a", but Escape and a mark only the mark (textual/_xterm_parser.py:
the alt prefix goes on one-character names). So `"app.help" = "alt+comma"` was taken without a
word, alt+comma opened Settings (the bare comma's binding), and the keys never opened.
"""

from __future__ import annotations

import pytest

from bounceback_tui.ui.keymap import normalize_key, parse_keymap


@pytest.mark.parametrize(
    ("written", "mark"),
    [
        ("alt+comma", ","),
        ("Alt+.", "."),
        ("alt+slash", "/"),
        ("alt+.", "."),
        ("alt+space", "Space"),
    ],
)
def test_alt_with_a_mark_is_refused_with_why(written: str, mark: str) -> None:
    with pytest.raises(ValueError, match="arrives as a key of its own") as refused:
        normalize_key(written)
    assert f"then {mark}" in str(refused.value)
    result = parse_keymap({"app.help": written})
    assert result.keymap == {}
    (sentence,) = result.problems
    assert sentence.startswith("app.help was not changed: "), sentence
    assert "Escape" in sentence, sentence


@pytest.mark.parametrize(
    ("written", "key"),
    [("alt+a", "alt+a"), ("alt+7", "alt+7"), ("alt+up", "alt+up"), ("alt+f5", "alt+f5")],
)
def test_alt_with_a_letter_a_digit_or_a_named_key_is_taken(written: str, key: str) -> None:
    assert normalize_key(written) == key
    assert parse_keymap({"app.help": written}).keymap == {"app.help": key}
