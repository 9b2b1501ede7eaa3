"""A form's save met a newer version of its record: say what changed, let the person choose.

Changed elsewhere: reload (drop my edits) or save mine over it (my changes over theirs;
what I did not change keeps theirs: ``keep_theirs``); reload alone when saving over it cannot
work (``ConflictError.settled``: a rejection recorded there is already one). Deleted
elsewhere: save it as a new record, or discard; a record that cannot stand on its own (a
step of a plan that was deleted) offers only discard, with a button back to the text to copy
it first.
Escape goes back to the form with everything typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.button import ButtonVariant

from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.text import plain


@dataclass
class SaveGuard:
    """What a form's save is conditional on; its ``submit`` reads it at each save.

    ``version``: the version of the record the form shows (None: save over whatever is
    there, once the person chose to). ``as_new``: the record was deleted elsewhere and
    the person chose to save what they typed as a new one.
    """

    version: int | None
    as_new: bool = False
    # False when the save can only update a record (marking a rejection, a follow-up, a
    # step's note): the dialog then offers discard, not "save as new".
    can_save_as_new: bool = True


def changed_there(
    labels: Sequence[tuple[str, str]],
    read: Mapping[str, str],
    now: Mapping[str, str],
    typed: Mapping[str, str],
) -> str:
    """One sentence naming the fields (by their labels, in the form's order) whose value in
    the store now differs from what the form read, and which of those the person changed
    too: "Changed there: Stage and Notes. You changed Notes too." Plain text, for
    ``ConflictScreen(changed_there=...)``."""
    theirs = [(name, label) for name, label in labels if now.get(name, read[name]) != read[name]]
    if not theirs:
        return "No field of this form changed there."
    both = [label for name, label in theirs if typed.get(name, read[name]) != read[name]]
    sentence = f"Changed there: {_and([label for _name, label in theirs])}."
    return f"{sentence} You changed {_and(both)} too." if both else sentence


def keep_theirs(
    read: Mapping[str, str], now: Mapping[str, str], typed: Mapping[str, str]
) -> dict[str, str]:
    """What "save mine over it" saves: the person's value in each field they changed, and
    the store's in each they did not. All the typed values were saved, so a field changed
    only in the other window went back to what this form had read (two windows, Role
    changed in both and the follow-up only there: the follow-up was lost)."""
    return {
        name: now[name] if value == read.get(name) and name in now else value
        for name, value in typed.items()
    }


class _Field(Protocol):
    """A form field as the dialog reads it (``ui/kit/form.FieldSpec``)."""

    @property
    def name(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def options(self) -> tuple[tuple[str | Content, str], ...]: ...


@dataclass(frozen=True)
class Named:
    """A field of a page that is not a form (a Reframe step), as ``now_there`` reads it."""

    name: str
    label: str
    options: tuple[tuple[str | Content, str], ...] = ()


# How much of a value the dialog quotes, and of how many fields.
QUOTED_CHARACTERS = 40
QUOTED_FIELDS = 4


def now_there(fields: Sequence[_Field], read: Mapping[str, str], now: Mapping[str, str]) -> str:
    """What the fields another window changed read now, quoted (a dropdown by its label; a
    long or many-line text by its start): 'Now there: Role “Senior Analyst”; Stage
    “Interviewing”.' "Changed there: Role" alone left the person to choose between their
    text and one they could not see (a stranger's walk, sixteenth round). Plain text."""
    quoted = []
    for field in fields:
        value = now.get(field.name, read.get(field.name, ""))
        if value == read.get(field.name, ""):
            continue
        labels = {option: str(label) for label, option in field.options}
        text = " ".join(labels.get(value, value).split())
        text = cut_near_word(text, QUOTED_CHARACTERS)
        quoted.append(f"{field.label} “{text}”" if text else f"{field.label} empty")
    if not quoted:
        return ""
    more = len(quoted) - QUOTED_FIELDS
    shown = "; ".join(quoted[:QUOTED_FIELDS]) + (f"; and {more:,} more" if more > 0 else "")
    return f"Now there: {shown}."


def told_apart(
    fields: Sequence[_Field],
    read: Mapping[str, str],
    now: Mapping[str, str],
    typed: Mapping[str, str],
) -> tuple[str, str]:
    """``changed_there`` and ``now_there`` for a form's fields; two empty texts when what
    the record reads now is not known (``now`` empty)."""
    if not now:
        return "", ""
    labels = [(field.name, field.label) for field in fields]
    return changed_there(labels, read, now, typed), now_there(fields, read, now)


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


ConflictChoice = Literal["reload", "overwrite", "as_new", "discard"]


class ConflictScreen(ModalScreen[ConflictChoice | None]):
    """Returns the person's choice, or None to keep editing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('reload')", "Reload", id="conflict.reload"),
        Binding("o", "choose('overwrite')", "Save my changes", id="conflict.overwrite"),
        Binding("n", "choose('as_new')", "Save as new", id="conflict.as_new"),
        Binding("d", "choose('discard')", "Discard", id="conflict.discard"),
        Binding("escape", "choose(None)", "Keep editing", id="conflict.back"),
    ]
    DEFAULT_CLASSES = "confirm-screen conflict-screen"

    def __init__(
        self,
        what_changed: str,
        *,
        deleted: bool,
        can_save_as_new: bool = True,
        changed_there: str = "",
        now_there: str = "",
        settled: str = "",
    ) -> None:
        super().__init__()
        # Why saving over it cannot work (``ConflictError.settled``): reload is all it offers.
        self.settled = "" if deleted else settled
        self.what_changed = what_changed
        self.deleted = deleted
        self.can_save_as_new = can_save_as_new
        # What the other window wrote, when the caller can tell (a step's answer, the
        # fields of a form that changed there): without it, the person chose between their
        # text and one they could not see.
        self.changed_there = changed_there
        self.now_there = now_there  # what those fields read now (``now_there``)

    @property
    def choices(self) -> tuple[ConflictChoice, ...]:
        if self.settled:
            return ("reload",)
        if not self.deleted:
            return ("reload", "overwrite")
        return ("as_new", "discard") if self.can_save_as_new else ("discard",)

    def compose(self) -> ComposeResult:
        # The sentence names the person's own record: plain text, never markup.
        with Vertical(classes="confirm-box"):
            yield Static(plain(self.what_changed), classes="confirm-question")
            if self.changed_there:
                yield Static(plain(self.changed_there), classes="confirm-detail")
            if self.now_there:
                yield Static(plain(self.now_there), classes="confirm-detail")
            yield Static(plain(self.detail), classes="confirm-detail")
            with ButtonRow(classes="form-buttons"):
                for button_id, label, variant in self._buttons():
                    yield Button(label, variant=variant, id=button_id, compact=True)

    @property
    def detail(self) -> str:
        """What each choice does. "Save yours over it" (and a button "Save mine over it")
        read as losing the other window's changes, though a field only that window changed
        keeps its value (``keep_theirs``): a new user's walk."""
        if self.settled:
            return self.settled
        if self.deleted and not self.can_save_as_new:
            return "It cannot be saved now. Go back to copy what you typed, or discard it."
        if self.deleted:
            return "Save what you typed as a new one, or discard it."
        return "Reload drops your edits; saving adds them to the other window's."

    def _buttons(self) -> list[tuple[str, str, ButtonVariant]]:
        """The dialog's buttons in their order: (id, label, variant). The key bar under the
        dialog names their keys in this order, with these words (kit/bar_bindings.py): the
        dialog has no keys line of its own, which said "r reload  o mine  Esc back"."""
        if self.deleted and not self.can_save_as_new:
            return [("back", "Back to my text", "primary"), ("discard", "Discard", "error")]
        if self.deleted:
            return [("as_new", "Save as new", "primary"), ("discard", "Discard", "error")]
        if self.settled:
            return [("reload", "Reload", "primary")]
        return [("reload", "Reload", "primary"), ("overwrite", "Save my changes", "error")]

    def on_mount(self) -> None:
        # The safe choice has focus: reloading, or (deleted) keeping what was typed.
        safe = "back" if self.choices == ("discard",) else self.choices[0]
        self.query_one(f"#{safe}", Button).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose" and parameters and parameters[0] is not None:
            return parameters[0] in self.choices
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(None if event.button.id == "back" else event.button.id)

    def action_choose(self, choice: str | None) -> None:
        if choice is None or choice in self.choices:
            self.dismiss(choice)
