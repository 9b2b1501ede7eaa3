"""What the kit asks of the app that hosts its panes, named as a protocol.

A pane re-reads its data only when the store (or the day) changed since it last read.
It asks the app for a stamp of both; an app that keeps no store (the kit's own tests
mount panes in a bare ``App``) does not offer one, and its panes simply always read.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

# (store version, day): a pane is up to date while the stamp it read at still holds.
Stamp = tuple[int, date]


@runtime_checkable
class PaneHost(Protocol):
    def data_stamp(self) -> Stamp:
        """The store's version and today's date, as of now."""
        ...

    def only_own_writes(self, since: Stamp, now: Stamp) -> bool:
        """Whether every write between the two stamps came from this window."""
        ...
