"""`?` on a modal screen with keys of its own, as on the panes.

A modal screen does not see the app's bindings, so `?` on What's working, the job boards
or the answer bank did nothing (a stranger's walk). Such a screen adds ``HELP_KEY`` to its
``BINDINGS`` and a ``HELP_TITLE`` (the help screen's heading, "Keys: What's working"). It
shares the app's binding id, so a keymap that moves `?` moves it here too.
"""

from __future__ import annotations

from textual.binding import Binding

HELP_KEY = Binding("question_mark", "app.help", "Keys", id="app.help")
