"""A pane whose read failed says so where its rows would be, never as an empty list.

People on a store whose `contact` table had lost a column showed "Nobody here yet", with a
toast gone in seconds: a person would believe their people were deleted. A pane that names
what it shows (``Pane.UNREAD_WHAT``, "your people") gets, when a read fails before it has
shown any rows (or while it still cannot read), ``ReadFailedBox`` in place of its contents:
what could not be read, why (the error's own sentence), that nothing was deleted, and what to
do. Focus goes to the box, and the pane's own keys are refused while it is up (the key bar
leaves them out, a key pressed says why), so nothing is added over it as if it were empty.
A pane that has shown its rows keeps them when a later read fails, and a toast says why, as
before (kit/pane.py). Every pane with ``UNREAD_WHAT`` shares this one module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.errors import BouncebackError, NotADatabaseError, StoreLayoutError
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain

if TYPE_CHECKING:
    from textual.widget import Widget

# What a read or an action raises on to the app's one door for them (ui/app_store.py), never
# said where it met them: damage, and a table or column of the app's dropped meanwhile.
TO_THE_APP: tuple[type[BouncebackError], ...] = (NotADatabaseError, StoreLayoutError)

CheckAction = Callable[[Any, str, tuple[object, ...]], "bool | None"]
KeyNote = Callable[[Any, str, tuple[object, ...]], "str | Content | None"]


class ReadFailedBox(Static, can_focus=True):
    """What could not be read, why, and what to do; it holds focus while it is up."""

    DEFAULT_CLASSES = "read-failed"


def failed_text(app: object, what: str, problem: BouncebackError) -> Content:
    """ "Your people could not be read", why, that this is no empty list, and the key that
    reads again (as bound)."""
    return Content("\n\n").join(
        [
            plain(f"{what[:1].upper()}{what[1:]} could not be read", "bold $text-warning"),
            plain(problem),
            markup_with(
                "This is not an empty list. Nothing can be added or changed here until $what "
                "can be read; [b]$again[/b] reads the store again.",
                what=what,
                again=key_of(app, "app.refresh", "ctrl+r"),
            ),
        ]
    )


def refused_note(what: str) -> str:
    """What a pane key says while the box is up."""
    return f"Nothing can be added or changed here until {what} can be read."


class SaysUnread:
    """Mixed into ``Pane``: what it does when a read fails, and its keys refused meanwhile."""

    # What "… could not be read" calls the pane's rows ("your people"). Empty: a toast says
    # why a read failed, and the pane keeps what it showed.
    UNREAD_WHAT: ClassVar[str] = ""
    _read_ok = False  # whether a read has succeeded since the pane was made
    _read_state: ReadState | None = None  # the box and what it hid, once a read failed
    # What ``Pane.reload`` raises on rather than says, while ``read_guarded`` reads: its
    # ``to_the_app``. Else the base ``reload`` said them in the pane (a toast, the box) and
    # ``reread`` sent damage to the app's choices only from panes with a ``reload`` of their
    # own (Today, the Pipeline, Reframe); People, Recovery and Skills kept it inside.
    raised_on: tuple[type[BouncebackError], ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        guard_pane_class(cls)  # its keys refused while its box is up

    def read_failed(self, exc: BouncebackError) -> None:
        """A read failed: the box says so in place of rows never shown (``UNREAD_WHAT``), or
        a toast says why and the pane keeps what it showed."""
        if self.UNREAD_WHAT and not self._read_ok:
            show_failure(self, self.UNREAD_WHAT, exc)
        else:
            cast(Any, self).report(exc, title="Could not read the store")

    def reread(self, **select: Any) -> None:
        """``reload(**select)`` after an action (a refused one too), or the settings closed,
        where nothing else catches what it raises. A store that cannot be read now (busy past
        the wait, read-only, a full disk, a disk error) is said in plain words, and the pane
        keeps what it shows and the focus: these closed the app (a Pipeline move refused,
        then its re-read meeting a locked store). Damage, and a table or column of the app's
        dropped meanwhile, go to the app's one door for them (ui/app_store.py)."""
        self.read_guarded(select, TO_THE_APP)

    def read_guarded(
        self, select: dict[str, Any], to_the_app: tuple[type[BouncebackError], ...]
    ) -> None:
        """``reload(**select)``; a ``BouncebackError`` is said (``read_failed``), but for
        those ``to_the_app``, raised on: by the base ``Pane.reload`` too (``raised_on``)."""
        pane = cast(Any, self)
        before, self.raised_on = self.raised_on, to_the_app
        try:
            with said_or_raised(self.read_failed, to_the_app), reading(pane):
                pane.reload(**select)
        finally:
            self.raised_on = before


