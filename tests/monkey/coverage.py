"""What a walk is held to (every screen, ``MIN_BINDING_SHARE`` of the binding ids, of its half
of the app) and what it reached (``Coverage``); the binding catalogue read by place."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from textual.screen import Screen

from bounceback_tui.ui.app import BouncebackApp

# Every walk is held to every screen and this share of the binding ids: a suite walk those of
# its half of the app, a long walk (benchmarks/monkey.py, each chunk) all of them.
MIN_BINDING_SHARE = 0.80


# Binding ids a walk cannot press, left out of the share it is held to (each: why).
NOT_COUNTED: dict[str, str] = {
    "welcome.start": "the welcome shows once, on a first launch, and a walk takes its demo "
    "key there (it starts from the demo data); this key would start on an empty store instead",
    "welcome.tour": "as welcome.start: the tour from the welcome would leave the walk on an "
    "empty store (the tour itself is reached from the demo's start and the palette)",
    "breathing.done": "the breathing timer's Escape once its two minutes are over, on the "
    "wall clock: a walk closes the timer long before (tests/test_care_hard_day_walk.py "
    "presses it after a clock moved on)",
}


@functools.cache
def app_screen_classes() -> frozenset[type[Screen[Any]]]:
    """Every Screen subclass the app defines (the palette is Textual's, counted apart)."""
    from bounceback_tui.ui.binding_catalogue import import_ui_modules

    import_ui_modules()

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    return frozenset(
        cls
        for cls in subclasses(Screen)
        if cls.__module__.startswith("bounceback_tui.")
        and cls.__name__ not in ON_THE_WAY_OUT | NOT_IN_THE_DEMO | NOT_REACHED_YET | MIXINS
    )


# Screens only quitting shows (the question ctrl+q asks over typing: ui/kit/quit_guard.py).
# A walk quits once, at its end, from the panes (steering.ENDING_ACTIONS), so it never
# meets them; tests/test_quit_asks.py does.
ON_THE_WAY_OUT = frozenset({"QuitConfirmScreen"})
# Screens the demo's data never shows, so a walk that starts from it cannot meet them: the
# review of follow-ups more than 30 days past (the demo's are all recent);
# tests/test_long_past_follow_ups.py walks it on a store made for it.
NOT_IN_THE_DEMO = frozenset({"LongPastScreen"})
# Screens a walk is not held to yet. The edit of a no (``RejectionFormScreen``, a form of
# its own since the twenty-sixth round) was here: it is opened from the Recovery pane, half
# "b"'s, but its place ("the rejection form screen") was not named in half "b", so half "a"
# was held to it and never went there for it. Recovery `n`'s question (the twenty-eighth
# round) opens only when the company typed has an application open in the Pipeline, which
# a walk's random words never name; tests/test_recovery_no_for_open_application.py and
# tests/test_recovery_open_choice_fixes.py walk it. The Pipeline's `i` over a draft left
# over (``ImportOrDraftScreen``, the thirty-first round) opens only when a new application's
# form was left with its typing kept, by a quit the walk makes once, at its end;
# tests/test_import_keeps_draft.py walks it.
NOT_REACHED_YET: frozenset[str] = frozenset({"OpenApplicationChoiceScreen", "ImportOrDraftScreen"})
# Screen classes no screen is made of alone: a mixin giving screens keys of its own (the
# Recovery writing screen's detail read a page at a time, ui/recovery/answer_room.py). The
# screens made with it are counted, each in its own half.
MIXINS: frozenset[str] = frozenset({"DetailReading"})


@functools.cache
def app_binding_ids() -> frozenset[str]:
    """The binding ids of the main app that a walk is held to (the store-problem chooser is
    a separate app; ``NOT_COUNTED`` says which others are left out, and why)."""
    from textual.app import App

    from bounceback_tui.ui.binding_catalogue import binding_inventory

    return frozenset(
        entry.id
        for entry in binding_inventory()
        if entry.id
        and entry.id not in NOT_COUNTED
        and not (issubclass(entry.owner, App) and entry.owner is not BouncebackApp)
    )


# The suite's walks split the app in two halves, one walk each (run side by side), each held
# to every screen and MIN_BINDING_SHARE of the ids of its half; together they cover every
# screen and that share of all the ids. Half "b" is the places below; "a" is the rest (an id
# that also works in a place of half "a", such as the kit's list keys, is half "a"'s).
HALF_B_PLACES = frozenset(
    {
        "the Recovery pane",
        "the Reframe pane",
        "the Skills pane",
        "the skill form screen",
        "the settings screen",
        "the answer screen",
        "the expressive writing screen",
        "the redo questions screen",
        "the practice screen",
        "the trap filter screen",
        "the tick list",
        "the rejection form screen",  # Recovery's edit of a no
        "the new rejection screen",  # Recovery's `n`, a no by hand
        "the low day screen",
        "the breathing screen",
        "the talk screen",
        "the care text screen",  # the talk and crisis screens' base: reached through them
        "the senses screen",
        "the crisis screen",
        "the help screen",
        "the answer bank screen",
        "the answer practice screen",
        "the note questions screen",
    }
)
HALVES = ("a", "b")


def _half_of_place(where: str) -> str:
    return "b" if where in HALF_B_PLACES else "a"


@functools.cache
def half_ids(half: str | None) -> frozenset[str]:
    """The binding ids a walk of ``half`` is held to (None: all of them)."""
    known = app_binding_ids()
    if half is None:
        return known
    places: dict[str, set[str]] = {}
    for where, ids in _ids_by_place().items():
        for binding_id in ids:
            places.setdefault(binding_id, set()).add(_half_of_place(where))
    return frozenset(
        binding_id
        for binding_id in known
        if ("b" if places.get(binding_id) == {"b"} else "a") == half
    )


@functools.cache
def half_screens(half: str | None) -> frozenset[type[Screen[Any]]]:
    """The Screen subclasses a walk of ``half`` must reach (None: all of them)."""
    from bounceback_tui.ui.binding_catalogue import place

    screens = app_screen_classes()
    if half is None:
        return screens
    return frozenset(cls for cls in screens if _half_of_place(place(cls)) == half)


@dataclass
class Coverage:
    """What a walk reached; ``half``: the half of the app it is held to (None: all)."""

    half: str | None = None
    screens: set[type[Screen[Any]]] = field(default_factory=set)
    binding_ids: set[str] = field(default_factory=set)
    palette: bool = False

    def screens_missing(self) -> list[str]:
        missing = [
            cls.__name__
            for cls in half_screens(self.half)
            if not any(issubclass(seen, cls) for seen in self.screens)
        ]
        return sorted(missing)

    def ids_missing(self) -> list[str]:
        return sorted(half_ids(self.half) - self.binding_ids)

    @property
    def binding_share(self) -> float:
        known = half_ids(self.half)
        return len(self.binding_ids & known) / len(known)

    def summary(self) -> str:
        known = half_ids(self.half)
        reached = len(self.binding_ids & known)
        screens = half_screens(self.half)
        missing = self.screens_missing()
        seen = len(screens) - len(missing)
        which = f"half {self.half}: " if self.half else ""
        return (
            f"{which}screens {seen}/{len(screens)} (palette {'yes' if self.palette else 'no'}"
            f"{'; missing ' + ', '.join(missing) if missing else ''}), "
            f"binding ids {reached}/{len(known)} ({reached / len(known):.0%})"
        )


@functools.cache
def _ids_of_screen(name: str) -> frozenset[str]:
    """The binding ids that work on the screen class called ``name`` (its own, and its
    widgets' where the catalogue places them there). The classes do not change during a
    run, so this is worked out once per name: the inventory walks every UI module, and
    asking for it at every step was a tenth of a walk's time."""
    from bounceback_tui.ui.binding_catalogue import binding_inventory, place

    for cls in app_screen_classes():
        if cls.__name__ == name:
            own = frozenset(e.id for e in binding_inventory() if e.id and e.owner is cls)
            where = place(cls)
            if where.endswith(" pane"):  # a pane's dialog: the pane's keys are not its own
                return own
            return own | _ids_by_place().get(where, set())
    return frozenset()


def _ids_by_pane() -> dict[str, set[str]]:
    """Each pane's binding ids (its own and its widgets'), in the panes' order."""
    from bounceback_tui.ui.panes import PANES

    places = _ids_by_place()
    return {spec.id: places.get(f"the {spec.title} pane", set()) for spec in PANES}


_PLACES: dict[str, set[str]] = {}


def _ids_by_place() -> dict[str, set[str]]:
    if not _PLACES:
        from bounceback_tui.ui.binding_catalogue import binding_inventory

        for entry in binding_inventory():
            if entry.id:
                _PLACES.setdefault(entry.where, set()).add(entry.id)
    return _PLACES
