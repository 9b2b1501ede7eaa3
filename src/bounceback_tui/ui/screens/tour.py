"""The first-run welcome and the two-minute tour of the six panes.

The tour is a small box over the real panes: each page shows its pane behind the
box, says what the pane is for, and names its three most useful keys (as the
person's keymap has them). Next, back and skip work from the keyboard and the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar, Literal, cast

from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.text import display_text, plain

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp

WelcomeChoice = Literal["tour", "demo", "own"]


@dataclass(frozen=True)
class TourKey:
    binding_id: str
    default: str  # the key when the keymap does not change it
    what: str


@dataclass(frozen=True)
class TourPage:
    pane_id: str
    title: str
    body: str
    keys: tuple[TourKey, ...]


TOUR: tuple[TourPage, ...] = (
    TourPage(
        "today",
        "Today: your daily home",
        "What is due now, the one next step worth taking, and how you are bouncing back: "
        "your week against your goal, the days since the last no, your mood over time.",
        (
            TourKey("today.next_step", "n", "take the next step"),
            TourKey("today.check_in", "c", "check in: a mood and one line"),
            TourKey("app.help", "?", "every key of the pane you are on"),
        ),
    ),
    TourPage(
        "pipeline",
        "Pipeline: every application",
        "Each application from saved to offer, as a table or a board. Move it along as "
        "things happen and set a follow-up; marking one rejected starts its recovery plan.",
        (
            TourKey("pipeline.add", "a", "add an application"),
            TourKey("pipeline.stage_next", "]", "move it to the next stage"),
            TourKey("pipeline.reject", "x", "mark it rejected"),
        ),
    ),
    TourPage(
        "recovery",
        "Recovery: a plan for every no",
        "A few small steps over the days after a rejection: room for the feelings, an honest "
        "look back, asking for feedback, and the next application.",
        (
            TourKey("recovery.tick", "space", "tick a step"),
            TourKey("recovery.open", "enter", "open a step and write your answer"),
            TourKey("recovery.new", "n", "record a no by hand"),
        ),
    ),
    TourPage(
        "reframe",
        "Reframe: work through a hard thought",
        "A thought record, one step at a time: what happened, the thought, the thinking traps "
        "in it, and a view you can believe. Practice mode trains the eye for traps.",
        (
            TourKey("reframe.new", "a", "start a thought record"),
            TourKey("reframe.practice", "p", "practise spotting thinking traps"),
            TourKey("reframe.filter", "/", "find an earlier record"),
        ),
    ),
    TourPage(
        "skills",
        "Skills: what to grow next",
        "A short backlog of skills to work on, fed by feedback and your own reflections, "
        "moving from to do to doing to done.",
        (
            TourKey("skills.add", "a", "add a skill"),
            TourKey("skills.advance", "space", "move it on: to do, doing, done"),
            TourKey("skills.view", "v", "board or list"),
        ),
    ),
    TourPage(
        "people",
        "People: who your search involves",
        "Recruiters, hiring managers, referrers, and the people who support you, each linked "
        "to their applications, with a short log and the interviews ahead. Drafts the "
        "feedback request or the thank-you; you send it.",
        (
            TourKey("people.add", "a", "add a person"),
            TourKey("people.interview", "n", "schedule an interview"),
            TourKey("people.message", "m", "write a message to them"),
        ),
    ),
)


# Rows around the tour's text: the key bar, the box's border (2) and bottom margin, and the
# buttons' row with its padding (3). The text gets the rest, MIN_TEXT_ROWS at least.
TOUR_CHROME_ROWS = 1 + 2 + 1 + 3
MIN_TEXT_ROWS = 3


class TourScreen(ModalScreen[None]):
    """One page per pane; the pane itself shows behind the box."""

    OWN_FOOTER = True  # no key bar added (kit/dialog_bar.py)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,n", "next", "Next", id="tour.next"),
        Binding("left,b", "back", "Back", id="tour.back"),
        Binding("escape,s", "skip", "Skip", id="tour.skip"),
        # The page's text scrolls with the list keys (as `?` does): in a short terminal (50x16)
        # the end of a page, its keys among it, was out of reach of every key. Down is in the
        # key bar, "More", while the page goes on below (``check_action``): at 60x20 the box's
        # "↓ more" was the only place that named it.
        Binding("down,j", "scroll_text('scroll_down')", "More", id="list.down"),
        Binding("up,k", "scroll_text('scroll_up')", "Up", show=False, id="list.up"),
        Binding(
            "pagedown",
            "scroll_text('scroll_page_down')",
            "Page down",
            show=False,
            id="list.page_down",
        ),
        Binding(
            "pageup", "scroll_text('scroll_page_up')", "Page up", show=False, id="list.page_up"
        ),
        Binding("end,G", "scroll_text('scroll_end')", "Bottom", show=False, id="list.last"),
        Binding("home,g", "scroll_text('scroll_home')", "Top", show=False, id="list.first"),
    ]

    def __init__(self, pages: tuple[TourPage, ...] = TOUR, *, return_to: str = "today") -> None:
        super().__init__()
        self.pages = pages
        self.index = 0
        self.return_to = return_to
        self._more_below = False  # the page goes on below what shows (``_show_cue``)

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id="tour-box"):
            # The text scrolls in a short terminal; the buttons stay in sight under it.
            with VerticalScroll(id="tour-text", can_focus=False):
                yield Static(id="tour-step", classes="tour-step")
                yield Static(id="tour-title", classes="tour-title")
                yield Static(id="tour-body", classes="tour-body")
                yield Static(id="tour-keys", classes="tour-keys")
            with Horizontal(id="tour-buttons"):
                yield Button("Back", id="tour-back", compact=True)
                yield Button("Next", id="tour-next", variant="primary", compact=True)
                yield Button("Skip the tour", id="tour-skip", compact=True)
        yield Footer()

    async def on_mount(self) -> None:
        self._fit_text()
        await self._show()
        self.query_one("#tour-next", Button).focus()
        self.call_after_refresh(self._fit_skip)
        text = self.query_one("#tour-text", VerticalScroll)
        for what in ("scroll_y", "virtual_size", "size"):
            self.watch(text, what, self._show_cue, init=False)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_text()
        self.call_after_refresh(self._show_cue)
        self.call_after_refresh(self._fit_skip)

    def _fit_skip(self) -> None:
        """ "Skip" where "Skip the tour" does not fit beside Back and Next (at 40x15 it read
        "Skip the"); each of those takes 10 cells and a margin of 2 (tour.tcss)."""
        room = self.query_one("#tour-buttons").content_region.width - 2 * (10 + 2)
        label = "Skip the tour" if room >= len("Skip the tour") + 2 else "Skip"
        skip = self.query_one("#tour-skip", Button)
        if str(skip.label) != label:
            skip.label = label
            skip.refresh(layout=True)

    def _show_cue(self) -> None:
        """ "↓ more" on the box's edge while the page goes on below what shows: at 60x20 the
        last page stopped after "n schedule an interview", its last key and the tour's end
        reached only with Down, and nothing said so (a newcomer's walk: the scrollbar's thumb
        filled its track, one row short of it)."""
        text = self.query_one("#tour-text", VerticalScroll)
        more = round(text.scroll_y) < text.max_scroll_y
        down = display_text(self.bb_app.key_label("list.down", "down"))
        self.query_one("#tour-box").border_subtitle = plain(f"{down} more" if more else "")
        if more != self._more_below:
            self._more_below = more
            self.refresh_bindings()  # Down in the key bar while there is more (check_action)

    def _fit_text(self) -> None:
        """The text's rows at most: what the terminal leaves once the key bar, the box's
        border and margin and its buttons have theirs; it scrolls beyond. Left to the
        layout, the box grew past the terminal and the focused Next went out of sight."""
        rows = self.app.size.height - TOUR_CHROME_ROWS
        self.query_one("#tour-text").styles.max_height = max(MIN_TEXT_ROWS, rows)

    def action_scroll_text(self, how: str) -> None:
        text = self.query_one("#tour-text", VerticalScroll)
        getattr(text, how)(animate=False)

    @property
    def page(self) -> TourPage:
        return self.pages[self.index]

    @property
    def last(self) -> bool:
        return self.index == len(self.pages) - 1

    async def _show(self) -> None:
        page = self.page
        await self.bb_app.switch_to(page.pane_id)
        step = Content(f"Tour · {self.index + 1} of {len(self.pages)}")
        if self.bb_app.demo and self.index == 0:
            from bounceback_tui.ui.app_demo import DEMO_NOTE

            step = Content.assemble(step, "\n\n", (DEMO_NOTE, "$text-warning"))
        self.query_one("#tour-step", Static).update(step)
        self.query_one("#tour-title", Static).update(Content(page.title))
        self.query_one("#tour-body", Static).update(Content(page.body))
        self.query_one("#tour-keys", Static).update(self._keys_table(page))
        self.query_one("#tour-text", VerticalScroll).scroll_home(animate=False)  # a new page
        self.query_one("#tour-back", Button).disabled = self.index == 0
        self.query_one("#tour-next", Button).label = self._next_label()
        self.refresh_bindings()
        self.call_after_refresh(self._show_cue)  # once the page's text is laid out

    def _keys_table(self, page: TourPage) -> Content:
        shown = [
            (display_text(self.bb_app.key_label(key.binding_id, key.default)), key.what)
            for key in page.keys
        ]
        width = max(len(label) for label, _ in shown)
        lines = [
            Content.assemble((label.rjust(width), "bold $text-accent"), "  ", what)
            for label, what in shown
        ]
        if self.last:
            palette = self.bb_app.key_label("app.palette", "ctrl+p")
            lines.append(
                plain(
                    f"\nThat is the tour. {palette} opens the palette: it finds anything, and "
                    "'Take the tour' shows this again.",
                    "$text-muted",
                )
            )
        return Content("\n").join(lines)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """As Textual's, with the next key named as the button is: "Done" on the last page
        (the key bar said "→ Next" beside a "Done" button). Same id, same keys: a keymap
        that moves ``tour.next`` moves it here too."""
        active = super().active_bindings
        if self.last:
            for key, entry in active.items():
                if entry.binding.id == "tour.next":
                    done = replace(entry.binding, description=self._next_label())
                    active[key] = entry._replace(binding=done)
        return active

    def _next_label(self) -> str:
        return "Done" if self.last else "Next"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back" and self.index == 0:
            return None  # shown dimmed: there is no page before the first
        if action == "scroll_text" and parameters == ("scroll_down",):
            return self._more_below  # in the key bar only while there is more below
        return True

    async def action_next(self) -> None:
        if self.last:
            await self.action_skip()
            return
        self.index += 1
        await self._show()

    async def action_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            await self._show()

    async def action_skip(self) -> None:
        self.dismiss(None)
        await self.bb_app.switch_to(self.return_to)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {"tour-back": self.action_back, "tour-next": self.action_next}
        await actions.get(event.button.id or "", self.action_skip)()


class WelcomeScreen(ModalScreen[WelcomeChoice]):
    """The first launch: a tour, the demo data in a practice store, or straight in."""

    OWN_FOOTER = True  # no key bar added (kit/dialog_bar.py)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose('tour')", "Tour", id="welcome.tour"),
        Binding("d", "choose('demo')", "Demo data", id="welcome.demo"),
        Binding("escape", "choose('own')", "Start", id="welcome.start"),
    ]

    def compose(self) -> ComposeResult:
        app = cast("BouncebackApp", self.app)
        tour, demo, own = (
            app.key_label(f"welcome.{name}", key)
            for name, key in (("tour", "t"), ("demo", "d"), ("start", "escape"))
        )
        # It scrolls in a terminal too short for it, so the focused button is in sight.
        with VerticalScroll(id="welcome-box", can_focus=False):
            yield Static("Welcome to bounceback", classes="tour-title")
            yield Static(
                "A steady place for a job search: your applications, a small plan for every no, "
                "and a way through the thoughts that follow one.",
                classes="tour-body",
            )
            with Vertical(id="welcome-buttons"):
                yield Button(
                    plain(f"Take the two-minute tour  ({tour})"),
                    id="welcome-tour",
                    variant="primary",
                    compact=True,
                )
                yield Button(
                    plain(f"Try it with demo data  ({demo})"), id="welcome-demo", compact=True
                )
                yield Button(
                    plain(f"Start with my own, empty store  ({own})"),
                    id="welcome-own",
                    compact=True,
                )
            yield Static(
                "Demo data goes into a separate practice store. Your own store stays empty "
                "until you add something, and quitting the demo leaves it as it was.",
                classes="tour-note",
            )
        yield Footer()

    def on_mount(self) -> None:
        first = self.query_one("#welcome-tour", Button)
        first.focus()
        # In sight once laid out, in a terminal too short for the box (40x10): focus scrolls
        # to it only if the box has its size by then, which it did not always have.
        self.call_after_refresh(first.scroll_visible, animate=False, immediate=True)

    def action_choose(self, choice: WelcomeChoice) -> None:
        self.dismiss(choice)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        choice = (event.button.id or "welcome-own").removeprefix("welcome-")
        self.dismiss(cast(WelcomeChoice, choice))
