"""Adding and editing a Skills item: the form, empty, filled from a source (a Recovery
answer), or with the item's values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.content import Content

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.domain.skill_prefill import chosen_sentence, guess_kind, titles_from
from bounceback_tui.domain.skills import (
    WHY_LIMIT,
    SourceKind,
    parse_source_kind,
    title_key,
    validate_skill,
)
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.kept_edits import skill_kept
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_note
from bounceback_tui.ui.kit.text import markup_with, plain, ticked_in_plan, toast_with
from bounceback_tui.ui.kit.undo import added_note, undo_of_add

if TYPE_CHECKING:
    from datetime import date

    from bounceback_tui.services.added import Added
    from bounceback_tui.services.skills import SkillRow
    from bounceback_tui.ui.came_from import CameFrom
    from bounceback_tui.ui.skills.form import SkillFormValues

from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.skills.listing import SkillsListing


def _form_values(row: SkillRow) -> SkillFormValues:
    """An item as the edit form's starting values."""
    from bounceback_tui.ui.skills.form import SkillFormValues

    return SkillFormValues.of(
        title=row.title,
        kind=row.kind.value,
        why=row.why,
        target_date=row.target_date.isoformat() if row.target_date else "",
        resources=row.resources,
        notes=row.notes,
    )


class ItemForms(SkillsListing):
    """`a` adds an item, `e` (or Enter) edits the one under the cursor."""

    def action_add(self) -> None:
        self._open_form("New skill item", values=None)

    def add_from_source(
        self,
        *,
        text: str,
        source_kind: str,
        rejection_id: int | None = None,
        recovery_step_id: int | None = None,
        nth: int = 0,
        came_from: CameFrom | None = None,
    ) -> None:
        """Open the add form prefilled from a reflection or feedback answer, its source linked.

        An answer that names several skills ("They wanted more SQL and stakeholder
        experience") makes one item at a time: the ``nth``, and once it is saved the next
        is offered. Nothing is stored until the person saves the form. Opened from another
        pane (``came_from``: `s` on a plan), it goes back there once the person is done,
        whether the form was saved or not, as a thought record begun there does."""
        from bounceback_tui.ui.skills.form import SkillFormValues

        try:
            kind = parse_source_kind(source_kind)
        except ValueError as exc:
            self.notify(plain(exc), severity="error", title="Not opened")
            return
        context = skill_service.source_context(self.bb_app.db, rejection_id, recovery_step_id)
        if rejection_id is not None and context is None:
            self.notify(gone_elsewhere("That rejection"), severity="warning", title="Not found")
            return
        intro = Content("")
        if kind is not SourceKind.MANUAL:
            on = (
                markup_with(" on $company ($role)", company=context.company, role=context.role)
                if context is not None
                else Content("")
            )
            intro = (
                markup_with("From $kind", kind=kind.label)
                + on
                + markup_with(". Nothing is stored until you save; the item stays linked to it.")
            )
        why = " ".join(text.split())
        why = cut_near_word(why, WHY_LIMIT)  # the full answer stays on the plan
        titles = titles_from(text)
        title = titles[min(nth, len(titles) - 1)]
        sentence = chosen_sentence(text)
        # A shortened title keeps the sentence it came from in the notes, unless "Why it
        # matters" holds it already (both held the whole answer: a new user's walk). No
        # title to offer ("Not really."): the title is left to the person, the answer kept
        # under "Why it matters" as every answer is, and in the notes only if cut there.
        notes = sentence if title.rstrip("…") != sentence.rstrip(".!?") else ""
        if not title:
            notes = " ".join(text.split())
        if notes and why.startswith(notes):
            notes = ""
        # The kind from the title's own words: "Stakeholder communication, because my CV
        # only lists tools" is a soft skill, not the resume the CV later in it named.
        values = SkillFormValues(title=title, kind=guess_kind(title).value, why=why, notes=notes)

        def back() -> None:
            if came_from is not None:
                from bounceback_tui.ui.came_from import go_back

                self.call_later(go_back, self.bb_app, came_from)

        def offer_the_next(saved: bool) -> None:
            if not saved or nth + 1 >= len(titles):
                back()
                return
            self._offer_next(
                titles[nth + 1],
                lambda: self.add_from_source(
                    text=text,
                    source_kind=source_kind,
                    rejection_id=rejection_id,
                    recovery_step_id=recovery_step_id,
                    nth=nth + 1,
                    came_from=came_from,
                ),
                back,
            )

        def open_it(asked: bool = False) -> None:
            self._open_form(
                "New skill item",
                values=values,
                intro=intro,
                source=(kind, rejection_id, recovery_step_id),
                then=offer_the_next,
                elsewhere=came_from is not None,
                asked_about=title if asked else "",
            )

        # One open already has this title (a second `s`): asked, never added without a word.
        if (same := skill_service.open_skill_titled(self.bb_app.db, title)) is not None:
            from bounceback_tui.ui.skills.same_title import ask_before_a_second

            ask_before_a_second(self, same, lambda: open_it(asked=True))
            return
        open_it()

    def _offer_next(
        self, title: str, add: Callable[[], None], declined: Callable[[], None]
    ) -> None:
        """After an item from an answer that names more skills: ask about the next one."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                add()
            else:
                declined()

        self.app.push_screen(
            ConfirmScreen(
                markup_with("The same answer names “$title” too. Add it as an item?", title=title),
                "It keeps the same answer under “Why it matters”, linked to the same no.",
                confirm_label="Add it",
                cancel_label="Not now",
                danger=False,
            ),
            answered,
        )

    def action_edit(self) -> None:
        row = self.selected
        if row is None:
            return
        self._open_form(
            "Edit skill item",
            values=_form_values(row),
            skill_id=row.id,
            version=row.version,
            stored_target=row.target_date,
        )

    def _open_form(
        self,
        title: str,
        *,
        values: SkillFormValues | None,
        intro: Content | str = "",
        skill_id: int | None = None,
        version: int | None = None,
        source: tuple[SourceKind, int | None, int | None] | None = None,
        stored_target: date | None = None,
        then: Callable[[bool], None] | None = None,
        elsewhere: bool = False,
        asked_about: str = "",
    ) -> None:
        """The form; ``then`` is told, once it closes, whether it was saved. ``elsewhere``:
        opened from another pane, and going back there, the note says where the item went.
        A new item with an open one's title is asked about on saving, unless that title is
        ``asked_about`` (the person said "Add another" before the form opened)."""
        from dataclasses import asdict

        from bounceback_tui.ui.kit.form import SaveGuard
        from bounceback_tui.ui.skills.form import SkillFormScreen, skill_fields

        db = self.bb_app.db
        # An edit names the version it opened on; another window's change is a conflict.
        guard = SaveGuard(version) if skill_id is not None else None
        # The target date the item had when read (a reload reads it again): that one may
        # have passed since, and can stay.
        target_read = [stored_target]
        # The title the item had when read: an edit that keeps it is not asked about.
        title_read = [values.title if values is not None else ""]
        # The plan step a new item from a rejection ticked ("Pick one skill to grow"), and
        # what `u` needs to take the add back.
        ticked: list[str | None] = [None]
        receipt: list[Added | None] = [None]
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

        def submit(form: dict[str, str]) -> int:
            as_new = guard is not None and guard.as_new
            # A copy saved as new is a new item: a passed target is refused, not kept.
            stored = None if as_new else target_read[0]
            data = validate_skill(form, clock.today(), stored_target=stored)
            if skill_id is not None and not as_new:
                version = guard.version if guard else None
                unchanged[0] = skill_kept(db, skill_id, data, version)
                if not unchanged[0]:
                    skill_service.update_skill(db, skill_id, data, expected_version=version)
                return skill_id
            from bounceback_tui.services.skill_from_plan import add_skill_ticking

            kind, rejection_id, step_id = source or (SourceKind.MANUAL, None, None)
            added = add_skill_ticking(
                db, data, source_kind=kind, rejection_id=rejection_id, recovery_step_id=step_id
            )
            ticked[0], receipt[0] = added.ticked, added.receipt
            return added.id

        def saved(result: int | None) -> None:
            if result is None:
                return
            self._after_change(result)
            verb = "Saved" if skill_id is not None else "Added to Skills" if elsewhere else "Added"
            found = self._find(result)
            title = found.title if found is not None else ""
            if unchanged[0]:
                self.notify(kept_note(title), title=NOTHING_CHANGED)
                return
            if ticked[0]:  # as a sent message names the step it ticked (people/message.py)
                done = toast_with("$verb: $title" if title else "$verb", verb=verb, title=title)
                said = ticked_in_plan(done, ticked[0])
            else:
                stop = "." if skill_id is None else ""  # an add's note goes on after it
                said = (
                    toast_with(f"$verb: $title{stop}", verb=verb, title=title)
                    if title
                    else toast_with("$verb.", verb=verb)
                )
            if (added := receipt[0]) is not None and added.row_id == result:
                # `u` takes the add back, tick and all; it replaces what `u` held (kit/undo.py).
                # Opened from a plan, the person is back there, where `u` is the plan's own.
                self.remember_undo(undo_of_add(db, added))
                said = said if elsewhere else added_note(self, said)
            self.notify(said)

        def reload() -> tuple[dict[str, str], int] | None:
            assert skill_id is not None
            try:
                fresh = skill_service.get_skill(db, skill_id)
            except BouncebackError:
                return None
            target_read[0], title_read[0] = fresh.target_date, fresh.title
            return asdict(_form_values(fresh)), fresh.version

        def now(_columns: dict[str, object]) -> dict[str, str]:
            """The form's values of the item as stored now, for the conflict dialog to name
            the fields another window changed. Read again, not from the conflict's columns:
            its links and notes are rows of their own (a change to them moves the item's
            version too)."""
            assert skill_id is not None
            try:
                return asdict(_form_values(skill_service.get_skill(db, skill_id)))
            except BouncebackError:
                return {}  # gone since: nothing to name

        def editing() -> bool:
            """Saving changes the stored item: not an add, nor an edit saved as new."""
            return skill_id is not None and not (guard is not None and guard.as_new)

        def same_open(form: dict[str, str]) -> str | None:
            """The open item a new one, or one edited to a new title, would repeat
            (``services.skills.open_skill_titled``)."""
            edit = editing()
            try:
                data = validate_skill(form, clock.today(), stored_target=target_read[0])
            except BouncebackError:
                return None  # saving says what does not check out
            if asked_about and title_key(data.title) == title_key(asked_about):
                return None
            if edit and title_key(data.title) == title_key(title_read[0]):
                return None  # its own title, kept: two alike already were, or none
            other = skill_id if edit else None
            same = skill_service.open_skill_titled(db, data.title, other_than=other)
            return same.title if same is not None else None

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()  # closed after a conflict: show what is there now
            saved(result)
            if then is not None:
                then(result is not None)

        form = SkillFormScreen(
            title,
            skill_fields(values),
            submit,
            intro=intro,
            guard=guard,
            reload=reload if skill_id is not None else None,
            values_now=now if skill_id is not None else None,
            # A new item's kind follows its title as it is typed, until a kind is picked:
            # from a plan's Skills step too ("Tableau basics" stayed Other there).
            follow_title=skill_id is None,
            same_open=same_open,
            editing=editing,
        )
        self.app.push_screen(form, closed)

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.action_edit()
