"""Small words a newcomer tripped over (a stranger's walk, eighteenth round).

- The skill form's target date suggested "-3d", then refused it ("has passed").
- Escape on a form editing a saved record said "Nothing in it has been saved yet", as if the
  record itself had never been saved.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.skills.form import skill_fields
from tests.quiet import until_quiet
from tests.test_people_pane import seeded  # noqa: F401  (the fixture: Rita and her applications)
from tests.ui_harness import settle

TODAY = date(2026, 3, 16)


def test_every_example_the_target_date_offers_is_taken() -> None:
    (target,) = [spec for spec in skill_fields() if spec.name == "target_date"]
    examples = [part.strip() for part in target.placeholder.split(",")][1:]  # past YYYY-MM-DD
    assert len(examples) >= 2
    for example in examples:
        values = {"title": "SQL", "kind": "technical", "target_date": example}
        result = validate_skill(values, TODAY)
        assert result.target_date is not None and result.target_date >= TODAY, example


async def _escape_question(app: BouncebackApp, pilot: object, field: str) -> str:
    form = app.screen
    assert isinstance(form, FormScreen)
    form.query_one(f"#field-{field}").focus()
    await settle(pilot)
    await pilot.press("x")  # type: ignore[attr-defined]
    await pilot.press("escape")  # type: ignore[attr-defined]
    await settle(pilot)
    assert isinstance(app.screen, ConfirmScreen)
    question = f"{app.screen.question} {app.screen.detail}"
    await pilot.press("y")  # type: ignore[attr-defined]
    await settle(pilot)
    return question


async def test_escape_on_an_edit_says_the_saved_record_is_kept(seeded) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await until_quiet(pilot)
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        edited = await _escape_question(app, pilot, "notes")
        await pilot.press("a")
        await settle(pilot)
        new = await _escape_question(app, pilot, "name")
    assert "Your changes are not saved yet" in edited
    assert "Nothing in it" not in edited
    assert "Nothing in it has been saved yet" in new
