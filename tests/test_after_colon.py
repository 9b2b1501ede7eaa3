"""A failure's own sentence joined after "That did not work:" starts in lower case where its
first word is a common one; a name or a path keeps its letters (a tester read "That did not
work: The backup …" and "That did not work: The folder …")."""

from __future__ import annotations

import pytest

from bounceback_tui.ui.kit.text import after_colon


@pytest.mark.parametrize(
    ("said", "joined"),
    [
        ("The backup x.sqlite3 is damaged.", "the backup x.sqlite3 is damaged."),
        (
            "The folder /tmp/d is read-only or not yours.",
            "the folder /tmp/d is read-only or not yours.",
        ),
        ("A copy was kept.", "a copy was kept."),
        ("Nothing was changed.", "nothing was changed."),
        ("Initech holds it.", "Initech holds it."),
        ("/tmp/The store is gone.", "/tmp/The store is gone."),
        ("THE STORE", "THE STORE"),
        ("", ""),
    ],
)
def test_a_common_first_word_is_lower_cased_and_a_name_is_kept(said: str, joined: str) -> None:
    assert after_colon(said) == joined
