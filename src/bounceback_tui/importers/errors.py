"""The one error every failed fetch raises: a single sentence written for the person."""

from __future__ import annotations

from bounceback_tui.errors import BouncebackError


class FetchError(BouncebackError):
    """Nothing could be imported; the message says what happened, in one sentence."""
