"""Two applications at one company, told apart wherever the app names one.

A tester with two applications at Northwind, "Backend Engineer" and "Platform Engineer",
found places that named the company alone, so they could not tell which was meant: Today's
interview strip ("Phone screen: Northwind", "How did it go? Phone screen at Northwind, …"),
the "How did it go at …" form and the thank-you it offers, Today's next step ("Start your
recovery plan for Northwind") and due lines ("Northwind: Let yourself feel it for a while"),
and more. Each now names the application as every note does, "Company (Role)". The clock
stands at Monday 16 March 2026, 09:30 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import is_on_screen, screen_lines
from tests.ui_harness import app_on, fill, settle, settle_workers

BACKEND = "Northwind (Backend Engineer)"
PLATFORM = "Northwind (Platform Engineer)"


def _interview(db: Database, app_id: int, kind: str, day: str, at: str) -> None:
    values = {"kind": kind, "day": day, "at": at, "zone": "Europe/London"}
    interviews.add_interview(db, app_id, validate_interview(values, FIXED_TODAY))


def two_at_northwind(paths: DataPaths) -> dict[str, int]:
    """Northwind's two applications: the backend one's phone screen last Friday (how it went
    not told yet), the platform one's onsite tomorrow afternoon."""
    db = Database(paths.database)
    try:
        ids = {}
        for key, role in (("backend", "Backend Engineer"), ("platform", "Platform Engineer")):
            app = add_application(
                db,
                ApplicationInput(
                    company="Northwind",
                    role=role,
                    stage=Stage.INTERVIEWING,
                    date_applied=date(2026, 3, 2),
                ),
            )
            assert app.id is not None
            ids[key] = app.id
        _interview(db, ids["backend"], "phone_screen", "2026-03-13", "10:00")
        _interview(db, ids["platform"], "onsite", "2026-03-17", "16:00")
        return ids
    finally:
        db.dispose()


@pytest.fixture
def northwind(opened_paths: DataPaths) -> DataPaths:
    two_at_northwind(opened_paths)
    return opened_paths