@contextmanager
def said_or_raised(
    say: Callable[[BouncebackError], object],
    to_the_app: tuple[type[BouncebackError], ...] = TO_THE_APP,
) -> Iterator[None]:
    """A ``BouncebackError`` raised inside is given to ``say``; those ``to_the_app`` are
    raised on, to the app's one door for them."""
    try:
        yield
    except to_the_app:
        raise
    except BouncebackError as exc:
        say(exc)


def read_again_or_say(screen: ContentNotify, reload: Callable[[], object]) -> None:
    """A screen's list read again after an action (a refused one too), as a pane's
    ``reread``: a store that cannot be read now is said in plain words and the screen keeps
    what it shows, never a crash; damage, or a table or column dropped, go to the app."""

    def say(exc: BouncebackError) -> None:
        screen.notify(plain(exc), severity="warning", title="Could not read the store")

    with said_or_raised(say):
        reload()


class ReadState:
    """A pane's box and what it hid, kept on the pane while a read has failed."""

    def __init__(self, box: ReadFailedBox) -> None:
        self.box = box
        self.hidden: list[Widget] = []
        self.up = False


def _state(pane: object) -> ReadState | None:
    return getattr(pane, "_read_state", None)


def is_up(pane: object) -> bool:
    """Whether ``pane`` shows the box now."""
    state = _state(pane)
    return state is not None and state.up


def box_up(pane: object) -> ReadFailedBox | None:
    """The box, while it is up: it takes the focus the pane's own would."""
    state = _state(pane)
    return state.box if state is not None and state.up else None


def show_failure(pane: Any, what: str, problem: BouncebackError) -> None:
    """Put the box in place of the pane's contents (mounted the first time), saying why."""
    state = _state(pane)
    if state is None:
        state = ReadState(ReadFailedBox())
        pane._read_state = state
        if pane.children:
            pane.mount(state.box, before=0)
        else:
            pane.mount(state.box)
    had_focus = pane.screen.focused
    for child in list(pane.children):
        if child is not state.box and child.display:
            child.display = False
            state.hidden.append(child)
    state.box.update(failed_text(pane.app, what, problem))
    state.box.display = True
    state.up = True
    if had_focus is None or had_focus is pane or pane in had_focus.ancestors:
        state.box.focus()
    pane.refresh_bindings()


@contextmanager
def reading(pane: Any) -> Iterator[None]:
    """Around a read: what the box hid is put back first, so the pane's own drawing sets it
    as it would. A read that fails raises, and ``read_failed`` puts the box up again; one
    that reads leaves it down and gives focus back to the pane's own."""
    state = _state(pane)
    on_box = False
    if state is not None and state.up:
        on_box = pane.screen.focused is state.box
        for child in state.hidden:
            child.display = True
        state.hidden.clear()
        state.box.display = False
        state.up = False
    yield
    if is_up(pane):  # the read failed and said so (a pane's reload catches its own)
        return
    pane._read_ok = True
    if state is not None:
        pane.refresh_bindings()
        if on_box:
            pane.focus_target_shown().focus()


def guard_pane_class(cls: Any) -> None:
    """A pane class's own ``check_action`` and ``refused_key_note`` wrapped (``guarded``),
    so that every pane's keys are refused while its box is up without each pane saying so."""
    own = cls.__dict__
    if "check_action" in own and not hasattr(own["check_action"], "__wrapped__"):
        cls.check_action = guarded(own["check_action"])
    if "refused_key_note" in own and not hasattr(own["refused_key_note"], "__wrapped__"):
        cls.refused_key_note = guarded_note(own["refused_key_note"])


def guarded(check: CheckAction) -> CheckAction:
    """``check_action`` refusing every one of the pane's own actions while the box is up."""

    @wraps(check)  # its name and docstring, and ``__wrapped__``: never wrapped twice
    def check_action(self: Any, action: str, parameters: tuple[object, ...]) -> bool | None:
        if is_up(self):
            return False
        return check(self, action, parameters)

    return check_action


def guarded_note(note: KeyNote) -> KeyNote:
    """``refused_key_note`` saying why while the box is up."""

    @wraps(note)
    def refused_key_note(self: Any, action: str, parameters: tuple[object, ...]) -> Any:
        what = getattr(self, "UNREAD_WHAT", None)
        if what and is_up(self):
            return refused_note(what)
        return note(self, action, parameters)

    return refused_key_note
