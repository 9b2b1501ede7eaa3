"""The command palette (ctrl+p): jump to any record, or run any action by name.

Two providers, ranked on one scale (domain/search) so records and actions mix fairly:

- RecordsProvider finds applications, rejections, thought records and skills from a few
  letters, typos included. It loads a light index once when the palette opens (in a
  thread, cached while the store is unchanged) and searches it in memory per keystroke.
- ActionsProvider lists every action of the app (ui/palette_actions.py) and Textual's
  own (theme, keys, quit; see BouncebackApp.get_system_commands for what is left out).

Palette is Textual's palette with three changes: Enter and Down pressed while the query's
search is still running wait for its results, a list of weak hits only is shown with
none highlighted, so Enter runs nothing the person did not pick (see Palette), and a slow
search says "Searching…" (ui/palette_searching.py). Its list is ui/palette_list.py's, which
marks the highlighted hit where colour is not shown.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.command import (
    Command,
    CommandList,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
)
from textual.content import Content
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from bounceback_tui import clock
from bounceback_tui.domain.fuzzy_text import words
from bounceback_tui.domain.search import (
    ACTION_CUTOFF,
    Kind,
    Ranked,
    Ranker,
    SearchEntry,
    SearchIndex,
    care_leads,
    names_label,
    palette_score,
)
from bounceback_tui.ui.kit.text import display_text, plain
from bounceback_tui.ui.palette_enter import not_for_enter, say_why
from bounceback_tui.ui.palette_pane_keys import KeysAtOpen
from bounceback_tui.ui.palette_searching import SearchingPalette

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.palette_shared import PaletteAction

KIND_STYLE = "dim"


@dataclass
class RankedHit(Hit):
    """A hit that says whether it matched closely enough for Enter (``search.CONFIDENT``),
    and which of its words the query's slips were taken for (``search.Ranked.guessed``)."""

    confident: bool = True
    guessed: tuple[str, ...] = ()
    # An action that ends the session or throws something away (``PaletteAction.ends``):
    # what it does, and whether the query is its name as written (``search.names_label``).
    ends: str = ""
    named: bool = True


def highlighted(text: str, matched: tuple[str, ...], style: object) -> Content:
    """``text`` (plain, never markup) with the words that matched the query in the palette's
    highlight style."""
    content = Content(display_text(text))  # one character for one: the offsets still fit
    if not matched or not style:
        return content
    wanted = set(matched)
    start = 0
    for word in text.split():
        # Highlight each whitespace-separated piece whose words matched ("Analytics," too).
        at = text.index(word, start)
        start = at + len(word)
        if any(piece in wanted for piece in words(word)):
            content = content.stylize(style, at, start)  # type: ignore[arg-type]  # the palette's match_style (Rich's Style), which Content takes too
    return content


def record_prompt(ranked: Ranked[SearchEntry], style: object) -> Content:
    """ "Application · Northwind Analytics (Data Analyst)", the kind dimmed."""
    entry = ranked.item
    return plain(f"{entry.kind.label} · ", KIND_STYLE) + highlighted(
        entry.label, ranked.matched, style
    )


def _bb_app(provider: Provider) -> BouncebackApp:
    return cast("BouncebackApp", provider.app)


async def open_record(app: BouncebackApp, kind: Kind, item_id: int) -> None:
    """Show the record in its pane, selected (the pane says so if it has gone since). A
    thought record closes back to the pane the palette was opened on, as one opened from
    Today does: it closed to Reframe's list (the twenty-third round's list)."""
    if kind.pane == "reframe":
        await app.open_thought_record(item_id)
        return
    if kind is Kind.QUESTION:  # the answer bank, on that question
        from bounceback_tui.ui.app_screens import show_answer_bank

        show_answer_bank(app, False, select=item_id)
        return
    await app.go_to(kind.pane, item_id)


# Scores are rounded to 4 places (domain/search.py), so this only ever breaks ties.
TIE_BREAK = 0.00001


