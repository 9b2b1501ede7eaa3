"""The "What's working" screen: suggestions, a bar chart per grouping, and the stage flow.

Everything is read with sqlite3 (``services/insights``) when the screen opens or the range
changes, in a thread: with 100,000 applications the store takes about a second to add them
up, and the screen says "Reading …" meanwhile and keeps answering keys (Escape closes it;
a read that arrives after that is dropped). Nothing is written but the person's own
role-family names, and nothing leaves the machine.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.flow import draw_flow
from bounceback_tui.domain.insights import MIN_GROUP, Outcome
from bounceback_tui.domain.wording import number
from bounceback_tui.services.insights import InsightsView, kept_insights, load_insights_once
from bounceback_tui.ui.insights.charts import (
    chart_layout,
    chart_legend,
    comparison_chart,
    flow_chart,
)
from bounceback_tui.ui.insights.keys_line import keys_line
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import ContentNotify, after_colon, markup_with, plain, toast_with

_OUTCOMES = tuple(Outcome)
# Below this many rows the summary scrolls with the charts and the gaps close: at 40x15 the
# charts had three rows (a tester's walk).
SHORT_BELOW = 24
READING = "Reading your applications …"
# Families that match no application's role, named one a line in the note after a save.
MAX_NOTED = 3


def _matching_nothing(family: str, closest: str | None) -> Content:
    if closest is None:
        return toast_with("“$family” matches no application's role yet.", family=family)
    return toast_with(
        "“$family” matches no application's role yet; the closest family is “$closest”.",
        family=family,
        closest=closest,
    )


class InsightsRead(Message):
    """A read from the worker thread: the figures, or what went wrong."""

    def __init__(self, read: int, view: InsightsView | None, error: str = "") -> None:
        super().__init__()
        self.read = read
        self.view = view
        self.error = error


class InsightsScreen(ContentNotify, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "next_outcome", "Outcome", id="insights.outcome"),
        Binding("f", "toggle_flow", "Flow", id="insights.flow"),
        Binding("r", "range", "Date range", id="insights.range"),
        Binding("e", "families", "Role families", id="insights.families"),
        Binding("escape,q", "close", "Close", id="insights.close"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "What's working"  # `?` names it (ui/app_screens.show_help)

    def __init__(self, db_path: Path, db: object | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.db = db
        self.outcome = Outcome.REPLY
        self.show_flow = False
        self.start: date | None = None
        self.end: date | None = None
        self.view: InsightsView | None = None
        self._reads = 0  # the latest read started; an older one's figures are dropped

    def compose(self) -> ComposeResult:
        with Vertical(id="insights-box"):
            yield Static("What's working", classes="form-title", id="insights-title")
            yield Static(id="insights-summary")
            with ScrollText(id="insights-body"):
                yield Static(id="insights-charts")
            yield KeysHint(id="insights-keys", classes="form-keys")

    def on_mount(self) -> None:
        self.query_one("#insights-body").focus()
        self.reload()

    def focus_target(self) -> Widget:
        return self.query_one("#insights-body")

    def reload(self) -> None:
        """Read the figures for the range in a thread; until they come, say so."""
        self._reads += 1
        read, start, end = self._reads, self.start, self.end
        # The store's stamp before the read (a commit meanwhile means another read next time):
        # figures read at the same stamp are shown again at once (services/insights.py).
        stamp = getattr(self.app, "kept_stamp", lambda: None)()
        from bounceback_tui.ui.palette_cli import command_for

        repair = command_for(cast(Any, self.app), "repair")  # with this window's --data-dir
        kept = kept_insights(self.db_path, start, end, stamp)
        if kept is not None:  # the store has not changed since these were read
            self.view = kept
            self._show_keys()
            self.show()
            return
        self.view = None
        self.set_class(False, "-short")
        self.query_one("#insights-summary", Static).update(plain(READING, "$text-muted"))
        self.query_one("#insights-charts", Static).update(Content())
        self._show_keys()

        def work() -> None:
            try:
                view = load_insights_once(self.db_path, start, end, stamp, repair)
            except Exception as exc:  # said on the screen, not a crash
                self.post_message(InsightsRead(read, None, str(exc) or type(exc).__name__))
                return
            self.post_message(InsightsRead(read, view))  # dropped once the screen is closed

        def begin() -> None:
            if read == self._reads:  # not replaced meanwhile
                self.run_worker(
                    work, thread=True, group="insights-read", exclusive=True, exit_on_error=False
                )

        # After the next frame: "Reading …" is on screen before the thread holds the
        # interpreter.
        self.call_after_refresh(begin)

    def on_insights_read(self, message: InsightsRead) -> None:
        message.stop()
        if message.read != self._reads or not self.is_attached:
            return  # a newer read replaced it, or the screen was closed
        if message.view is None:
            why = after_colon(message.error)
            self.query_one("#insights-summary", Static).update(
                plain(f"The applications could not be read: {why}", "$text-error")
            )
            return
        self.view = message.view
        self.show()

    def _span(self) -> str:
        if self.start is None and self.end is None:
            return "all time"
        return f"{self.start or 'the start'} to {self.end or 'today'}"

    def show(self) -> None:
        view = self.view
        assert view is not None
        summary: list[Content] = [
            markup_with(
                "[b]$sent[/b] $noun sent · $span",
                sent=view.sent,
                noun="application" if view.sent == 1 else "applications",
                span=self._span(),
            )
        ]
        if view.suggestions:
            summary += [plain(f"→ {text}", "$text-success") for text in view.suggestions]
        elif not self.show_flow:  # about the comparisons: not under the flow (a stranger's walk)
            summary.append(
                plain(
                    f"No clear difference yet: each group needs {MIN_GROUP} or more, and "
                    "ranges that do not overlap.",
                    "$text-muted",
                )
            )
        short = 0 < self.size.height < SHORT_BELOW
        self.set_class(short, "-short")
        self.query_one("#insights-summary", Static).update(
            Content() if short else Content("\n").join(summary)
        )
        # The box's inside: borders, padding and the scrollbar take 6 columns, and a row
        # keeps one more before the scrollbar.
        width = min(120, self.size.width or 80) - 7
        if self.show_flow:
            body = (
                Content.styled("How applications moved", "bold $text-accent")
                + Content("\n")
                + flow_chart(draw_flow(list(view.flow), bar_width=max(10, min(40, width - 26))))
            )
        else:
            layout = chart_layout(view.comparisons, width)
            legend = chart_legend(view.comparisons, self.outcome, layout)
            charts = [
                comparison_chart(comparison, self.outcome, layout)
                for comparison in view.comparisons
            ]
            body = Content("\n\n").join([plain("\n".join(legend), "$text-muted"), *charts])
        if short:
            body = Content("\n").join([*summary, Content(), body])
        self.query_one("#insights-charts", Static).update(body)
        self._show_keys()

    def _show_keys(self) -> None:
        nxt = _OUTCOMES[(_OUTCOMES.index(self.outcome) + 1) % len(_OUTCOMES)]
        keys = keys_line(self.app, nxt.short.lower(), flow_shown=self.show_flow)
        self.query_one("#insights-keys", KeysHint).update(keys)

    def on_resize(self) -> None:
        if self.view is not None:
            self.show()

    def _show_now(self) -> None:
        """Show the figures, or, while they are being read, the keys for when they come."""
        if self.view is not None:
            self.show()
        else:
            self._show_keys()

    def action_next_outcome(self) -> None:
        self.outcome = _OUTCOMES[(_OUTCOMES.index(self.outcome) + 1) % len(_OUTCOMES)]
        self.show_flow = False
        self._show_now()

    def action_toggle_flow(self) -> None:
        self.show_flow = not self.show_flow
        self._show_now()

    def action_range(self) -> None:
        from bounceback_tui.domain.dates import DATE_HINT, DateParseError, parse_optional_date
        from bounceback_tui.errors import FieldError, ValidationError
        from bounceback_tui.ui.kit.form import FieldSpec, FormScreen

        def submit(values: dict[str, str]) -> tuple[date | None, date | None]:
            errors: list[FieldError] = []
            found: dict[str, date | None] = {}
            for name in ("start", "end"):
                try:
                    found[name] = parse_optional_date(values.get(name, ""), clock.today())
                except DateParseError as exc:
                    errors.append(FieldError(name, str(exc)))
            if not errors and found["start"] and found["end"] and found["start"] > found["end"]:
                errors.append(FieldError("end", "The end is before the start."))
            elif not errors and not found["end"] and (found["start"] or date.min) > clock.today():
                # "+1w" read as "a week back" gave "2026-12-12 to today": nothing, unexplained.
                errors.append(FieldError("start", "That is after today: -1w is a week ago."))
            if errors:
                raise ValidationError(errors)
            return found["start"], found["end"]

        def done(result: tuple[date | None, date | None] | None) -> None:
            if result is not None:
                self.start, self.end = result
                self.reload()

        self.app.push_screen(
            FormScreen(
                "Which applications?",
                (
                    FieldSpec(
                        "start",
                        "Sent from",
                        kind="date",
                        placeholder=DATE_HINT,
                        value=self.start.isoformat() if self.start else "",
                    ),
                    FieldSpec(
                        "end",
                        "Sent up to",
                        kind="date",
                        placeholder=DATE_HINT,
                        value=self.end.isoformat() if self.end else "",
                    ),
                ),
                submit,
                intro="Leave both empty for all time.",
            ),
            done,
        )

    def action_families(self) -> None:
        from bounceback_tui.domain.role_families import (
            families_as_typed,
            format_family_renames,
            parse_family_renames,
        )
        from bounceback_tui.errors import BouncebackError, ValidationError
        from bounceback_tui.services import insights as insights_service
        from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard

        db = self.db
        if db is None:
            return
        try:
            # Read as the form opens, with the version its save names (compare-and-set).
            renames, given, version = insights_service.role_families_spelt_now(db)
            # Each family as What's working shows it, not the lower case it is kept in;
            # one no application is in yet, as the person typed it.
            spelt = insights_service.role_families_of_applications(db)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Not opened")
            return
        guard = SaveGuard(version, can_save_as_new=False)
        shown = [
            group.name
            for comparison in (self.view.comparisons if self.view else ())
            if comparison.dimension.key == "role"
            for group in comparison.groups
        ]

        typed: dict[str, str] = {}  # each family as the person typed it, for the note

        def submit(values: dict[str, str]) -> dict[str, str]:
            try:
                renames = parse_family_renames(values.get("renames", ""), shown)
            except ValueError as exc:
                raise ValidationError.single("renames", str(exc)) from None
            if any(len(k) > 200 or len(v) > 80 for k, v in renames.items()):
                raise ValidationError.single("renames", "Keep each name under 80 characters.")
            typed.update(families_as_typed(values.get("renames", "")))
            insights_service.save_role_families(
                db, renames, expected_version=guard.version, typed=typed
            )
            return renames

        def reload() -> tuple[dict[str, str], int]:
            fresh, given, version = insights_service.role_families_spelt_now(db)
            return {"renames": format_family_renames(fresh, {**given, **spelt})}, version

        def values_now(current: dict[str, object]) -> dict[str, str]:
            now = insights_service.role_families_of(current)
            given = insights_service.role_family_spellings_of(current)
            return {"renames": format_family_renames(now, {**given, **spelt})}

        def done(result: dict[str, str] | None) -> None:
            if result is not None:
                self._say_families_matching_nothing(result, renames, typed)
                self.reload()

        self.app.push_screen(
            FormScreen(
                "Role families",
                (
                    FieldSpec(
                        "renames",
                        "Your names",
                        kind="multiline",
                        value=format_family_renames(renames, {**given, **spelt}),
                    ),
                ),
                submit,
                intro="One line each: a family as shown = the name you want. Two families "
                "given the same name are counted together.",
                guard=guard,
                reload=reload,
                values_now=values_now,
            ),
            done,
        )

    def _say_families_matching_nothing(
        self, saved: dict[str, str], before: dict[str, str], typed: dict[str, str]
    ) -> None:
        """A line whose family no application's role is in groups nothing: kept, and said
        ("backend enginer = Engineering" was saved without a word: a tester's walk), quoting
        the family as typed (``typed``), not the words it was kept as."""
        from bounceback_tui.domain.role_families import families_matching_nothing
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.insights import role_families_of_applications

        try:
            families = role_families_of_applications(self.db)
        except BouncebackError:
            return  # saved; the note is a courtesy
        unmatched = families_matching_nothing(saved, families, before)
        if not unmatched:
            return
        # The closest family as What's working spells it, not by its lower-case key.
        lines = [
            _matching_nothing(
                typed.get(family, family), families.get(closest, closest) if closest else None
            )
            for family, closest in unmatched[:MAX_NOTED]
        ]
        if len(unmatched) > MAX_NOTED:
            lines.append(plain(f"And {number(len(unmatched) - MAX_NOTED)} more like them."))
        self.notify(Content("\n").join(lines), title="Role families saved", severity="warning")

    def action_close(self) -> None:
        self.dismiss(None)
