"""`u` after a save that changed nothing (the round's last walk): the save writes nothing and
leaves nothing for `u`, so `u` takes back the pane's last recorded action, as it should (a
save that did nothing is no action). But the person had just saved something else, and
when the filter hid the row of what went, nothing on the screen moved: Acme (Engineer),
added before the filter was typed, was gone with "Taken back: Acme (Engineer) is removed."
and no title. The note now says the filter hid it (or, where the pane shows where the
cursor went by clearing the filter, that it cleared it and why), named as every note names
an application, "Company (Role)"."""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection, steps_of
from tests.ui_harness import app_on, fill, keep_toasts, settle


def _keep_titled(app: Any) -> list[tuple[str, str]]:
    """Every note shown from now on, (title, text), kept after its toast has gone (as
    ``keep_toasts``: on a loaded machine a toast's 5 s can pass between two steps)."""
    kept: list[tuple[str, str]] = []
    notes = app._notifications
    add = notes.add

    def add_and_keep(notification: Any) -> Any:
        kept.append((str(notification.title), str(notification.message)))
        return add(notification)

    notes.add = add_and_keep
    return kept


async def _filter(pilot: Any, words: str) -> None:
    await pilot.press("slash")
    for letter in words:
        await pilot.press(letter)
        await settle(pilot)
    await pilot.press("enter")
    await until_quiet(pilot)


async def _add_with_a(pilot: Any, **fields: str) -> None:
    """`a`, the form filled with ``fields``, saved."""
    await pilot.press("a")
    await settle(pilot, 3)
    await fill(pilot, **fields)
    await pilot.press("ctrl+s")
    await until_quiet(pilot)


async def _save_as_it_opened(pilot: Any, key: str = "e") -> None:
    await pilot.press(key)
    await settle(pilot, 3)
    assert isinstance(pilot.app.screen, FormScreen)
    await pilot.press("ctrl+s")
    await until_quiet(pilot)
    assert not isinstance(pilot.app.screen, FormScreen)


async def test_pipeline_an_add_the_filter_hid(opened_paths: DataPaths, db: Database) -> None:
    zeta = add(db, "Zeta Labs", "Designer")
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        titled = _keep_titled(app)
        said = keep_toasts(app)
        await until_quiet(pilot)
        await _add_with_a(pilot, company="Acme", role="Engineer")
        await _filter(pilot, "zeta")
        assert pane.select_item(zeta)
        await _save_as_it_opened(pilot)
        assert said[-1] == "Zeta Labs (Designer) is as it was, so nothing was saved."
        await pilot.press("u")
        await until_quiet(pilot)
        assert titled[-1] == (
            "Add taken back",
            'Taken back: Acme (Engineer) is removed. The filter "zeta" was hiding it.',
        )
        assert [(row.company, row.role) for row in pane._model.items] == [("Zeta Labs", "Designer")]
        assert focus_problem(app) is None


async def test_pipeline_an_add_in_sight_is_titled_as_the_other_panes_title_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Zeta Labs", "Designer")
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        titled = _keep_titled(app)
        await until_quiet(pilot)
        await _add_with_a(pilot, company="Acme", role="Engineer")
        await pilot.press("u")
        await until_quiet(pilot)
        assert titled[-1] == ("Add taken back", "Taken back: Acme (Engineer) is removed.")


async def _record_no(pilot: Any, company: str, role: str) -> None:
    await pilot.press("n")
    await settle(pilot, 3)
    await fill(pilot, company=company, role=role)
    await pilot.press("ctrl+s")
    await until_quiet(pilot)
    assert not isinstance(pilot.app.screen, FormScreen)


async def test_recovery_a_no_the_filter_hid(opened_paths: DataPaths, db: Database) -> None:
    zeta = add_rejection(db, "Zeta Labs", "Designer")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        titled = _keep_titled(app)
        said = keep_toasts(app)
        await until_quiet(pilot)
        await _record_no(pilot, "Acme", "Engineer")
        await pilot.press("escape")  # from the new plan's steps back to the list
        await _filter(pilot, "zeta")
        assert pane.select_item(zeta)
        pane.table.focus()
        await _save_as_it_opened(pilot)
        assert said[-1] == "Zeta Labs (Designer) is as it was, so nothing was saved.", said
        await pilot.press("u")
        await until_quiet(pilot)
        assert titled[-1] == (
            "Rejection taken back",
            'Taken back: the no from Acme (Engineer) is removed. The filter "zeta" was hiding it.',
        )
        assert focus_problem(app) is None


async def test_recovery_a_step_in_a_plan_the_filter_hid(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add_rejection(db, "Acme", "Engineer")
    zeta = add_rejection(db, "Zeta Labs", "Designer")
    async with app_on(opened_paths, "recovery", size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        titled = _keep_titled(app)
        await until_quiet(pilot)
        assert pane.select_item(acme)
        await pilot.press("c")
        await settle(pilot, 3)
        await fill(pilot, title="Call my old mentor")
        await pilot.press("ctrl+s")
        await until_quiet(pilot)
        pane.table.focus()
        await _filter(pilot, "zeta")
        assert pane.select_item(zeta)
        pane.table.focus()
        await _save_as_it_opened(pilot)
        await pilot.press("u")
        await until_quiet(pilot)
        # `u` shows the plan the step went from, clearing the filter, and says so.
        assert titled[-1] == (
            "Add taken back",
            'Taken back: the step “Call my old mentor” is removed. Filter "zeta" cleared: it '
            "hid its plan, Acme (Engineer).",
        )
        assert all(step.template_key is not None for step in steps_of(db, acme))
        assert focus_problem(app) is None


async def _an_add_the_filter_hid(
    paths: DataPaths, pane_name: str, item: int, added: dict[str, str], query: str
) -> tuple[str, str]:
    """On ``pane_name``: add ``added``, filter by ``query`` (which hides it), save ``item``
    unchanged, then `u`: the last note's title and text."""
    async with app_on(paths, pane_name, size=(100, 30), notifications=True) as (
        app,
        pilot,
        pane,
    ):
        titled = _keep_titled(app)
        await until_quiet(pilot)
        await _add_with_a(pilot, **added)
        await _filter(pilot, query)
        assert pane.select_item(item)
        await _save_as_it_opened(pilot)
        await pilot.press("u")
        await until_quiet(pilot)
        assert focus_problem(app) is None
        return titled[-1]


async def test_skills_an_item_the_filter_hid(opened_paths: DataPaths, db: Database) -> None:
    from bounceback_tui.domain.skills import validate_skill
    from bounceback_tui.services.skills import add_skill
    from tests.conftest import FIXED_TODAY

    sql = add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    assert await _an_add_the_filter_hid(
        opened_paths, "skills", sql, {"title": "Negotiation"}, "sql"
    ) == (
        "Add taken back",
        'Taken back: “Negotiation” is removed. The filter "sql" was hiding it.',
    )


async def test_people_a_person_the_filter_hid(opened_paths: DataPaths, db: Database) -> None:
    from bounceback_tui.domain.people import validate_contact
    from bounceback_tui.services import people_edits
    from tests.conftest import FIXED_TODAY

    jo = people_edits.add_contact(db, validate_contact({"name": "Jo Park"}, FIXED_TODAY))
    assert await _an_add_the_filter_hid(
        opened_paths, "people", jo, {"name": "Kenji Tanaka"}, "jo"
    ) == (
        "Add taken back",
        'Taken back: Kenji Tanaka is removed. The filter "jo" was hiding it.',
    )