class RecordsProvider(Provider):
    """Applications, rejections, thought records and skills, found by a few letters."""

    _loading: asyncio.Task[SearchIndex | None] | None = None

    async def startup(self) -> None:
        app = _bb_app(self)
        if self.screen is not app.screen_stack[0]:
            return  # over a dialog: opening a record would hide it
        # Read in a thread and do not wait here: the palette lists the actions at once,
        # and the first letters typed wait for the index only if it is not ready yet.
        self._loading = asyncio.create_task(self._load(app))

    async def _load(self, app: BouncebackApp) -> SearchIndex | None:
        from bounceback_tui.services.search import INDEXES

        try:
            return await asyncio.to_thread(INDEXES.index, app.paths.database, clock.today())
        except Exception as exc:  # a locked, unreadable or odd store: never break the palette
            from bounceback_tui.services.store_health import damage_in

            if (problem := damage_in(exc, app.paths.database)) is not None:
                app.close_on_damage(problem)  # damage inside: the same ways out as at launch
                return None
            # The palette still offers every action; the store's own checks report the rest.
            app.notify(
                "Your records cannot be searched right now; actions still work.",
                severity="warning",
                title="Search unavailable",
            )
            return None

    async def search(self, query: str) -> Hits:
        if self._loading is None:
            return
        # Shielded: a search replaced by the next keystroke is cancelled, and that must
        # not cancel the reading every later search waits for.
        index = await asyncio.shield(self._loading)
        if index is None:
            return
        app = _bb_app(self)
        for ranked in index.search(query):
            entry = ranked.item
            yield RankedHit(
                palette_score(ranked.score),
                record_prompt(ranked, self.match_style),
                partial(open_record, app, entry.kind, entry.id),
                text=f"{entry.kind.label} · {entry.label}",
                help=plain(entry.detail),  # type: ignore[arg-type]  # Content is shown as is
                confident=ranked.confident,
                guessed=ranked.guessed,
            )

    async def shutdown(self) -> None:
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()


class ActionsProvider(Provider):
    """Every action of the app by name."""

    _actions: list[PaletteAction]
    _ranker: Ranker[PaletteAction]

    async def startup(self) -> None:
        self._actions = self.actions()
        self._ranker = Ranker(
            self._actions,
            label_of=lambda a: a.title,
            text_of=lambda a: a.keywords,
            verb_first=True,  # "backup" is Back up now before Restore a backup
            joined=True,  # "followup" is Set a follow-up date
        )

    def actions(self) -> list[PaletteAction]:
        from bounceback_tui.ui.palette_actions import app_actions

        return app_actions(_bb_app(self), self.screen)

    async def discover(self) -> Hits:
        for action in self._actions:
            if action.discover:
                yield DiscoveryHit(
                    plain(action.title),
                    action.run,
                    text=action.title,
                    help=plain(action.help),  # type: ignore[arg-type]  # Textual shows Content help as is; typed str
                )

    async def search(self, query: str) -> Hits:
        # A weaker match ("acm" for the "am" of Daily check-in's "how am i", 80) was listed
        # first where no record matched, and Enter ran it (domain/search.ACTION_CUTOFF).
        found = self._ranker.search(query, per_group=len(self._actions), cutoff=ACTION_CUTOFF)
        for ranked in found:
            action = ranked.item
            yield RankedHit(
                # A hair below a record with the same score: the palette sorts ties by
                # arrival, and the records arrive from a thread, so ties would flicker. A
                # care entry is ahead of both (domain/search.CARE_LEAD), but for one letter
                # its title does not begin, or for a word that only begins one of its keywords
                # (``care_leads``: "lone" is not "lonely").
                palette_score(
                    ranked.score,
                    care=action.care and care_leads(query, action.title, action.keywords),
                )
                - TIE_BREAK,
                highlighted(action.title, ranked.matched, self.match_style),
                action.run,
                text=action.title,
                help=plain(action.help),  # type: ignore[arg-type]  # Textual shows Content help as is; typed str
                confident=ranked.confident,
                guessed=ranked.guessed,
                ends=action.ends,
                named=not action.ends or names_label(query, action.title),
            )


class SystemActionsProvider(ActionsProvider):
    """Textual's own actions alone (theme, keys, quit), ranked as the app's, for a screen
    that is an app of its own: the store-problem screen, whose Quit ran from Textual's
    palette at `q` and Enter. Its Quit runs from Enter only by its name, as the app's."""

    def actions(self) -> list[PaletteAction]:
        from bounceback_tui.ui.palette_actions import PaletteAction

        return [
            PaletteAction(
                command.title,
                command.help,
                command.callback,
                discover=command.discover,
                ends="ends the session" if self._ends(command.callback) else "",
            )
            for command in self.app.get_system_commands(self.screen)
        ]

    def _ends(self, callback: object) -> bool:
        """Whether ``callback`` ends the session: Textual's quit, or the store-problem
        screen's (``action_leave``), whatever the command's title; not a title "Quit…"."""
        return callback in (self.app.action_quit, getattr(self.app, "action_leave", None))


