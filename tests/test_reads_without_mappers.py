"""Showing every pane reads the store without the ORM (docs/performance.md, "Memory, mem8's
round"): SQLAlchemy's mappers, about 2 MiB resident once configured, are configured by the
first statement compiled through a mapped class, so a visit that only reads (every pane, an
application's details, a recovery plan, Skills with its figures and suggestion) leaves them
unconfigured, and shows what the store holds. The first write configures them.

The app runs in a fresh interpreter: this process has configured them long ago.

The store, made below by hand (the clock frozen at 2026-03-16, tests/conftest.py):

  settings    ghost_after_days 50 (not the default 21), skills_doing_limit 2 (not 3)
  Northwind Analytics, Data Engineer: applied 2026-02-01, interviewing 2026-02-20, marked
    rejected 2026-03-02 after the interviews ("went with an internal candidate"); its plan's
    first two steps ticked, its soft-skills reflection "Mostly technical, I never mentioned
    teamwork", a finished and a draft thought record, a done skill "System design" and one
    in progress "Kubernetes"
  Globex, Analyst: applied 2026-02-01 and nothing since (43 days: quiet after 21 days, not
    after 50); added last, so the Pipeline shows it first
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from sqlmodel import select

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.soft_skill_cues import SOFT_SKILLS_STEP_KEY
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.pipeline_moves import mark_rejected
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from tests.pipeline_fixtures import put
from tests.recovery_fixtures import link_records, tick_first

D = date


def _fill(db: Database) -> None:
    save_setting(db, "ghost_after_days", 50)
    save_setting(db, "skills_doing_limit", 2)
    northwind = put(
        db,
        "Northwind Analytics",
        [("applied", D(2026, 2, 1)), ("interviewing", D(2026, 2, 20))],
        role="Data Engineer",
        date_applied=D(2026, 2, 1),
    )
    receipt = mark_rejected(
        db,
        northwind,
        RejectionInput(D(2026, 3, 2), Stage.INTERVIEWING, "went with an internal candidate"),
    )
    rejection_id = receipt.rejection_id
    tick_first(db, rejection_id, 2)
    link_records(db, rejection_id)
    with db.write() as session:
        step = session.exec(
            select(RecoveryStep).where(
                RecoveryStep.rejection_id == rejection_id,
                RecoveryStep.template_key == SOFT_SKILLS_STEP_KEY,
            )
        ).one()
        step.answer = "Mostly technical, I never mentioned teamwork"
    put(db, "Globex", [("applied", D(2026, 2, 1))], role="Analyst", date_applied=D(2026, 2, 1))


_VISIT = """
import asyncio, json, sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect

import bounceback_tui.store.models as models
from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp


def configured():
    mappers = [inspect(getattr(models, name)) for name in models.__all__]
    assert len(mappers) > 20
    return sorted(mapper.class_.__name__ for mapper in mappers if mapper.configured)


def screen(app):
    # What every text widget shown says, each flattened, then every line painted.
    from textual.widgets import Static

    texts = [
        " ".join(str(getattr(widget.render(), "plain", "")).split())
        for widget in app.screen.walk_children(with_self=False)
        if isinstance(widget, Static) and widget.region.area
    ]
    lines = [" ".join("".join(s.text for s in strip).split()) for strip in
             app.screen._compositor.render_strips()]
    return " | ".join(texts + lines)


async def main():
    clock.freeze(datetime(2026, 3, 16, 9, 30), tz="Europe/London")
    app = BouncebackApp(DataPaths(Path(DATA), Path(CONFIG)))
    seen = {}
    async with app.run_test(size=(120, 40)) as pilot:
        async def press(*keys):
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
                await app.workers.wait_for_complete()
                await pilot.pause()

        await press("2")
        seen["pipeline first"] = screen(app)
        await press("j")
        seen["pipeline second"] = screen(app)
        await press("3")
        seen["recovery"] = screen(app)
        await press("enter", "4", "5")
        seen["skills"] = screen(app)
        await press("6", "1")
        seen["configured after the visit"] = configured()
        from bounceback_tui.services.recovery_plans import load_plan, plan_rows

        (row,) = plan_rows(app.db)
        plan = load_plan(app.db, row.rejection_id)
        seen["plan"] = [row.company, row.done, len(plan.steps), plan.rejection.reason]
        seen["configured after reading a plan"] = configured()
        await press("3", "enter", "end", "space")  # the last step, a guardrail: a plain tick
        seen["recovery after a tick"] = screen(app)
        seen["configured after a tick"] = configured()
    print(json.dumps(seen))


asyncio.run(main())
"""


@pytest.mark.slow
def test_every_pane_shown_reads_without_configuring_the_mappers(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    _fill(db)
    db.dispose()
    probe = (
        textwrap.dedent(_VISIT)
        .replace("DATA", repr(str(opened_paths.data_dir)), 1)
        .replace("CONFIG", repr(str(opened_paths.config_dir)), 1)
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])

    # Globex, 43 days in Applied: quiet after the default 21 days, not after the store's 50.
    first = seen["pipeline first"]
    assert "Globex" in first and "Applied for 43 days" in first
    assert "No reply in" not in first
    # Northwind's details: its timeline in the order of the moves, and its rejection.
    second = seen["pipeline second"]
    assert "Northwind Analytics" in second
    timeline = ["2026-02-01 Applied", "2026-02-20 Interviewing", "2026-03-02 Rejected"]
    places = [second.index(entry) for entry in timeline]
    assert places == sorted(places)
    assert "Rejected 2026-03-02 after Interviewing" in second
    assert "Reason given: went with an internal candidate" in second
    # Recovery: the one plan, two steps ticked, and what it led to.
    recovery = seen["recovery"]
    assert "“went with an internal candidate”" in recovery
    assert "Reframed: “I'll never get hired”, “They hated me” (draft)" in recovery
    assert "Skills grown: System design" in recovery
    # Skills: one of the store's limit of two in progress, and the reflection's suggestion.
    skills = seen["skills"]
    assert "1 of 2 in progress" in skills
    assert "your reflection on Northwind Analytics (Data Engineer): “Mostly technical" in skills

    assert seen["configured after the visit"] == []
    company, done_steps, total, reason = seen["plan"]
    # Two ticked by hand, and "Note what came back", which a no's reason notes (done with it).
    assert (company, done_steps, reason) == (
        "Northwind Analytics",
        3,
        "went with an internal candidate",
    )
    assert total > done_steps
    assert f"{done_steps}/{total}" in recovery
    assert seen["configured after reading a plan"] == []
    # A tick is a write: the ORM's objects, and so its mappers, from then on.
    assert f"4/{total}" in seen["recovery after a tick"]
    assert "Application" in seen["configured after a tick"]


def test_each_view_read_over_a_table_names_only_its_columns() -> None:
    """``read_as`` selects a view's fields by name: each must be a column of its table."""
    from dataclasses import fields

    from bounceback_tui.services.application_views import ApplicationView, StageChangeView
    from bounceback_tui.services.recovery_views import RejectionView, StepView
    from bounceback_tui.store.models import Application, Rejection, StageChange
    from bounceback_tui.store.table_reads import columns

    for view, model in (
        (ApplicationView, Application),
        (StageChangeView, StageChange),
        (RejectionView, Rejection),
        (StepView, RecoveryStep),
    ):
        names = {field.name for field in fields(view)}
        assert names <= set(columns(model).keys()), (
            view.__name__,
            names - set(columns(model).keys()),
        )
