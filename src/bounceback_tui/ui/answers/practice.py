"""A practice round: one question at a time, weakest and least recently practised first.
Space shows your STAR answer; 1-5 rates how it went (1-2 poor: again tomorrow; 3-5 good:
the next review moves along 1, 3, 7, 14, 30 days; a first round comes back tomorrow either
way, the shakiest first)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui.domain.answers import INTERVALS, days_after_good, star_text
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services.answers import QuestionRow, get_question, record_round
from bounceback_tui.ui.kit.form_fit import KEY_BAR_ROWS
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.key_text import esc_of, key_of, key_word
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database

ROUND_SIZE = 5
CARD_MOST_ROWS = 20  # styles/insights.tcss: #answers-card's max-height
CARD_LEAST_ROWS = 3
# Below this many rows the box drops its blank lines (styles/insights.tcss, ``-short``).
SHORT_BELOW = 20


def _what_a_rating_does(step: int | None) -> Content:
    """When a question comes back after each rating, as ``domain.answers.review`` schedules
    it. "3-5 good, a longer gap next time" was read as a gap longer than a shaky one's, yet
    the first good round comes back tomorrow too (the schedule's first place). Then the words
    read "1-2 shaky: again tomorrow. 3-5 good: again tomorrow, then 3, 7…", and a new user
    asked why rate at all (a new user's walk): a first round lands on the first place either
    way, and what the rating does then is the order (``practice_order``: weakest first) and
    the gap after the next round; the words now say that."""
    if step is None:
        later = ", ".join(str(days) for days in INTERVALS[1:-1]) + f", then {INTERVALS[-1]}"
        return plain(
            "The first time, it comes back tomorrow either way; your rating sets the order "
            f"then, shakiest first. After that, 3-5 good: {later} days apart; "
            "1-2 shaky: tomorrow again."
        )
    days = days_after_good(step)
    good = "again tomorrow" if days == 1 else f"again in {days} days"
    return plain(f"1-2 shaky: again tomorrow, the gaps start over. 3-5 good: {good}.")


class AnswerPracticeScreen(ContentNotify, ModalScreen[int]):
    """Returns how many questions were rated."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "reveal", "Show my answer", id="answer_practice.reveal"),
        Binding("1", "rate(1)", "Rate", key_display="1-5", id="answer_practice.rate_shaky"),
        Binding("2", "rate(2)", "Rate 2", show=False, id="answer_practice.rate_unsure"),
        Binding("3", "rate(3)", "Rate 3", show=False, id="answer_practice.rate_okay"),
        Binding("4", "rate(4)", "Rate 4", show=False, id="answer_practice.rate_good"),
        Binding("5", "rate(5)", "Rate 5", show=False, id="answer_practice.rate_ready"),
        Binding("escape,q", "close", "Close", id="answer_practice.close"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "Practise your answers"  # `?` names it (ui/app_screens.show_help)
    DEFAULT_CLASSES = "form-screen"

    def __init__(self, db: Database, queue: list[QuestionRow], today: date) -> None:
        """``queue``: every question in practice order, due ones first. A round holds the
        ones due today (as many as the bank counts, up to ROUND_SIZE); with none due, it is
        an extra round of the next ones, and says so."""
        super().__init__()
        self.db = db
        due = [row for row in queue if row.is_due(today)]
        self.due_today = len(due)
        self.queue = (due or queue)[:ROUND_SIZE]
        self.today = today
        self.position = 0
        self.revealed = False
        self.rated = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="answers-practice-box", classes="form"):
            yield Static("Practise your answers", classes="form-title")
            yield Static(id="answers-progress", classes="form-intro")
            # j/k as well as the arrows, as every long text scrolls (kit/scroll_text.py).
            with ScrollText(id="answers-card"):
                yield Static(id="answers-question")
                yield Static(id="answers-star")
                # What a rating does, under the answer: above it, at 40x12 the words took
                # the box and the question and answer were out of sight (an attacker's walk).
                yield Static(id="answers-schedule")
            yield KeysHint(id="answers-keys", classes="form-keys")

    def on_mount(self) -> None:
        self.query_one("#answers-card").focus()
        self._show()

    def focus_target(self) -> Widget:
        return self.query_one("#answers-card")

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < SHORT_BELOW, "-short")
        self.call_after_refresh(self._fit_card)

    def _fit_card(self) -> None:
        """The card (question, answer, what a rating does) gets the rows the rest of the box
        leaves above the key bar, and scrolls inside them: as tall as it liked, the box cut
        it and the keys line at the terminal's edge, and what was cut could not be reached."""
        box, card = self.query_one("#answers-practice-box"), self.query_one("#answers-card")
        others = sum(c.outer_size.height for c in box.children if c is not card and c.display)
        chrome = others + box.styles.gutter.height + box.styles.margin.bottom + KEY_BAR_ROWS
        rows = max(CARD_LEAST_ROWS, min(CARD_MOST_ROWS, self.size.height - chrome))
        if card.styles.max_height is None or card.styles.max_height.value != rows:
            card.styles.max_height = rows
        self.call_after_refresh(self._say_keys)

    def _say_keys(self) -> None:
        """The keys line, with "j/k scroll" while the card has more than it shows: a long
        STAR answer went on below the card and nothing said so (the twenty-third round's list).
        """
        question = self.current
        more = self.query_one("#answers-card").max_scroll_y > 0
        entries = [("{list.down|down,j|j}/{list.up|up,k|k}", "scroll")] if more else []
        lead = Content("")
        if question is not None and self.revealed:
            lead = Content("How did it go?  ")
            entries[:0] = [("$r1-$r2", "shaky"), ("$r3-$r5", "good")]
        elif question is not None:
            entries.insert(0, ("$reveal", "show my answer"))
        said = lead + keys_line(
            self.app,
            *entries,
            ("$close", "close"),
            r1=key_of(self.app, "answer_practice.rate_shaky", "1"),
            r2=key_of(self.app, "answer_practice.rate_unsure", "2"),
            r3=key_of(self.app, "answer_practice.rate_okay", "3"),
            r5=key_of(self.app, "answer_practice.rate_ready", "5"),
            reveal=key_word(self.app, "answer_practice.reveal", "space", "Space"),
            close=esc_of(self.app, "answer_practice.close", "escape,q"),
        )
        keys = self.query_one("#answers-keys", KeysHint)
        if str(keys.keys) != str(said):  # its words changed: not redrawn every layout
            keys.update(said)
            # On two lines where one is too narrow (kit/keys_hint.py): the card gives the
            # row up, or the box cut the second line ("Esc close") at its edge.
            self.call_after_refresh(self._fit_card)

    @property
    def current(self) -> QuestionRow | None:
        return self.queue[self.position] if self.position < len(self.queue) else None

    def _show(self) -> None:
        question = self.current
        progress = self.query_one("#answers-progress", Static)
        star = self.query_one("#answers-star", Static)
        schedule = self.query_one("#answers-schedule", Static)
        shown = question is not None and self.revealed
        star.display = schedule.display = shown  # hidden, their blank lines go too
        if question is not None and self.revealed:
            schedule.update(_what_a_rating_does(question.review_step))
        if question is None:
            progress.update(plain(""))
            self.query_one("#answers-question", Static).update(
                markup_with(
                    "[b]Round done.[/b] $count practised. Saying an answer out loud is "
                    "most of the work.",
                    count=self.rated,
                )
                if self.queue
                else plain("No questions in the bank yet: add one with a.")
            )
            star.update("")
            self._say_keys()
            self.refresh_bindings()
            return
        n, total, due = self.position + 1, len(self.queue), self.due_today
        if not due:
            lead = markup_with(
                "Nothing is due today, so this is an extra round. Question $n of $total.",
                n=n,
                total=total,
            )
        elif due > total:
            lead = markup_with(
                "Question $n of $total ($due due today: the rest in the next round).",
                n=n,
                total=total,
                due=due,
            )
        else:
            lead = markup_with("Question $n of $total.", n=n, total=total)
        progress.update(
            lead if self.revealed else lead + plain(" Answer out loud first, then look.")
        )
        self.query_one("#answers-question", Static).update(
            Content.assemble(plain(question.question, "bold"))
            + (plain(f"\n{question.where}", "$text-muted") if question.where else plain(""))
        )
        if self.revealed:
            parts = star_text(question.situation, question.task, question.action, question.result)
            body = (
                Content("\n").join(
                    markup_with("[b]$label[/b]  ", label=label) + plain(text)
                    for label, text in parts
                )
                if parts
                else plain("No STAR answer written yet: e on the list to add one.", "$text-muted")
            )
            star.update(body)
        else:
            star.update("")
        self._say_keys()
        self.refresh_bindings()
        self.call_after_refresh(self._fit_card)  # the lines above the card may have changed

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reveal":
            return self.current is not None and not self.revealed
        if action == "rate":
            return self.current is not None and self.revealed
        return True

    def help_while_refused(self, action: str, parameters: tuple[object, ...]) -> str | None:
        """What `?` lists for a key that does nothing now (ui/screens/help.py): the rating
        keys before the answer shows, as what comes next; space once it shows, nothing."""
        if action == "rate" and self.current is not None:
            return "Rate, once your answer is shown"
        return None

    def action_reveal(self) -> None:
        self.revealed = True
        self._show()

    def action_rate(self, rating: int) -> None:
        self._rate(rating)

    def _rate(self, rating: int) -> None:
        question = self.current
        if question is None or not self.revealed:
            return
        try:
            record_round(self.db, question.id, rating, expected_version=question.version)
        except ConflictError as exc:
            if not exc.deleted and self._reload_current():
                # Changed in another window (practised there too): the rating would have
                # been lost with the round moving on. It stays, as it is now, to rate again.
                said = plain(f"{exc} It is shown as it is now: rate it again.")
                self.notify(said, severity="warning", title="Not saved")
                self._show()
                return
            self.notify(plain(str(exc)), severity="warning", title="Not saved")
        except BouncebackError as exc:
            self.notify(plain(str(exc)), severity="warning", title="Not saved")
        else:
            self.rated += 1
        self.position += 1
        self.revealed = False
        self._show()

    def _reload_current(self) -> bool:
        """Read the question on screen again (False: it is gone or cannot be read)."""
        try:
            self.queue[self.position] = get_question(self.db, self.queue[self.position].id)
        except BouncebackError:
            return False
        return True

    def action_close(self) -> None:
        self.dismiss(self.rated)
