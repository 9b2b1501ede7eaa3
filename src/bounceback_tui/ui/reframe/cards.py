"""Putting away a coping card (the palette's "Put away a coping card").

A card is kept from a finished reframe's summary (`c`) and Today shows one on a hard day.
There was no way to remove one: deleting its thought record leaves the card (the person kept
those words on purpose), and it went on showing (a stranger's walk, nineteenth round). The
palette lists the cards; the one chosen is put away after a yes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.errors import BouncebackError
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from bounceback_tui.services.care import CardRow
    from bounceback_tui.ui.app import BouncebackApp

NONE_YET = "No coping cards kept yet: c on a finished reframe's summary keeps one."


def put_away_card(app: BouncebackApp) -> None:
    """Pick a card, confirm, delete it (against the version it was listed at)."""
    from bounceback_tui.services.care import list_cards
    from bounceback_tui.ui.kit.cells import clip
    from bounceback_tui.ui.people.pick import PickScreen

    try:
        cards = {card.id: card for card in list_cards(app.db)}
    except BouncebackError as exc:
        app.notify(plain(exc), severity="error", title="Could not read the store")
        return
    if not cards:
        app.notify(NONE_YET)
        return

    def picked(card_id: int | None) -> None:
        if card_id is not None:
            _confirm(app, cards[card_id])

    items = [
        (card.id, clip(card.text, 70), "" if card.record_id else "its reframe deleted")
        for card in cards.values()
    ]
    app.push_screen(PickScreen("Put away which coping card?", items, NONE_YET), picked)


def _confirm(app: BouncebackApp, card: CardRow) -> None:
    from bounceback_tui.services.care import delete_card
    from bounceback_tui.ui.kit.cells import clip
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.kit.text import markup_with

    def answered(yes: bool | None) -> None:
        if not yes:
            return
        try:
            delete_card(app.db, card.id, expected_version=card.version)
        except BouncebackError as exc:
            app.notify(plain(exc), severity="warning", title="Nothing changed")
            return
        app.notify("Card put away. Today no longer shows it.")

    app.push_screen(
        ConfirmScreen(
            "Put this card away?",
            markup_with(
                "“$text”\nToday stops showing it on a hard day. Its reframe, if kept, stays.",
                text=clip(card.text, 160),
            ),
            confirm_label="Put away",
            cancel_label="Keep it",
        ),
        answered,
    )
