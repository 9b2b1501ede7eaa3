"""A key a text field keeps for itself is refused for every binding heard while one has focus,
not only for a form's save and cancel and the answer's save.

A power user's keymap had `"reframe.next" = "ctrl+k"`, `"import.by_hand" = "ctrl+w"` and
`"app.refresh" = "ctrl+u"`: each was taken without a word, and in the thought record's box,
the posting import's link field and any form ctrl+k deleted to the end of the line, ctrl+w
the word before the cursor and ctrl+u the line before it, as a text field does with them;
the next step, filling in by hand and refreshing were never reached from there. A binding
heard before the fields (`"app.palette" = "ctrl+k"`) took the key from every one of them.
The rule is the one the fields follow (kit/fields.bound_above): a binding of the app, of a
screen or pane that holds a text field, or of a widget holding them is heard while the
cursor is in the field, unless the field types its usual key ("a", "q").
"""

from __future__ import annotations

import pytest

from bounceback_tui.ui.binding_catalogue import check_keymap
from bounceback_tui.ui.keymap_check import check_against, stored_scopes


@pytest.mark.parametrize(
    ("binding_id", "written", "key", "means"),
    [
        ("reframe.next", "ctrl+k", "ctrl+k", "delete all to the right"),
        ("import.by_hand", "ctrl+w", "ctrl+w", "delete left to start of word"),
        ("app.refresh", "ctrl+u", "ctrl+u", "delete"),
        ("app.palette", "ctrl+k", "ctrl+k", "would lose that key"),
        ("writing.timer", "ctrl+a", "ctrl+a", "start"),
        ("pick.cancel", "home", "home", "start"),
        ("pick.choose", "ctrl+w", "ctrl+w", "would lose that key"),
        ("message.close", "ctrl+e", "ctrl+e", "end"),
        ("message.sent", "ctrl+w", "ctrl+w", "would lose that key"),
        ("form.save", "ctrl+w", "ctrl+w", "delete left to start of word"),
    ],
)
def test_a_text_field_key_is_refused_for_a_binding_heard_while_typing(
    binding_id: str, written: str, key: str, means: str
) -> None:
    for checked in (check_keymap({binding_id: written}), _stored({binding_id: written})):
        assert checked.keymap.get(binding_id) is None, checked.keymap
        (sentence,) = checked.problems
        start = f"{binding_id} was not changed: in a text field {key} "
        assert sentence.startswith(start), sentence
        assert "text field" in sentence and means in sentence.lower(), sentence


@pytest.mark.parametrize(
    "keymap",
    [
        {"confirm.yes": "ctrl+w"},  # a yes-or-no question holds no text field
        {"pipeline.add": "ctrl+w"},  # the Pipeline's list has the key; its filter is passing
        {"form.save": "ctrl+t"},  # no field uses ctrl+t
        {"pick.up": "up"},  # its own usual key, given again
    ],
)
def test_a_key_no_field_takes_from_the_binding_is_applied(keymap: dict[str, str]) -> None:
    for checked in (check_keymap(keymap), _stored(keymap)):
        assert checked.problems == []
        assert {key: checked.keymap[key] for key in keymap} == keymap


def _stored(keymap: dict[str, str]):  # type: ignore[no-untyped-def]
    """The check the app runs before its first paint, on the keys docs/keymap.py wrote."""
    scopes = stored_scopes()
    assert scopes is not None
    return check_against(keymap, scopes)
