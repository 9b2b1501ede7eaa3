"""`bounceback-tui today` and `today --json`, without Textual or the ORM."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.built_stores import store_once
from tests.today_fixtures import build_store
from tests.written_over import another_program_writes


def test_today_json(opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    build_store(opened_paths.database)
    assert main(["today", "--json", "--data-dir", str(opened_paths.data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == "2026-03-16"
    assert data["bounce_back_days_latest"] == 2
    assert data["bounce_back_days_median_90d"] == 3.5  # worked out in test_today_figures
    assert data["days_since_last_rejection"] == 2
    assert data["applications_this_week"] == 1
    assert data["weekly_goal"] == 5
    assert data["streak_days"] == 4  # 03-11 to 03-15, a day of rest between
    assert data["next_step"]["title"] == "Ask Romeo (Engineer) for feedback"
    assert [d["kind"] for d in data["due"]][:2] == ["feedback_request", "follow_up"]


def test_today_text(opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    build_store(opened_paths.database)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Monday 16 March 2026\n")
    assert "Next step: Ask Romeo (Engineer) for feedback" in out
    assert "! Ask Romeo (Engineer) for feedback (was due 8 Mar)" in out
    assert "Bounce-back     2 days (median 3.5 over 90 days)" in out


def test_today_does_not_load_textual_or_the_orm(opened_paths: DataPaths) -> None:
    probe = (
        "import sys\n"
        "from bounceback_tui.cli import main\n"
        f"code = main(['today', '--json', '--data-dir', {str(opened_paths.data_dir)!r}])\n"
        "heavy = sorted(m for m in ('textual', 'sqlmodel', 'sqlalchemy') if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY=\n" in result.stderr
    assert json.loads(result.stdout)["weekly_goal"] == 5


def test_today_text_lists_the_most_urgent_dozen_and_counts_the_rest(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 60)
    assert main(["today", "--json", "--data-dir", str(opened_paths.data_dir)]) == 0
    total = json.loads(capsys.readouterr().out)["due_total"]
    assert total > 12  # the demo year leaves more than a screenful due
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    due_section = out.split("Due now", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    items = [line for line in due_section if line.startswith(("  ! ", "  - "))]
    assert len(items) == 12
    head, kinds = due_section[-1].split(": ", 1)
    assert head == f"  and {total - 12} more"
    # Said by kind, as the pane says it; the kinds' counts add up to the rest.
    assert sum(int(part.split()[0]) for part in kinds.split(", ")) == total - 12


def test_today_text_counts_in_words_that_agree(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    build_store(opened_paths.database)  # goal met one week in a row (test_today_figures)
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("DELETE FROM activity_day")
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-03-16', 1)")
    conn.close()
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("  Active streak   1 day in a row\n")
    assert "  Goal streak     1 week in a row\n" in out
    assert "  Last rejection  2 days ago, 1 application sent since\n" in out


def _long_names(paths: DataPaths) -> str:
    long = "Northwind Traders International Holdings " * 5  # 205 characters
    build_store(paths.database)
    another_program_writes(paths, "UPDATE application SET company = ?", (long.strip(),))
    another_program_writes(paths, "UPDATE rejection SET company = ?", (long.strip(),))
    return long.strip()


def test_today_text_fits_a_terminals_width_and_keeps_every_character_when_piped(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a terminal a 205-character company ran a follow-up's line over four rows of 60
    (a 10,000-character one over a screenful): each line now fits the terminal's width,
    cut with an ellipsis, and a pipe or a file gets every line whole."""
    import shutil

    long = _long_names(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    piped = capsys.readouterr().out
    assert f"Follow up with {long}" in piped  # whole, for a script

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a: os.terminal_size((60, 24)))
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in shown) <= 60
    follow = next(line for line in shown if "Follow up with Northwind" in line)
    # The name cut, at a word's end, how late kept after it (tests/test_today_cli_fits_width.py).
    assert follow == "  ! Follow up with Northwind… (Engineer) (3 days late)", follow
    assert "  Bounce-back     2 days (median 3.5 over 90 days)" in shown  # short lines whole


def test_today_text_names_the_plan_done_when_another_has_a_step_due(
    db: Database, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """Northwind said no today, its first step ticked; Contoso's no from 12 days back was
    recorded today. "You have done what your plan asks for now" sat above Contoso's step."""
    from datetime import timedelta

    from bounceback_tui.domain.applications import RejectionInput, validate_application
    from bounceback_tui.domain.recovery_forms import RejectionInput as NoInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services import applications, pipeline_moves, recovery_plans
    from bounceback_tui.services.recovery import add_rejection
    from bounceback_tui.services.recovery_steps import set_step_done
    from tests.conftest import FIXED_TODAY

    form = {"company": "Northwind", "role": "Engineer", "stage": "applied", "date_applied": "today"}
    app_id = applications.add_application(db, validate_application(form, FIXED_TODAY)).id or 0
    no = RejectionInput(FIXED_TODAY, Stage.INTERVIEWING)
    rejection_id = pipeline_moves.mark_rejected(db, app_id, no).rejection_id
    plan = recovery_plans.load_plan(db, rejection_id)
    assert plan is not None
    set_step_done(db, plan.steps[0].id, True)
    contoso = add_rejection(
        db, NoInput("Contoso", "Engineer", rejected_on=FIXED_TODAY - timedelta(12))
    )
    # Its plan started with a later step ticked (untouched, rule 3 offers to start it first).
    contoso_plan = recovery_plans.load_plan(db, contoso.id)
    assert contoso_plan is not None
    set_step_done(db, contoso_plan.steps[-1].id, True)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    # Contoso's "(+N more)" leaves out "Note what came back": nothing was asked yet
    # (tests/test_reply_waits_for_ask.py).
    assert (
        "Next step: Tomorrow: Talk it through with someone close\n"
        "  Northwind (Engineer) said no today. Today's steps for it are done: go easy until "
        "then. Your plan for Contoso (Engineer) has a step due below.\n\n"
        "Due now (2)\n"
        "  - Contoso (Engineer): Keep the bridge intact: send a gracious reply (+11 more) "
        "(was due 5 Mar)\n"
        "  - Ask Contoso (Engineer) for feedback (was due 7 Mar)\n"
    ) in out
