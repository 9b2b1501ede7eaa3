"""The hostile corpus through People, the messages, the answer bank and Today's coping card.

tests/test_hostile_screens.py walks the Pipeline, Recovery, Skills, Reframe, Today and the
boards with the corpus in every free-text field; People's list and detail, its message and
delete dialogs, the answer bank's list and practice round (whose columns that file does not
fill) and the coping card were walked by hand only (rev5, in tmux). Same rules: nothing
painted carries a control character or a bidi override, and each string is shown literally
(``display_text``, whitespace runs made single; ``PREFIX`` characters where a widget clips).
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.domain.text import display_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.built_stores import store_once
from tests.hostile import hostile_strings
from tests.screen_text import assert_terminal_safe, is_on_screen, shown
from tests.test_hostile_screens import (
    PREFIX,
    Placed,
    demo_with_corpus,
    literal,
    settle,
    walking,
)

# The columns test_hostile_screens.FREE_TEXT leaves as the demo wrote them.
MORE_TEXT: dict[str, tuple[str, ...]] = {
    "interview_question": ("question", "answer_given", "situation", "task", "action", "result"),
    "coping_card": ("text",),
}


def demo_with_more_corpus(database: Database) -> Placed:
    placed = demo_with_corpus(database)
    corpus = hostile_strings()
    conn = sqlite3.connect(database.path)
    try:
        with conn:
            for table, columns in MORE_TEXT.items():
                rows = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
                for index, rowid in enumerate(rows):
                    values = {
                        c: corpus[(7 * index + 5 * n) % len(corpus)] for n, c in enumerate(columns)
                    }
                    sets = ", ".join(f"{column} = ?" for column in columns)
                    conn.execute(
                        f"UPDATE {table} SET {sets} WHERE rowid = ?", (*values.values(), rowid)
                    )
                    placed.setdefault(table, {})[rowid] = values
    finally:
        conn.close()
    return placed


@pytest.fixture
def placed(opened_paths: DataPaths) -> Placed:
    return store_once(opened_paths, demo_with_more_corpus)


def test_the_extra_columns_hold_corpus_strings(placed: Placed) -> None:
    for table in (*MORE_TEXT, "contact", "interaction"):
        assert placed.get(table), f"the demo wrote no {table} rows to fill"


async def test_people_list_and_detail_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane
        for contact_id, fields in placed["contact"].items():
            assert pane.select_item(contact_id)
            await pilot.pause()
            assert_terminal_safe(app)  # the list, the detail, the log
            for name in ("name", "role", "company", "phone", "notes"):
                if fields[name].strip():
                    literal(app, fields[name], f"person {contact_id} {name}", prefix=PREFIX)


async def test_people_message_and_delete_dialogs_show_the_name_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        (contact_id,) = conn.execute(
            "SELECT contact_id FROM application_contact ORDER BY contact_id LIMIT 1"
        ).fetchone()
    name = placed["contact"][contact_id]["name"]
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(contact_id)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        assert_terminal_safe(app)
        literal(app, f"A message to {display_text(name)}", "message kind", prefix=PREFIX)
        await pilot.press("enter")  # the first kind
        await settle(pilot)
        if isinstance(app.screen, PickScreen):  # which application (more than one)
            assert_terminal_safe(app)
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert_terminal_safe(app)  # the draft holds the person's and the company's text
        await pilot.press("escape")
        await settle(pilot)
        if isinstance(app.screen, ConfirmScreen):  # nothing was typed; never asks, but if
            await pilot.press("y")
            await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_terminal_safe(app)
        literal(app, name, "delete dialog", prefix=PREFIX)
        await pilot.press("y")
        await settle(pilot)
        assert_terminal_safe(app)
        literal(app, f"Deleted {display_text(name)}", "deleted toast", prefix=PREFIX)


async def test_the_answer_bank_and_its_practice_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    questions = placed["interview_question"]
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        assert_terminal_safe(app)
        for fields in questions.values():  # each line: stars, then the question, clipped
            literal(app, fields["question"], "answer bank line", prefix=PREFIX)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, AnswerPracticeScreen)
        assert_terminal_safe(app)
        await pilot.press("space")  # the STAR answer
        await settle(pilot)
        assert_terminal_safe(app)
        shown_now = [
            fields
            for fields in questions.values()
            if is_on_screen(app, shown(fields["question"])[:PREFIX].strip())
        ]
        assert shown_now, "the practice round shows none of the bank's questions"
        for name in ("situation", "task", "action", "result"):
            literal(app, shown_now[0][name], f"STAR {name}", prefix=PREFIX)


async def test_todays_coping_card_is_shown_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        for _ in range(6):  # the card fills in after the first paint
            await pilot.pause()
        assert_terminal_safe(app)
        assert is_on_screen(app, "A card you kept"), "the demo's day shows no card"
        cards = [fields["text"] for fields in placed["coping_card"].values()]
        assert any(is_on_screen(app, shown(card)[:PREFIX].strip()) for card in cards)
