"""A pane's key moved onto a key its list uses is refused and said, as a clash with another
pane key is. A newcomer's walk (eighteenth round): `"skills.advance" = "enter"` was taken
without a word; Enter still opened the item (the list's key wins while it has focus), and
advancing could no longer be done at all."""

from __future__ import annotations

import pytest

from bounceback_tui.ui.binding_catalogue import check_keymap


@pytest.mark.parametrize(
    ("keymap", "named"),
    [
        ({"skills.advance": "enter"}, "Skills"),
        ({"people.add": "down"}, "People"),
        ({"list.select": "space"}, "space"),
    ],
)
def test_a_pane_key_onto_a_list_key_is_refused(keymap: dict[str, str], named: str) -> None:
    found = check_keymap(keymap)
    (binding_id,) = keymap
    assert binding_id not in found.keymap
    (problem,) = found.problems
    assert problem.startswith(f"{binding_id} was not changed")
    assert named in problem


def test_a_free_key_is_still_taken() -> None:
    found = check_keymap({"skills.advance": "x"})
    assert found.keymap.get("skills.advance") == "x"
    assert found.problems == []