class Palette(KeysAtOpen, SearchingPalette):
    """Textual's command palette, with Enter and Down meaning the query just typed.

    Textual searches in a worker per keystroke and shows the results when it has them; until
    then the list still shows the previous ones (or nothing). Its Enter acts on that list, so
    "gogle" and Enter at once ran the first action listed on opening, or did nothing; and a
    Down moved over the old list, then the new results came with the first one highlighted.
    Here, while the query's search runs, Enter and Down are held and applied to its results
    when they are in: Down goes to the first result, each further Down one more, and Enter
    runs the highlighted one (nothing, if nothing matched). Typing on drops held keys: the
    person was not done. Escape still closes at once. A search that takes longer than a
    moment says "Searching…" meanwhile (``ui/palette_searching``).

    Textual highlights the first hit, so Enter ran it however weakly it matched ("mod" ran
    the daily check-in, its keyword "mood" one letter short). When the first hit is not a
    close match (``RankedHit.confident``), the hits are listed with none highlighted, and
    Enter says so (``NOT_CLOSE``) instead of running one; Down still picks one to run. So
    too when the first hit was found through a slip that another hit close below it
    (``SLIP_APART``) was taken for another word by (``RankedHit.guessed``): "aplications"
    ran "Export as CSV" (its keyword "applications") over "Add an application"
    (``NOT_ONE``). A slip every close hit was taken for alike is picked as the word typed
    right would be ("settngs", "gogle"). An action that ends the session or throws something
    away (``PaletteAction.ends``) is picked only when its name is typed (``NOT_BY_NAME``):
    "quiet" found Quit alone, a slip close enough for Enter, and Enter quit; "qu", the
    start of "questions", quit too. The rules and their notes: ``ui/palette_enter.py``.

    Relies on Textual's CommandPalette internals (its search worker's group, its
    ``_action_cursor_down`` and ``_refresh_command_list``): tests/test_palette_timing.py
    and tests/test_palette_weak_enter.py fail if they change.
    """

    # Textual's container is hidden but for its input and results: the note is shown too.
    DEFAULT_CSS = """
    Palette #palette-note { visibility: visible; background: $surface; padding: 0 2; }
    """

    _held_enter = False
    _held_downs = 0

    def compose(self) -> ComposeResult:
        """Textual's, with the list of hits this palette's own (``palette_list``)."""
        from textual.command import CommandInput, SearchIcon
        from textual.containers import Horizontal, Vertical
        from textual.widgets import LoadingIndicator, Static

        from bounceback_tui.ui.kit.button import Button
        from bounceback_tui.ui.palette_list import PaletteList

        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield CommandInput(placeholder=self._placeholder, select_on_focus=False)
                if not self.run_on_select:
                    yield Button("\u25b6")
            # Why Enter ran none of the hits (``say_why``), above the list: its toast sat
            # behind a list that filled the screen to its foot ("qu" at 80x24).
            note = Static("", id="palette-note")
            note.display = False
            yield note
            with Vertical(id="--results"):
                yield PaletteList()
                yield LoadingIndicator()

    def on_resize(self) -> None:
        self.call_after_refresh(self._keep_the_bar_in_sight)

    def _keep_the_bar_in_sight(self) -> None:
        """The list no taller than the rows above the key bar (``palette_list``)."""
        from bounceback_tui.ui.palette_list import keep_the_bar_in_sight

        keep_the_bar_in_sight(self)

    @on(Input.Changed)
    def _drop_held_keys(self, event: Input.Changed) -> None:
        # Runs before Textual's own handler, which starts the search for the new query.
        self.query_one("#palette-note").display = False  # said of what was typed before
        self._held_enter = False
        self._held_downs = 0

    def _refresh_command_list(
        self, command_list: CommandList, commands: list[Command], clear_current: bool
    ) -> None:
        super()._refresh_command_list(command_list, commands, clear_current)
        self.call_after_refresh(self._keep_the_bar_in_sight)
        if command_list.highlighted is not None and not_for_enter(command_list):
            command_list.highlighted = None  # listed, not picked: Enter runs none of them

    @on(Input.Submitted)
    def _hold_enter(self, event: Input.Submitted) -> None:
        if self._searching():
            event.stop()
            event.prevent_default()  # not Textual's handler: it would act on the old list
            self._held_enter = True
            return
        results = self.query_one(CommandList)
        if results.highlighted is None and (why := not_for_enter(results)) is not None:
            event.stop()
            event.prevent_default()  # Textual's handler would highlight or run the first
            say_why(self, why)

    def _action_cursor_down(self) -> None:
        if self._searching():
            self._held_downs += 1
        else:
            super()._action_cursor_down()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if (
            worker.group != self._GATHER_COMMANDS_GROUP
            or event.state is not WorkerState.SUCCESS
            or worker.is_cancelled
            or self._searching()  # a later keystroke's search is on its way
        ):
            return
        downs, enter = self._held_downs, self._held_enter
        self._held_downs, self._held_enter = 0, False
        results = self.query_one(CommandList)
        if enter and not downs and (why := not_for_enter(results)) is not None:
            # Weak hits only, a slip of two readings, or a Quit not named: none run.
            say_why(self, why)
            return
        if results.option_count == 0 or results.highlighted is None:
            return  # nothing matched: Textual says so shortly
        if downs:
            results.highlighted = 0
            for _ in range(downs - 1):
                results.action_cursor_down()
        if enter:
            results.action_select()  # runs it, as Enter on a settled list does
