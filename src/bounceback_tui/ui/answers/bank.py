"""The answer bank: every question, its confidence and next review; add, edit, delete (u
undoes), add the questions of a note, and practise."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui import clock
from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, ValidationError
from bounceback_tui.services import answers
from bounceback_tui.services.answers import QuestionRow
from bounceback_tui.services.kept_edits import question_kept
from bounceback_tui.ui.answers.bank_delete import BankDeleteUndo
from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.form import FormScreen, SaveGuard
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_question_note
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.key_text import esc_of, keys_of
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.read_failed import read_again_or_say
from bounceback_tui.ui.kit.text import markup_with, plain, plain_line, toast_with
from bounceback_tui.ui.pane_keys import EVERYWHERE, SCREEN_GROUPS

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database


# Below this many rows the gaps close and the intro and detail lines are cut to one line
# each (styles/insights.tcss): at 40x15 the list had no row left (a tester's walk).
SHORT_BELOW = 24


def _line(row: QuestionRow, today: date) -> Content:
    stars = "★" * (row.confidence or 0) + "·" * (5 - (row.confidence or 0))
    if row.next_review_on is None:
        when = "new"
    elif row.next_review_on <= today:
        when = "due"
    else:
        when = f"next {row.next_review_on.isoformat()}"
    tags = f"  [{', '.join(row.tags)}]" if row.tags else ""
    return Content.assemble(
        # In the row's own colour: the accent's brown read at 2.7:1 in the light theme, and
        # not at all on its cursor in 16 colours (a stranger's walk); ★ and · say it in shape.
        plain(f"{stars} "),
        plain_line(row.question),
        plain(f"  {when}{tags}", "$text-muted"),
    )


def readiness(row: QuestionRow, today: date) -> str:
    """What the stars beside a question say: how ready the person feels, as they rated it
    when they added it or at the last practice. Beside "new", "★★···" said nothing of where
    it came from (a stranger's walk)."""
    if row.confidence is None:
        return "How ready you feel: not rated yet (a practice round rates it)"
    said = f"How ready you feel: {row.confidence} of 5"
    if row.last_practised_on is None:
        return f"{said}, as you rated it when you added it; not practised yet"
    return f"{said}, as you rated it at practice on {day_month(row.last_practised_on, today)}"


class AnswerBankScreen(BankDeleteUndo):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "practise", "Practise", id="answer_bank.practise"),
        Binding("a", "add", "Add", id="answer_bank.add"),
        Binding("e", "edit", "Edit", id="answer_bank.edit"),
        Binding("n", "from_note", "From a note", id="answer_bank.from_note"),
        Binding("d", "delete", "Delete", id="answer_bank.delete"),
        Binding("u", "undo", "Undo", id="answer_bank.undo"),
        Binding("escape,q", "close", "Close", id="answer_bank.close"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "Answer bank"  # `?` names it (ui/app_screens.show_help)
    # What `?` says each key does here, as a pane's `?` does (ui/screens/help._help_words).
    HELP_WORDS: ClassVar[dict[str, str]] = {
        **dict(EVERYWHERE.entries),
        "app.help": "every key of this screen",
        **dict(SCREEN_GROUPS["answer_bank"][0].entries),
        "answer_bank.close": "close the answer bank",
        "choices.choose": "edit the highlighted question",
        "choices.down": "down the questions",
        "choices.up": "up the questions",
        "choices.first": "first question",
        "choices.last": "last question",
    }

    def __init__(self, db: Database, select: int | None = None) -> None:
        super().__init__()
        self.db = db
        self._select = select  # the question shown first (the palette's)
        self.rows = []
        self._deleted = None

    def compose(self) -> ComposeResult:
        with Vertical(id="answers-box"):
            yield Static("Interview answer bank", classes="form-title")
            yield Static(id="answers-intro", classes="form-intro")
            yield ChoiceList(id="answers-list")  # j/k/g/G as well as the arrows
            yield Static(id="answers-detail")
            yield KeysHint(id="answers-keys", classes="form-keys")

    def on_mount(self) -> None:
        self.reload(select=self._select)
        self.query_one("#answers-list").focus()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < SHORT_BELOW, "-short")

    def focus_target(self) -> Widget:
        return self.query_one("#answers-list")

    def reload(self, select: int | None = None) -> None:
        today = clock.today()
        # The question highlighted now, read before the rows change under the cursor.
        current = select if select is not None else self.selected_id
        self.rows = answers.list_questions(self.db)
        listing = self.query_one("#answers-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(_line(row, today), id=str(row.id)) for row in self.rows])
        due = sum(1 for row in self.rows if row.is_due(today))
        keys = keys_of(
            self.app, "answer_bank", practise="p", add="a", edit="e", from_note="n", delete="d"
        )
        keys["close"] = esc_of(self.app, "answer_bank.close", "escape,q")
        intro = self.query_one("#answers-intro", Static)
        intro.set_class(bool(self.rows), "-counts")  # the counts, not how to begin
        intro.update(
            markup_with(
                "$count, $due to practise today. ★ is how ready you feel, 1 to 5; new: "
                "not practised yet. Write the better answer as Situation, Task, Action, Result.",
                count=plural(len(self.rows), "question"),
                due=due,
            )
            if self.rows
            else plain(
                f"Questions you were asked, and the answers you would give now. Add one with "
                f"{keys['add']}, or paste a note about an interview with {keys['from_note']}: "
                "each sentence ending in ? becomes a question. The recovery step \u201cWhich "
                "questions would I answer differently now?\u201d adds its questions here too."
            )
        )
        # Practice, edit and delete only once there is a question to act on.
        self.query_one("#answers-keys", Static).update(
            keys_line(
                self.app,
                *(
                    (("$practise", "practise"), ("$add", "add"), ("$edit", "edit"))
                    if self.rows
                    else (("$add", "add"),)
                ),
                ("$from_note", "from a note"),
                *((("$delete", "delete"),) if self.rows else ()),
                ("$close", "close"),
                **keys,
            )
        )
        ids = [row.id for row in self.rows]
        if current in ids:
            listing.highlighted = ids.index(current)
        elif ids:
            listing.highlighted = 0
        self._show_detail()
        self.refresh_bindings()

    @property
    def selected(self) -> QuestionRow | None:
        index = self.query_one("#answers-list", OptionList).highlighted
        return self.rows[index] if index is not None and index < len(self.rows) else None

    @property
    def selected_id(self) -> int | None:
        row = self.selected if self.rows else None
        return row.id if row else None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def _show_detail(self) -> None:
        row = self.selected
        detail = self.query_one("#answers-detail", Static)
        if row is None:
            detail.update("")
            return
        parts: list[Content] = []
        if row.where:
            parts.append(plain(f"Asked: {row.where}", "$text-muted"))
        if row.skills:
            parts.append(plain("Skills: " + ", ".join(t for _, t in row.skills), "$text-muted"))
        parts.append(plain(readiness(row, clock.today()), "$text-muted"))  # what the stars say
        parts.append(
            plain(
                "STAR answer written" if row.has_star else "No STAR answer yet (e to write one)",
                "$text-success" if row.has_star else "$text-warning",
            )
        )
        detail.update(Content("\n").join(parts))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete"):
            return self.selected is not None
        if action == "practise":
            return bool(self.rows)
        if action == "undo":
            return self._deleted is not None
        return True

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | None:
        """`u` with nothing to undo says so, as on the panes (kit/refused_keys.py)."""
        return "Nothing to undo here." if action == "undo" else None

    def on_key(self, event: events.Key) -> None:
        from bounceback_tui.ui.kit.refused_keys import say_refused

        say_refused(self, event.key)

    def action_practise(self) -> None:
        from bounceback_tui.ui.answers.practice import AnswerPracticeScreen

        queue = answers.practice_queue(self.db, clock.today())
        self.app.push_screen(
            AnswerPracticeScreen(self.db, queue, clock.today()),
            lambda _: read_again_or_say(self, self.reload),
        )

    def action_add(self) -> None:
        from bounceback_tui.ui.answers.form import question_fields

        def submit(values: dict[str, str]) -> QuestionRow:
            return answers.add_question(self.db, validate_question(values))

        def done(row: QuestionRow | None) -> None:
            if row is not None:
                self.reload(select=row.id)

        self.app.push_screen(FormScreen("A question for the bank", question_fields(), submit), done)

    def action_edit(self) -> None:
        from bounceback_tui.ui.answers.form import question_fields

        row = self.selected
        if row is None:
            return
        guard = SaveGuard(row.version)
        unchanged = [False]  # saved as it is stored: nothing written (services/kept_edits.py)

        def submit(values: dict[str, str]) -> QuestionRow:
            data = validate_question(values)
            if guard.as_new:
                return answers.add_question(self.db, data)
            unchanged[0] = question_kept(self.db, row.id, data, guard.version)
            if unchanged[0]:
                return row
            return answers.update_question(self.db, row.id, data, expected_version=guard.version)

        def fresh() -> tuple[dict[str, str], int] | None:
            try:
                now = answers.get_question(self.db, row.id)
            except BouncebackError:
                return None
            return {spec.name: spec.value for spec in question_fields(now)}, now.version

        def now(columns: dict[str, object]) -> dict[str, str]:
            """The form's values of the question another window saved (the dialog names
            the fields that changed)."""
            return {spec.name: spec.value for spec in question_fields(answers.question_of(columns))}

        def done(saved: QuestionRow | None) -> None:
            self.reload(select=saved.id if saved is not None else row.id)
            if saved is not None and unchanged[0]:
                self.notify(kept_question_note(row.question), title=NOTHING_CHANGED)

        self.app.push_screen(
            FormScreen(
                "Edit the question",
                question_fields(row),
                submit,
                guard=guard,
                reload=fresh,
                values_now=now,
            ),
            done,
        )

    def action_from_note(
        self, typed: dict[str, str] | None = None, choices: dict[str, bool] | None = None
    ) -> None:
        """The note's questions are shown first, each to keep or leave (ui/answers/
        note_questions.py); Escape there comes back here with the note as typed, and on
        again with the questions ticked as the person left them (``choices``)."""
        from bounceback_tui.domain.note_questions import NoteQuestion
        from bounceback_tui.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
        from bounceback_tui.services.answer_notes import add_kept, questions_in_note
        from bounceback_tui.ui.answers.note_questions import NoteQuestionsScreen
        from bounceback_tui.ui.kit.form import FieldSpec
        from bounceback_tui.ui.kit.stored_field import stored_field

        Found = tuple[dict[str, str], list[NoteQuestion]]

        def submit(values: dict[str, str]) -> Found:
            note = values.get("note", "")
            if len(note) > LONG_TEXT_LIMIT:
                raise ValidationError.single("note", "That note is too long to read.")
            found = questions_in_note(self.db, note)
            if not found:
                raise ValidationError.single(
                    "note", "No question found: write each one ending with a question mark."
                )
            return values, found

        def added(
            rows: list[QuestionRow] | None, values: dict[str, str], chosen: dict[str, bool]
        ) -> None:
            if rows is None:
                self.action_from_note(values, chosen)  # back to the note
                return
            self.reload(select=rows[0].id if rows else None)
            self.notify(
                toast_with("$count in the bank.", count=plural(len(rows), "new question"))
                if rows
                else plain("No question added.")
            )

        def done(result: Found | None) -> None:
            if result is None:
                return
            values, found = result
            if all(question.held for question in found):
                self.notify(plain("Those questions are in the bank already."))
                return
            asked_at = values.get("asked_at", "").strip()[:SHORT_TEXT_LIMIT]
            preview = NoteQuestionsScreen(
                found,
                lambda kept: add_kept(self.db, kept, asked_at=asked_at),
                choices=choices,
                unsaved="Your note has not been saved yet.",  # the form is closed meanwhile
            )
            self.app.push_screen(preview, lambda rows: added(rows, values, preview.choices))

        self.app.push_screen(
            FormScreen(
                "How did the interview go?",
                # The note first: "Write freely" is read as "start typing", and the text
                # went into the optional "Which one" line above it (rev8's review).
                (
                    FieldSpec(
                        "note",
                        "Your note",
                        kind="multiline",
                        required=True,
                        max_length=LONG_TEXT_LIMIT,
                    ),
                    stored_field(
                        "interview_question.asked_at",
                        "Which one",
                        placeholder="Company, round",
                        max_length=SHORT_TEXT_LIMIT,
                    ),
                ),
                submit,
                intro="Write freely. Every sentence that ends with ? is shown to you, "
                "to keep or leave.",
                submit_label="Next",
                typed=typed,  # back from the questions: still unsaved, Escape asks
            ),
            done,
        )

    def action_close(self) -> None:
        self.dismiss(None)
