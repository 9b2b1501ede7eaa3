"""The settings screen's two template editors: the recovery plan template (add, reword,
move, retire a step, or go back to the built-in steps) and the message templates (People's
and Recovery's drafts). Each change is one transaction; one another window made first is
said, and nothing of this one is written (a message template's form asks, as every form
that saves against what it read does: reload, or save mine over it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from bounceback_tui.errors import BouncebackError, ConflictError, DeletedElsewhereError
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.form_conflict import conflict_lines
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_step_note, kept_template_note
from bounceback_tui.ui.kit.text import (
    ContentNotify,
    markup_with,
    plain,
    step_toast,
    toast_with,
)
from bounceback_tui.ui.recovery.template import TemplateEditor, template_form

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


# Said in the form of a message that has built-in words for a no on paper too.
ON_PAPER_NOTE = (
    "A no that came before any conversation (at Saved or Applied) gets built-in words of its "
    "own, with no call or team in them, until you write yours here. Yours go with every no."
)


class MessageTemplateList(ChoiceList):
    """The message kinds; Enter edits one's template (People's and Recovery's drafts)."""

    def on_mount(self) -> None:
        from bounceback_tui.domain.messages import MessageKind

        self.add_options(Option(kind.label, id=kind.value) for kind in MessageKind)
        # One row highlighted from the start: Enter opens it on the first press (with none,
        # Enter did nothing until an arrow key had been pressed: a stranger's walk).
        self.highlighted = 0


