"""A lone carriage return in a many-line field is drawn as a line break, not as "\ufffd".

The CSV import now keeps a note's "\\r" exactly (as the JSON import did), where it used to
turn it into a line break; the app then drew it as "\ufffd" in the Pipeline detail's notes,
its "Reason given" and Recovery's quote of the reason. It is the person's line break, so
it is drawn as one (and "\\r\\n" too); the stored text is kept as it is, and every other
control character is still shown as "\ufffd".
"""

from __future__ import annotations

import itertools

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.text import markup_with, plain, plain_line
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes

BREAKS = ["\r", "\r\n"]


def _two_lines(lines: list[str], first: str, second: str) -> bool:
    """``first`` ends one painted line and ``second`` is on the next."""
    return any(
        above.rstrip().endswith(first) and second in below
        for above, below in itertools.pairwise(lines)
    )


def _seed(paths: DataPaths, brk: str) -> tuple[int, int]:
    db = Database(paths.database)
    try:
        app_id = add(db, "Acme", stage="rejected", date_applied="2026-03-01")
        rejection_id = add_rejection(db, application_id=app_id, reason="placeholder")
    finally:
        db.dispose()
    another_program_writes(
        paths,
        "UPDATE application SET notes = ? WHERE id = ?",
        (f"Met them{brk}at the fair", app_id),
    )
    another_program_writes(
        paths,
        "UPDATE rejection SET reason = ? WHERE id = ?",
        (f"Too junior{brk}for this team", rejection_id),
    )
    return app_id, rejection_id


@pytest.mark.parametrize("brk", BREAKS, ids=["lone-cr", "crlf"])
async def test_the_pipeline_detail_draws_it_as_a_line_break(
    opened_paths: DataPaths, brk: str
) -> None:
    app_id, _ = _seed(opened_paths, brk)
    async with app_on(opened_paths, "pipeline", size=(160, 50)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle(pilot)
        lines = screen_lines(app)
        painted = "\n".join(lines)
        assert "\ufffd" not in painted, painted
        assert _two_lines(lines, "Met them", "at the fair"), painted
        assert _two_lines(lines, "Too junior", "for this team"), painted


@pytest.mark.parametrize("brk", BREAKS, ids=["lone-cr", "crlf"])
async def test_recovery_quotes_the_reason_on_two_lines(opened_paths: DataPaths, brk: str) -> None:
    # The request for feedback quotes it as written; the plan's title, one line, joins it.
    _, rejection_id = _seed(opened_paths, brk)
    db = Database(opened_paths.database)
    try:
        ask = step_by_key(db, rejection_id, "feedback.ask")
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery", size=(160, 50)) as (app, pilot, pane):
        assert pane.select_item(rejection_id)
        await settle(pilot)
        assert pane.select_step(ask.id)
        await settle(pilot)
        lines = screen_lines(app)
        painted = "\n".join(lines)
        assert "\ufffd" not in painted, painted
        assert "“Too junior for this team”" in painted, painted
        assert _two_lines(lines, "Too junior", "for this team”"), painted


def test_the_helpers_keep_one_line_fields_and_other_controls() -> None:
    for brk in BREAKS:
        assert plain(f"a{brk}b").plain.split("\n") == ["a", "b"]
        assert markup_with("$x", x=f"a{brk}b").plain.split("\n") == ["a", "b"]
        assert plain_line(f"a{brk}b").plain.strip() in ("a b", "a  b")  # one line still
    assert plain("a\x1bb\x07c").plain == "a\ufffdb\ufffdc"  # other controls as before
