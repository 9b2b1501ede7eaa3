"""The answer bank's `d` asks first, as every other delete in the app does (ux10, item 5).

Every delete elsewhere (an application, a person, a rejection or a step, a thought record, a
skill, an interview, a followed board) opens the same dialog, "Delete …?", and then offers
`u`. The bank's `d` deleted the question and its STAR answer at once: one stray key and the
answer was gone unless the person saw the toast in time.
"""

from __future__ import annotations

from textual.widgets import OptionList, Static

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import assert_terminal_safe, screen_text, shown
from tests.ui_harness import app_on, settle_workers

QUESTION = "Why [b]this[/b] company? [link=x]y [ \U0001f680 \u202eevil"


def _bank(db: Database) -> None:
    answers.add_question(
        db,
        validate_question({"question": QUESTION, "action": "I read their engineering blog."}),
    )


def _questions(db: Database) -> list[str]:
    return [row.question for row in answers.list_questions(db)]


async def test_d_asks_first_and_no_keeps_the_question(
    opened_paths: DataPaths, db: Database
) -> None:
    _bank(db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        bank = app.screen
        assert isinstance(bank, AnswerBankScreen)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert _questions(db) == [QUESTION]  # nothing deleted yet
        assert shown(QUESTION)[:20] in " ".join(screen_text(app).split())
        assert_terminal_safe(app)
        await pilot.press("n")
        await settle_workers(pilot)
        assert app.screen is bank
        assert _questions(db) == [QUESTION]
        assert focus_problem(app) is None


async def test_yes_deletes_and_u_brings_it_back(opened_paths: DataPaths, db: Database) -> None:
    _bank(db)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        bank = app.screen
        await pilot.press("d")
        await settle_workers(pilot)
        await pilot.press("y")
        await settle_workers(pilot)
        assert app.screen is bank
        assert _questions(db) == []
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle_workers(pilot)
        assert _questions(db) == [QUESTION]
        assert focus_problem(app) is None


def _three(db: Database) -> list[str]:
    for question, asked_at in (
        ("Why Acme?", "Acme, first call"),
        ("Tell me about yourself.", "Initech, panel"),
        ("What is your biggest weakness?", "Globex, final"),
    ):
        answers.add_question(db, validate_question({"question": question, "asked_at": asked_at}))
    return _questions(db)


def _cursor(app) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The question highlighted, and the detail line under the list."""
    bank = app.screen
    assert isinstance(bank, AnswerBankScreen)
    index = bank.query_one("#answers-list", OptionList).highlighted
    assert index is not None
    detail = str(bank.query_one("#answers-detail", Static).render())
    return bank.rows[index].question, detail.splitlines()[0]


async def _delete_from(pilot, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*keys)
    await settle_workers(pilot)
    await pilot.press("d")
    await settle_workers(pilot)
    await pilot.press("y")
    await settle_workers(pilot)


async def test_after_a_delete_the_cursor_is_on_its_neighbour(
    opened_paths: DataPaths, db: Database
) -> None:
    # A tester's walk: G, d, y on the last question left the cursor on the first or the
    # second, and the detail line told of another question still.
    first, second, last = _three(db)
    asked = {q.question: q.asked_at for q in answers.list_questions(db)}
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        await _delete_from(pilot, ["G"])  # the last: the one before it, now the last
        assert _questions(db) == [first, second]
        assert _cursor(app) == (second, f"Asked: {asked[second]}")
        await pilot.press("u")
        await settle_workers(pilot)
        assert _cursor(app) == (last, f"Asked: {asked[last]}")
        await _delete_from(pilot, ["g", "j"])  # the middle one: the next
        assert _questions(db) == [first, last]
        assert _cursor(app) == (last, f"Asked: {asked[last]}")
        await _delete_from(pilot, ["g"])  # the first: the next
        assert _cursor(app) == (last, f"Asked: {asked[last]}")
        await _delete_from(pilot, ["g"])  # the only one: nothing to show
        assert _questions(db) == []
        assert str(app.screen.query_one("#answers-detail", Static).render()) == ""
        assert focus_problem(app) is None