class TemplateEdits(ContentNotify, Screen[None]):
    """The settings screen's part that edits templates (SettingsScreen builds on it)."""

    # When the plan template shown was read (the screen sets it as it reads it first): a
    # restore since is what a change met, not another window.
    _template_read_at = 0.0

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if not isinstance(event.option_list, MessageTemplateList) or event.option.id is None:
            return
        event.stop()
        self._edit_template(event.option.id)

    def _edit_template(self, kind_value: str) -> None:
        from bounceback_tui.domain.messages import (
            BODY_LIMIT,
            ON_PAPER_TEMPLATES,
            PLACEHOLDERS,
            SUBJECT_LIMIT,
            MessageKind,
            placeholder_typos,
            unknown_placeholders,
            validate_template,
        )
        from bounceback_tui.errors import ValidationError
        from bounceback_tui.services import messages as message_service
        from bounceback_tui.services.kept_edits import message_template_kept
        from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard

        kind = MessageKind(kind_value)
        db = self.bb_app.db
        try:
            # Read as the editor opens: its save names this (compare-and-set).
            read = message_service.template_read(db, kind)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Not opened")
            return
        listed = ", ".join("{" + name + "} " + what for name, what in PLACEHOLDERS.items())
        intro = "Placeholders: " + listed + "."
        if kind in ON_PAPER_TEMPLATES:
            intro += "\n" + ON_PAPER_NOTE
        placeholders = plain(intro)
        guard = SaveGuard(read.version, can_save_as_new=False)
        shown = [read.template]  # the text the form shows as read (a reload replaces it)
        kept: list[bool] = []  # saved as it opened: nothing written (kept_edits.py)

        def submit(values: dict[str, str]) -> list[str]:
            # The guard's version: as read, reloaded, or (save mine over it) the one the
            # conflict found; None would save over whatever is there.
            seen = (
                None
                if guard.version is None
                else message_service.TemplateRead(shown[0], guard.version)
            )
            kept.clear()
            if not (values.get("body") or "").strip():
                if message_template_kept(db, kind, None, seen):
                    kept.append(True)
                else:
                    message_service.reset_template(db, kind, read=seen)  # the built-in one
                return []
            template = validate_template(values)
            if typos := placeholder_typos(template):
                raise ValidationError(typos)
            if message_template_kept(db, kind, template, seen):
                kept.append(True)
                return []
            message_service.save_template(db, kind, template, read=seen)
            return unknown_placeholders(template)  # saved as typed, and said (below)

        def reload() -> tuple[dict[str, str], int]:
            fresh = message_service.template_read(db, kind)
            shown[0] = fresh.template
            return {"subject": fresh.template.subject, "body": fresh.template.body}, fresh.version

        def values_now(current: dict[str, object]) -> dict[str, str]:
            return message_service.template_values_of(kind, current)

        def done(unknown: list[str] | None) -> None:
            if unknown is not None and kept:
                self.notify(kept_template_note(kind.label), title=NOTHING_CHANGED)
            elif unknown is not None:
                self.notify(toast_with("Saved the template for “$kind”.", kind=kind.label))
            if unknown:
                names = ", ".join("{" + name + "}" for name in unknown)
                self.notify(
                    toast_with(
                        "$names: not a placeholder, so a draft shows it as typed.", names=names
                    ),
                    severity="warning",
                    title="Not a placeholder",
                )
            self.query_one(MessageTemplateList).focus()

        self.app.push_screen(
            FormScreen(
                markup_with("Template: $kind", kind=kind.label),
                (
                    FieldSpec(
                        "subject",
                        "Subject",
                        value=read.template.subject,
                        max_length=SUBJECT_LIMIT,
                    ),
                    FieldSpec(
                        "body",
                        "Message",
                        kind="multiline",
                        value=read.template.body,
                        help="Empty it to go back to the built-in one.",
                        max_length=BODY_LIMIT,
                    ),
                ),
                submit,
                intro=placeholders,
                guard=guard,
                reload=reload,
                values_now=values_now,
            ),
            done,
        )

    def on_template_editor_change(self, event: TemplateEditor.Change) -> None:
        event.stop()
        db, row, editor = self.bb_app.db, event.row, event.editor
        if event.asked == "add":

            def added(key: str | None) -> None:
                if key:
                    self._show_template(editor, key)
                    self.notify("Added to the template. New plans will include it.")

            self.app.push_screen(template_form(db, None, event.group_key), added)
        elif event.asked == "reword":
            assert row is not None

            kept: list[str] = []  # saved as it opened: nothing written (kept_edits.py)

            def closed(key: str | None) -> None:
                # Saved, or closed after a conflict: show the template as it is now.
                self._show_template(editor, key or row.key)
                if key and kept:
                    self.notify(kept_step_note(kept[-1]), title=NOTHING_CHANGED)

            self.app.push_screen(template_form(db, row, row.group_key, kept), closed)
        elif event.asked == "move":
            assert row is not None and event.neighbour is not None
            other = event.neighbour
            self._change_template(
                editor,
                lambda: template_service.move_template_step(
                    db,
                    row.key,
                    event.direction,
                    expected_version=row.version,
                    neighbour=(other.key, other.version),
                ),
                row.key,
            )
        elif event.asked in ("retire", "restore"):
            assert row is not None
            retire = event.asked == "retire"
            changed = self._change_template(
                editor,
                lambda: template_service.set_template_step_retired(
                    db, row.key, retire, expected_version=row.version
                ),
                row.key,
            )
            if changed and retire:
                self.notify(
                    step_toast(
                        "Retired “$step”: new plans leave it out. Space brings it back.",
                        row.title,
                    )
                )
        else:
            self._confirm_template_reset(editor, event.shown)

    def _show_template(self, editor: TemplateEditor, keep: str | None = None) -> None:
        editor.show(template_service.list_template(self.bb_app.db), keep)
        self._template_read_at = time.time()

    def _change_template(
        self, editor: TemplateEditor, change: Callable[[], object], keep: str | None = None
    ) -> bool:
        """Make one change, then show the template as it is now. A change another window
        made first (ConflictError) is said, and nothing of this one is written."""
        try:
            change()
        except ConflictError as exc:
            # The template itself is never gone; a step of it may be.
            gone = isinstance(exc, DeletedElsewhereError)
            said = conflict_lines(self.app, self._template_read_at, exc, gone=gone)[0]
            self.notify(plain(said), severity="warning", title="Nothing changed")
            self._show_template(editor, keep)
            return False
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Nothing changed")
            self._show_template(editor, keep)
            return False
        self._show_template(editor, keep)
        return True

    def _confirm_template_reset(self, editor: TemplateEditor, shown: dict[str, int]) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes and self._change_template(
                editor, lambda: template_service.reset_template(self.bb_app.db, expected=shown)
            ):
                self.notify("The template is back to the built-in steps.")

        self.app.push_screen(
            ConfirmScreen(
                "Go back to the built-in template?",
                "Your added and reworded steps leave the template. Plans you already have "
                "keep their steps.",
                confirm_label="Reset",
                cancel_label="Keep mine",
            ),
            answered,
        )
