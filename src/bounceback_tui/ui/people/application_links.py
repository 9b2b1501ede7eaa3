"""People: linking a person to an application (`l`) and taking them off one (`L`)."""

from __future__ import annotations

from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import people_edits
from bounceback_tui.ui.kit.text import plain, toast_with
from bounceback_tui.ui.people.listing import PeopleListing


class ApplicationLinks(PeopleListing):
    """`l` picks from the applications not linked yet; `L` from the linked ones."""

    def action_link(self) -> None:
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        if row is None:
            return
        try:
            choices = people_edits.application_choices(self.bb_app.db, row.id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        items = [(c.id, f"{c.company} — {c.role}", c.stage.label) for c in choices if not c.linked]

        def chosen(app_id: int | None) -> None:
            if app_id is None:
                return
            try:
                people_edits.link_application(self.bb_app.db, row.id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self._after_change(row.id)
            company = next((c.company for c in choices if c.id == app_id), "")
            self.notify(toast_with("Linked $name to $company.", name=row.name, company=company))

        if choices:
            empty = "Linked to every application already."
        else:  # an empty store: say where applications come from
            empty = (
                f"No applications yet: add one on the Pipeline "
                f"({self.bb_app.key_label('pane.pipeline', '2')}, then "
                f"{self.bb_app.key_label('pipeline.add', 'a')})."
            )
        self.app.push_screen(PickScreen(f"Link {row.name} to an application", items, empty), chosen)

    def action_unlink(self) -> None:
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        linked = self._linked()
        if row is None or not linked:
            return

        def chosen(app_id: int | None) -> None:
            if app_id is None:
                return
            try:
                people_edits.unlink_application(self.bb_app.db, row.id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self._after_change(row.id)
            self.notify("Unlinked. The log keeps what happened.")

        self.app.push_screen(
            PickScreen(f"Take {row.name} off an application", self._linked_picks(), ""),
            chosen,
        )