async def test_todays_interview_strip_names_the_role(northwind: DataPaths) -> None:
    async with app_on(northwind, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        lines = "\n".join(screen_lines(app))
        assert f"How did it go? Phone screen at {BACKEND}, Fri 13 Mar 10:00  (h)" in lines
        assert f"tomorrow 16:00  Onsite: {PLATFORM}  (N)" in lines


def test_the_today_command_names_the_role_and_no_empty_brackets(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.commands.today import render_text
    from bounceback_tui.services.today import load_today
    from bounceback_tui.services.today_people import load_people_today

    two_at_northwind(opened_paths)
    db = Database(opened_paths.database)
    try:
        app = add_application(
            db, ApplicationInput(company="Acme", role="", stage=Stage.INTERVIEWING)
        )
        assert app.id is not None
        _interview(db, app.id, "final", "2026-03-18", "11:00")
    finally:
        db.dispose()
    people = load_people_today(opened_paths.database)
    text = render_text(load_today(opened_paths.database, FIXED_TODAY), people)
    assert f"Onsite: {PLATFORM}" in text
    assert "Final: Acme\n" in text  # no "Acme ()"


async def test_how_it_went_and_the_thank_you_name_the_role(northwind: DataPaths) -> None:
    async with app_on(northwind, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert is_on_screen(app, f"How did it go at {BACKEND}?")
        await fill(pilot, note="Went well")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert is_on_screen(app, f"Write a thank-you to {BACKEND}?")


async def test_at_80_columns_the_strip_cuts_the_role_before_the_day(northwind: DataPaths) -> None:
    """A line too long for the strip cuts the application's name part by part, its day and
    time and its key kept whole; the two at Northwind still read apart."""
    async with app_on(northwind, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        strip = [line.strip(" █") for line in screen_lines(app) if line.startswith(" █ ")]
        ask = "How did it go? Phone screen at Northwind (Backend…), Fri 13 Mar 10:00  (h)"
        assert ask in strip, strip
        assert f"tomorrow 16:00  Onsite: {PLATFORM}  (N)" in strip, strip


def _no_from_backend(paths: DataPaths) -> None:
    """Northwind's no to the backend application, today: its plan not started yet."""
    from tests.recovery_fixtures import add_rejection

    db = Database(paths.database)
    try:
        add_rejection(db, "Northwind", "Backend Engineer", FIXED_TODAY)
    finally:
        db.dispose()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_todays_next_step_and_due_line_name_the_role(
    northwind: DataPaths, size: tuple[int, int]
) -> None:
    _no_from_backend(northwind)
    async with app_on(northwind, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        lines = screen_lines(app)
        screen = "\n".join(lines)
    if size == (120, 40):
        assert f"Next step: Start your recovery plan for {BACKEND}  (n)" in screen
        assert f"{BACKEND} said no today. The first steps take minutes." in screen
        assert f"☐ {BACKEND}: Let yourself feel it for a while" in screen
    else:  # the due list's box is narrow: the plan named by what tells it apart on the
        # list (its company: no other line there is at Northwind), its step's first words
        # and its day kept (tests/test_today_names_cut_apart.py)
        assert f"Next step: Start your recovery plan for {BACKEND}  (n)" in screen
        assert "│ ☐ Northwind: Let yourself…    today   │" in screen


def test_the_today_command_names_the_role_in_its_next_step_and_due_lines(
    northwind: DataPaths,
) -> None:
    from bounceback_tui.commands.today import render_text
    from bounceback_tui.services.today import load_today

    _no_from_backend(northwind)
    text = render_text(load_today(northwind.database, FIXED_TODAY))
    assert f"Next step: Start your recovery plan for {BACKEND}\n" in text
    assert f"  {BACKEND} said no today. The first steps take minutes." in text
    assert f"  - {BACKEND}: Let yourself feel it for a while" in text


def test_a_plan_gone_quiet_names_its_role() -> None:
    from bounceback_tui.domain.next_step import StepFacts, StuckPlan, choose_next_step

    stuck = StuckPlan(4, "Northwind", date(2026, 3, 9), None, None, "Backend Engineer")
    step = choose_next_step(
        StepFacts(FIXED_TODAY, True, stuck_plan=stuck, last_application_on=FIXED_TODAY)
    )
    assert step.title == f"Pick up your plan for {BACKEND}"
    assert step.reason == f"Your plan for {BACKEND} has not moved since 9 Mar."


def test_a_suggested_soft_skill_and_its_source_line_leave_an_empty_role_out(
    db: Database,
) -> None:
    """A no without a role: the item a suggestion made kept "My reflection on Acme ()",
    and Skills' line read "From your reflection on Acme ()"."""
    from bounceback_tui.services.skill_suggestions import SoftSkillSuggestion, accept_suggestion
    from bounceback_tui.services.skills import get_skill
    from bounceback_tui.ui.skills.detail import source_phrase
    from tests.recovery_fixtures import add_rejection, steps_of

    for role, named in (("", "Acme"), ("Engineer", "Acme (Engineer)")):
        rid = add_rejection(db, "Acme", role, date(2026, 3, 12))
        step = steps_of(db, rid)[0].id
        assert step is not None
        said = SoftSkillSuggestion(rid, step, "Acme", role, date(2026, 3, 12), "I rushed.")
        row = get_skill(db, accept_suggestion(db, said))
        assert row.why == f"My reflection on {named}: “I rushed.”"
        assert source_phrase(row).plain == f"From your reflection on {named}  · s opens it"


def _priya(paths: DataPaths) -> tuple[int, dict[str, int]]:
    """Priya Raman at Northwind, linked to both applications: the platform onsite with her,
    an email sent about the backend one and her reply."""
    from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
    from bounceback_tui.services import people_edits
    from bounceback_tui.services.people_log import log_interaction

    ids = two_at_northwind(paths)
    db = Database(paths.database)
    try:
        priya = people_edits.add_contact(
            db, validate_contact({"name": "Priya Raman", "kind": "recruiter"}, FIXED_TODAY)
        )
        people_edits.link_application(db, priya, ids["backend"])
        values = {"kind": "onsite", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"}
        validated = validate_interview(values, FIXED_TODAY)
        interviews.add_interview(db, ids["platform"], validated, contact_ids=(priya,))
        for kind, day in ((InteractionKind.SENT, 9), (InteractionKind.REPLIED, 11)):
            log_interaction(
                db,
                InteractionInput(kind, date(2026, 3, day), ""),
                application_id=ids["backend"],
                contact_id=priya,
            )
        return priya, ids
    finally:
        db.dispose()


def test_peoples_log_and_interviews_name_the_role(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.people import contact_detail
    from bounceback_tui.ui.people.detail import person_content

    priya, _ids = _priya(opened_paths)
    db = Database(opened_paths.database)
    try:
        shown = person_content(contact_detail(db, priya), FIXED_TODAY).plain.splitlines()
    finally:
        db.dispose()
    assert f"  Onsite: {PLATFORM}" in shown
    assert f"2026-03-09  Sent · {BACKEND}" in shown
    assert f"2026-03-11  They replied · {BACKEND}" in shown


def test_the_report_and_the_calendar_name_the_role(opened_paths: DataPaths) -> None:
    import io

    from bounceback_tui.transfer.ics_export import export_calendar
    from bounceback_tui.transfer.report import ReportOptions, write_report

    _priya(opened_paths)
    out = io.StringIO()
    write_report(opened_paths.database, out, ReportOptions(date(2026, 3, 1), date(2026, 3, 31)))
    assert f"- 2026-03-11: They replied (Priya Raman, {BACKEND})" in out.getvalue()
    ics = io.StringIO()
    export_calendar(opened_paths.database, ics)
    unfolded = ics.getvalue().replace("\r\n ", "")
    assert f"SUMMARY:Onsite: {PLATFORM}" in unfolded


async def test_linking_a_person_names_the_application(opened_paths: DataPaths) -> None:
    from tests.ui_harness import keep_toasts

    _priya(opened_paths)
    async with app_on(opened_paths, "people", size=(120, 40), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        said = keep_toasts(app)
        await pilot.press("l")  # link: the one application she is not linked to yet
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert said[-1] == f"Linked Priya Raman to {PLATFORM}."


async def test_dialog_titles_keep_a_long_role_whole_where_there_is_room(
    opened_paths: DataPaths,
) -> None:
    """ "Rejected: Initech (Site Reliability Engine…)" with most of an 82-column dialog free,
    "Recorded. Initech (Site Reliability Engine…) said no.", "Next follow-up: Umbrella Health
    (Backend Developer (Pyth…)", "Edit: Globex Corporation Inte… (Senior Python Developer)",
    and Recovery's "Only the plan for Initech (Site Reliability Engine…) gets it": each part
    was cut at 24 cells with most of the line free. The name has 56 cells now."""
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen

    sre = ("Initech", "Site Reliability Engineer")
    python = ("Umbrella Health", "Backend Developer (Python/Django)")
    globex = ("Globex Corporation International", "Senior Python Developer")
    db = Database(opened_paths.database)
    try:
        ids = {}
        for company, role in (sre, python, globex):
            app = add_application(db, ApplicationInput(company=company, role=role))
            assert app.id is not None
            ids[company] = app.id
    finally:
        db.dispose()
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, pane):
        assert pane.select_item(ids["Initech"])
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.form_title) == "Rejected: Initech (Site Reliability Engineer)"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PlanOfferScreen)
        assert str(app.screen.question) == "Recorded. Initech (Site Reliability Engineer) said no."
        await pilot.press("n")
        await settle(pilot)
        assert pane.select_item(ids["Umbrella Health"])
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        wanted = "Next follow-up: Umbrella Health (Backend Developer (Python/Django))"
        assert str(app.screen.form_title) == wanted
        await pilot.press("escape")
        await settle(pilot)
        assert pane.select_item(ids["Globex Corporation International"])
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        # 56 cells for the name, brackets closed, the role cut at a word's end.
        wanted = "Edit: Globex Corporation International (Senior Python…)"
        assert str(app.screen.form_title) == wanted
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("3")  # Recovery: the plan just made, a step of one's own
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert is_on_screen(
            app, "Only the plan for Initech (Site Reliability Engineer) gets it; the template"
        )


def test_the_insights_command_keeps_a_long_role_family_whole(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """`insights` cut "Backend Developer Python Dj…" at 28 characters, the rest of its line
    free."""
    from bounceback_tui.cli import main

    db = Database(opened_paths.database)
    try:
        for company in ("Northwind", "Contoso"):
            add_application(
                db,
                ApplicationInput(
                    company=company,
                    role="Backend Developer Python Django",
                    date_applied=date(2026, 3, 2),
                ),
            )
    finally:
        db.dispose()
    assert main(["insights"]) == 0
    out = capsys.readouterr().out
    assert "  Backend Developer Python Django    2 sent  too few to tell\n" in out, out
