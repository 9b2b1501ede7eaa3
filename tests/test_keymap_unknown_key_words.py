"""A key the keymap cannot read is named in a person's words.

A settings.toml entry with a key the app cannot read ("pipeline.add" = "hyperspace") was
noted "(not a key name Textual knows)": Textual is the library the app is made with, a name
the person has no reason to know. The note now says what key names look like.
"""

from __future__ import annotations

from bounceback_tui.ui.keymap import parse_keymap


def test_an_unknown_key_is_said_without_the_librarys_name() -> None:
    result = parse_keymap({"pipeline": {"add": "hyperspace"}})
    assert result.keymap == {}
    (note,) = result.problems
    assert note.startswith("pipeline.add was not changed: 'hyperspace' (not a key this app knows;")
    assert "Textual" not in note
    assert "key names look like f5, escape, pageup" in note
