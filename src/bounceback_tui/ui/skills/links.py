"""Where an item leads: its first link (`o`) and the rejection it came from (`s`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.domain.skills import (
    SourceKind,
)
from bounceback_tui.ui.kit.text import toast_with

if TYPE_CHECKING:
    pass

from bounceback_tui.ui.skills.listing import SkillsListing


class ItemLinks(SkillsListing):
    """`o` opens the item's first link; `s` shows the Recovery plan it came from."""

    def action_open_link(self) -> None:
        from bounceback_tui.domain.applications import normalize_link

        row = self.selected
        if row is None:
            return
        if not row.first_link:
            edit = self.bb_app.key_label("skills.edit", "e")
            self.notify(toast_with("No link on this item yet. Press $key to add one.", key=edit))
            return
        try:
            url = normalize_link(row.first_link)
        except ValueError:
            url = ""
        if not url:
            self.notify(
                toast_with(
                    "This link looks broken: $link. Press $key to fix it.",
                    link=row.first_link[:80],
                    key=self.bb_app.key_label("skills.edit", "e"),
                ),
                severity="warning",
                title="Not opened",
            )
            return
        self.app.open_url(url)

    async def action_open_source(self) -> None:
        row = self.selected
        if row is None:
            return
        if row.rejection_id is None:
            self.notify(
                "This item was typed by hand, so there is no source to open."
                if row.source_kind is SourceKind.MANUAL
                else "The rejection this came from has since been deleted."
            )
            return
        await self.bb_app.go_to("recovery", row.rejection_id)
