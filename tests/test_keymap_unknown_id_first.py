"""An entry whose id no binding has is told so, whatever its keys (ui/keymap.py).

A tester's walk: `"pane.settings" = "alt+comma"` (a natural guess beside `pane.today`; the
id is `app.settings`) was told only why alt with a mark cannot be bound, and `"bogus.id" =
""` that an action cannot be left without a key, of an action there is none of."""

from __future__ import annotations

import pytest

from bounceback_tui.ui.keymap import parse_keymap


@pytest.mark.parametrize(
    ("entry", "keys", "hint"),
    [("pane.settings", "alt+comma", " Did you mean app.settings?"), ("bogus.id", "", "")],
)
def test_an_unknown_id_is_said_to_be_one(entry: str, keys: str, hint: str) -> None:
    parsed = parse_keymap({entry: keys})
    assert parsed.keymap == {}
    assert parsed.problems == [f"{entry}: no binding has this id, so it was ignored.{hint}"]


def test_a_known_id_with_a_refused_key_is_told_why() -> None:
    parsed = parse_keymap({"app.settings": "alt+comma"})
    assert parsed.keymap == {}
    assert parsed.problems[0].startswith("app.settings was not changed:"), parsed.problems
    assert "alt" in parsed.problems[0]
