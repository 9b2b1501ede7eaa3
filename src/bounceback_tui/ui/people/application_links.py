"""People: linking a person to an application (`l`) and taking them off one (`L`)."""

from __future__ import annotations

from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import people_edits
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
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
            self.notify(plain(exc), severity="error", title="Not linked")
            return
        items = [
            (c.id, app_name(c.company, c.role), c.stage.label) for c in choices if not c.linked
        ]

        def chosen(app_id: int | None) -> None:
            if app_id is None:
                return
            try:
                people_edits.link_application(self.bb_app.db, row.id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error", title="Not linked")
                return
            self._after_change(row.id)
            app = next((app_name(c.company, c.role) for c in choices if c.id == app_id), "")
            self.notify(toast_with("Linked $name to $app.", name=row.name, app=app))

        if choices:
            empty = "Linked to every application already."
        else:  # an empty store: say where applications come from
            empty = (
                f"No applications yet: add one on the Pipeline "
                f"({self.bb_app.key_label('pane.pipeline', '2')}, then "
                f"{self.bb_app.key_label('pipeline.add', 'a')})."
            )
        self.app.push_screen(
            PickScreen(f"Link {row.name} to an application", items, empty, verb="link"), chosen
        )

    def action_unlink(self) -> None:
        """Pick the application, then say what goes with the link (their places in its
        interviews) and ask: it took the link at once, left them in its interviews, and `u`
        had nothing to bring back (a tester's walk)."""
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        linked = self._linked()
        if row is None or not linked:
            return

        def chosen(app_id: int | None) -> None:
            if app_id is not None:
                self._ask_to_unlink(row.id, row.name, app_id)

        self.app.push_screen(
            PickScreen(f"Take {row.name} off an application", self._linked_picks(), ""),
            chosen,
        )

    def _ask_to_unlink(self, contact_id: int, name: str, app_id: int) -> None:
        from bounceback_tui.domain.wording import plural
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        applications = self._detail.applications if self._detail is not None else ()
        this = next((a for a in applications if a.id == app_id), None)
        company = this.company if this is not None else ""
        if this is not None and sum(a.company == company for a in applications) > 1:
            company = app_name(company, this.role)  # two roles there: which one, as the list says
        try:
            together = people_edits.interviews_together(self.bb_app.db, contact_id, app_id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Still linked")
            return
        goes = (
            f"They come off its {plural(together, 'interview')} with it too. " if together else ""
        )
        undo = self.bb_app.key_label("people.undo", "u")
        detail = f"{goes}The log keeps what happened. {undo} undoes it straight after."

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                unlinked = people_edits.take_off_application(self.bb_app.db, contact_id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error", title="Still linked")
                return
            self._after_change(contact_id)
            if unlinked is None:
                self.notify(toast_with("$name was not linked to $company.", name=name,
                                       company=company))  # fmt: skip
                return
            self.remember_undo(unlinked)
            self.notify(
                toast_with("Took $name off $company.", name=name, company=company)
                + toast_with(
                    " The log keeps what happened. Press [b]$key[/b] to undo.",
                    key=self.bb_app.key_label("people.undo", "u"),
                )
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Take $name off $company?", name=name, company=company),
                plain(detail),
                confirm_label="Take off",
                cancel_label="Keep the link",
            ),
            answered,
        )
