"""Keys named in the app's own text follow the person's keymap.

A stranger's walk: with `"pipeline.review_quiet" = "R"` the Pipeline's header still said
"8 quiet (r)"; with the suggestion's keys on `+` and `-`, Skills' banner still said
"A add it  X not for this one"; with `"people.log" = "+"` a person's detail still said
"Nothing logged yet: i adds a line."; and the Skills detail box's footer still read
"[ ] status  K J order  d delete  ? keys" after those keys moved. Today asked for the key
as bound (`app.key_label`); these now do too (`ui/kit/key_text.key_of`).
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_text
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers

KEYMAP = """[keymap]
"pipeline.review_quiet" = "R"
"skills.accept_suggestion" = "+"
"skills.dismiss" = "-"
"people.log" = "+"
"skills.status_back" = "<"
"skills.status_forward" = ">"
"skills.priority_up" = "ctrl+up"
"skills.delete" = "D"
"""


async def test_pane_text_names_the_remapped_keys(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, KEYMAP) as (app, pilot):
        assert not [m for m in app.messages if "not changed" in m or "not a binding" in m]
        await pilot.press("2")
        await settle_workers(pilot)
        pipeline = screen_text(app)
        await pilot.press("5")
        await settle_workers(pilot)
        skills = screen_text(app)
    assert " quiet (R)" in pipeline and " quiet (r)" not in pipeline, pipeline
    assert "+ add it  - not for this one" in skills, skills
    assert "A add it" not in skills
    assert "< > status  ^↑ J order" in skills, skills
    assert "D delete  ? keys" in skills, skills


async def test_a_person_with_no_log_names_the_remapped_log_key(opened_paths: DataPaths) -> None:
    from bounceback_tui.domain.stages import Stage
    from tests.people_fixtures import seed_people

    seed_people(
        opened_paths,
        reached=Stage.SCREENING,
        people={"sam": ({"name": "Sam Rivera", "role": "Recruiter"}, ())},
    )
    async with _keymapped(opened_paths, '[keymap]\n"people.log" = "+"\n') as (app, pilot):
        await pilot.press("6")
        await settle_workers(pilot)
        shown = screen_text(app)
    assert "Nothing logged yet: + adds a line." in shown, shown
    assert " i adds" not in shown


async def test_nothing_matches_names_the_remapped_clearing_key(opened_paths: DataPaths) -> None:
    # A stranger's walk: with the Pipeline's clearing on ctrl+l, "Nothing matches 'zzz'.
    # Escape clears the filter." while Escape did nothing there.
    store_once(opened_paths, fill_demo, 60)
    keymap = '[keymap]\n"pipeline.clear_filter" = "ctrl+l"\n"pipeline.filter" = "F"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("F", "z", "z", "z")
        await settle_workers(pilot)
        shown = screen_text(app)
    assert "Nothing matches 'zzz'. ^l clears the filter." in shown, shown
    assert "Escape clears" not in shown


async def test_nothing_matches_says_escape_while_it_is_the_key(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.filter" = "F"\n') as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("F", "z", "z", "z")
        await settle_workers(pilot)
        shown = screen_text(app)
    assert "Nothing matches 'zzz'. Escape clears the filter." in shown, shown
