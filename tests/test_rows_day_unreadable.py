"""A skill's target or a person's follow-up that another program wrote over says "unreadable".

A tester's walk: `sqlite3 store "update skill set target_date='[b]garbage[/]'"` (or a
contact's `next_follow_up`): the item was listed with no target at all, as if none had been
set, where Reframe's list says "unreadable" in its date column
(test_stored_dates_unreadable.test_reframe_lists_a_record_whose_day_is_unreadable).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from bounceback_tui.domain.people import ContactInput
from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _write_over(paths: DataPaths, table: str, column: str, row_id: int) -> None:
    another_program_writes(
        paths, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (GARBAGE, row_id)
    )


def _under(lines: list[str], title: str) -> list[str]:
    """Whether "unreadable" is on the line under each place ``title`` shows, in its column."""
    found = []
    for above, below in pairwise(lines):
        at = above.find(title)
        if at >= 0:
            found.append("unreadable" if "unreadable" in below[at : at + 80] else "")
    return found


async def test_a_skill_whose_target_is_unreadable_says_so_in_the_list_and_its_detail(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.services.skills import add_skill
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        item = add_skill(db, SkillInput("Practise system design", target_date=date(2026, 4, 1)))
        add_skill(db, SkillInput("Read the SQL book"))  # no target: still none said
    finally:
        db.dispose()
    item_id = item if isinstance(item, int) else item.id
    _write_over(opened_paths, "skill", "target_date", item_id)
    async with app_on(opened_paths, "skills", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(item_id)
        await settle_workers(pilot)
        lines = screen_lines(app)
        # A card (and the detail) says what is under its title, in its own column.
        assert _under(lines, "Practise system design") == ["unreadable"] * 2, lines
        assert _under(lines, "Read the SQL book") == [""], lines
        await pilot.press("v")  # the list: its target column says it
        await settle_workers(pilot)
        lines = screen_lines(app)
        rows = [line.split() for line in lines if "Practise system design" in line]
        assert ["design", "Other", "To", "do", "unreadable"] in [row[3:8] for row in rows], rows
        others = [line for line in lines if "Read the SQL book" in line]
        assert others and "unreadable" not in others[0], others
        assert not any("garbage" in line for line in lines), lines
        assert focus_problem(app) is None


async def test_a_person_whose_follow_up_is_unreadable_says_so_in_their_detail(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.services.people_edits import add_contact
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        dana = add_contact(db, ContactInput("Dana Okafor", next_follow_up=date(2026, 4, 1)))
    finally:
        db.dispose()
    _write_over(opened_paths, "contact", "next_follow_up", dana)
    async with app_on(opened_paths, "people", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(dana)
        await settle_workers(pilot)
        body = pane.query_one("#people-detail-body").render().plain
        follow_up = [line.split() for line in body.splitlines() if line.startswith("Follow up")]
        assert follow_up == [["Follow", "up", "unreadable"]], body
        assert "garbage" not in body
        assert focus_problem(app) is None


async def test_a_skill_whose_finish_is_unreadable_says_so_on_its_card_and_detail(
    opened_paths: DataPaths,
) -> None:
    """`skill.finished_at` written over on a finished item: its card said nothing of when
    (the target, if any), and its detail "Done on ?"."""
    from bounceback_tui.services.skills import add_skill
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        item = add_skill(db, SkillInput("Practise system design"))
    finally:
        db.dispose()
    item_id = item if isinstance(item, int) else item.id
    another_program_writes(
        opened_paths,
        "UPDATE skill SET status = 'done', finished_at = ? WHERE id = ?",
        (GARBAGE, item_id),
    )
    async with app_on(opened_paths, "skills", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(item_id)
        await settle_workers(pilot)
        lines = screen_lines(app)
        assert _under(lines, "Practise system design") == ["unreadable"] * 2, lines
        assert any("Done on unreadable" in line for line in lines), lines
        assert not any("garbage" in line for line in lines), lines
        assert focus_problem(app) is None


async def test_a_person_logged_with_only_on_unreadable_days_was_last_in_touch_unreadable(
    opened_paths: DataPaths,
) -> None:
    """Their one line in the log written over: "Last in touch  not yet" said they never were."""
    from bounceback_tui.domain.people import InteractionInput, InteractionKind
    from bounceback_tui.services import people_log
    from bounceback_tui.services.people_edits import add_contact
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        dana = add_contact(db, ContactInput("Dana Okafor"))
        maya = add_contact(db, ContactInput("Maya Lin"))  # never logged with: "not yet"
        people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 9), "Asked about next steps"),
            contact_id=dana,
        )
    finally:
        db.dispose()
    another_program_writes(
        opened_paths, "UPDATE interaction SET happened_on = ? WHERE contact_id = ?", (GARBAGE, dana)
    )
    async with app_on(opened_paths, "people", size=(160, 40)) as (app, pilot, pane):
        for person, said in ((dana, "unreadable"), (maya, "not yet")):
            assert pane.select_item(person)
            await settle_workers(pilot)
            body = pane.query_one("#people-detail-body").render().plain
            last = [line.split() for line in body.splitlines() if line.startswith("Last in touch")]
            assert last == [["Last", "in", "touch", *said.split()]], body
            assert "garbage" not in body
        assert focus_problem(app) is None
