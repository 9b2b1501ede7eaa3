"""The message dialog's key bar keeps its keys in the dialog's own order, whatever the keys.

Found on the demo store (People `6`, `m`, Down, Enter): the bar read "^y Copy  ^s Mark as
sent  ^o Open in mail  Esc Close", Mark as sent (the dialog's button, first among its keys)
second, and with Mark as sent moved to ctrl+t in the keymap it read "^t Mark as sent  ^y
Copy ...": the order changed with the keys. The draft's box has a ctrl+y of its own (redo),
which Textual met first.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import settle, settle_workers

# What a person reads on the dialog: its button first, then its other keys, then the way out.
IN_ORDER = ["Mark as sent", "Copy", "Open in mail", "Close"]


async def _message_bar(app: Any, pilot: Any) -> list[tuple[str, str]]:
    from bounceback_tui.ui.people.message import MessageScreen

    for key in ("6", "m", "down", "enter"):
        await pilot.press(key)
        await settle_workers(pilot)
    assert isinstance(app.screen, MessageScreen)
    await settle(pilot, 4)
    return app.screen.query_one(KeyBar).shown()


@pytest.mark.parametrize(
    ("settings", "sent_key"),
    [
        ("", "^s"),
        ('[keymap]\n"message.sent" = "ctrl+t"\n', "^t"),
        ('[keymap]\n"message.copy" = "ctrl+b"\n"message.close" = "ctrl+q"\n', "^s"),
    ],
    ids=["usual keys", "mark as sent moved", "copy and close moved"],
)
async def test_the_message_bar_reads_in_the_dialog_s_order_whatever_the_keys(
    opened_paths: DataPaths, settings: str, sent_key: str
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, settings) as (app, pilot):
        shown = await _message_bar(app, pilot)
        assert [label for _keys, label in shown] == IN_ORDER, shown
        assert shown[0] == (sent_key, "Mark as sent"), shown
