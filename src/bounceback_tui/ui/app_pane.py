"""The panes of this app: the kit's ``Pane``, with the app it runs in typed.

The kit knows only what it asks of any host (``kit.host.PaneHost``); a feature pane
also reaches the app's own services through ``bb_app``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from bounceback_tui.ui.kit.pane import Pane

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


class AppPane(Pane):
    """Base class for the six feature panes."""

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)
