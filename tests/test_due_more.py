"""Today's line under the due list says what it leaves out, by kind (domain/due_more.py).

A stranger's walk (sixteenth round), the demo at 160x45: twenty-one items, then "and 2 more"
and two empty rows; nothing said what the two were (quiet applications and drafts are listed
three at most) or where to find them."""

from __future__ import annotations

from bounceback_tui.domain.due import DueKind
from bounceback_tui.domain.due_more import more_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from tests.conftest import FIXED_TODAY


def test_the_line_counts_each_kind_left_out_in_the_lists_order() -> None:
    unlisted = [
        (DueKind.FOLLOW_UP, 0),
        (DueKind.GHOSTED, 1),
        (DueKind.THOUGHT_DRAFT, 2),
        (DueKind.SKILL_IN_PROGRESS, 0),
    ]
    assert more_text(unlisted) == ("and 3 more: 1 quiet application, 2 Reframe drafts")
    assert more_text([(DueKind.FOLLOW_UP, 0)]) == ""
    assert more_text([]) == ""


def test_five_quiet_applications_list_three_and_count_two(opened_paths: DataPaths) -> None:
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        for n in range(5):
            conn.execute(
                "INSERT INTO application (company, role, stage, date_applied, created_at, "
                "updated_at) VALUES (?, 'Dev', 'applied', '2026-01-05', '2026-01-05', "
                "'2026-01-05')",
                (f"Quiet {n}",),
            )
    summary = load_today(opened_paths.database, FIXED_TODAY)
    listed = [item for item in summary.due if item.kind is DueKind.GHOSTED]
    assert len(listed) == 3
    assert dict(summary.due_unlisted)[DueKind.GHOSTED] == 2
    assert more_text(summary.due_unlisted) == ("and 2 more: 2 quiet applications")


def test_the_printed_today_says_what_its_dozen_leaves_out(opened_paths: DataPaths) -> None:
    # The demo's `today` printed twelve items and "and 11 more"; the pane says by kind.
    from bounceback_tui.commands.today import render_text
    from bounceback_tui.domain.due import DueItem

    steps = [
        DueItem(DueKind.RECOVERY_STEP, f"Step {n}", FIXED_TODAY, n, step_id=n) for n in range(13)
    ]
    follow_up = DueItem(DueKind.FOLLOW_UP, "Follow up with Initech", FIXED_TODAY, 99)
    summary = load_today(opened_paths.database, FIXED_TODAY)._replace(
        due=[*steps, follow_up],
        due_total=16,
        due_unlisted=((DueKind.GHOSTED, 2),),
    )
    lines = render_text(summary).splitlines()
    listed = [line for line in lines if line.startswith("  - ")]
    assert listed[-1].startswith("  - Step 11")
    assert "  and 4 more: 1 recovery step, 1 follow-up, 2 quiet applications" in lines, lines
