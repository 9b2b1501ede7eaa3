"""The store's log (its -wal and -shm) is named in the same plain words wherever a refusal or
a note speaks of it being removed.

The two refusals said "(the -wal or -shm beside …)", SQLite's file endings, which tell a
person nothing of what was lost, and the window's note said the same in another order. All
three now say "the store's log file (its latest saves, kept beside …)".
"""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.store.replaced_file import log_removed_elsewhere_message, log_removed_message
from bounceback_tui.ui.store_replaced import log_removed_note

STORE = Path("/home/sam/.local/share/bounceback/bounceback.sqlite3")


def test_every_message_about_a_removed_log_names_it_in_words() -> None:
    said = [
        log_removed_message(STORE),
        log_removed_elsewhere_message(STORE),
        str(log_removed_note(STORE, 200)),  # a wide screen: the path whole
    ]
    for message in said:
        assert "-wal" not in message and "-shm" not in message, message
    assert said[0].startswith(
        f"The store's log file (its latest saves, kept beside {STORE}) was removed under this "
        "window; nothing was saved."
    )
    assert (
        "but the store's log file (its latest saves, kept beside it) was removed under that "
        "window; nothing was done."
    ) in said[1]
    assert said[2].startswith(
        f"The store's log file (its latest saves, kept beside {STORE}) was removed outside the app."
    )
