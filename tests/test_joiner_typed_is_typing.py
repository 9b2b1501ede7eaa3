"""A zero-width joiner or non-joiner typed is typing, wherever a letter typed is.

The text fields take these two keys though they do not print (an emoji family, a Persian
word: tests/test_joiners_typed_as_keys.py). Three places still asked only whether a key
prints: a picker's list (People `l`, after ↓) handed a letter to its "Type to find" box but
dropped a joiner, so a Persian name typed there lost its non-joiner and found nothing; a
field the mouse wheel had scrolled away stayed out of sight while a joiner went into it; and
the app's key queue made the key after a joiner wait, as after a key that may open
something. The keys are read by the parser the app's terminal driver reads the terminal
with (Pilot's ``press`` gives these keys no character, which a terminal does).
"""

from __future__ import annotations

import weakref
from typing import Any

from textual import events
from textual.widgets import Input, OptionList

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.pick import PickList, PickScreen
from tests.people_fixtures import seed_people
from tests.test_joiners_typed_as_keys import type_keys
from tests.ui_harness import app_on, post_wheel, settle, settle_workers

ZWJ, ZWNJ = "\u200d", "\u200c"
PERSIAN = f"می{ZWNJ}خواهم"  # its non-joiner keeps the ی from joining the خ


async def test_a_joiner_typed_on_the_pickers_list_goes_to_type_to_find(
    opened_paths: DataPaths,
) -> None:
    def more(db: Database, _ids: dict[str, int]) -> None:
        add_application(db, ApplicationInput(company=PERSIAN, role="Engineer"))

    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        people={"rita": ({"name": "Rita", "email": "", "kind": "recruiter"}, ())},
        more=more,
    )
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        box = app.screen.query_one("#pick-filter", Input)
        await type_keys(pilot, "می")
        await pilot.press("down")  # into the list
        await settle(pilot)
        assert isinstance(app.focused, PickList)
        await type_keys(pilot, ZWNJ)  # the word goes on: the joiner, then its letters
        await settle(pilot)
        assert app.focused is box
        await type_keys(pilot, "خواهم")
        await settle(pilot)
        assert box.value == PERSIAN
        options = app.screen.query_one(OptionList)
        first = options.get_option_at_index(0).prompt
        assert str(getattr(first, "plain", first)).startswith(f"{PERSIAN} (Engineer)")
        assert focus_problem(app) is None


async def test_a_joiner_typed_after_the_wheel_brings_the_field_back_in_sight(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "people", size=(60, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("a")  # a new person: their name first
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        name = app.focused
        assert isinstance(name, Input)
        await type_keys(pilot, "می")
        fields = app.screen.query_one("FormFields")
        middle = fields.region.y + fields.region.height // 2
        post_wheel(app, fields.region.x + 10, middle, "down", 5)
        await settle(pilot, 4)
        assert not fields.scrollable_content_region.contains_region(name.region)
        assert app.focused is name
        await type_keys(pilot, ZWNJ)
        await settle(pilot)
        assert name.value == f"می{ZWNJ}"
        view = fields.scrollable_content_region
        assert view.contains_region(name.region)  # where the person can see it
        assert focus_problem(app) is None


async def test_the_key_after_a_joiner_typed_into_a_field_is_not_held(
    opened_paths: DataPaths,
) -> None:
    # A key on its way to the field that has the focus, which takes it whatever it is:
    # the next key follows it at once (a letter does so; a key that may open something,
    # Escape, makes the next one wait its turn).
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.focused, Input)

        def follows_at_once(key: events.Key) -> bool:
            app._key_on_way, app._key_sent_to = weakref.ref(key), app.focused
            try:
                return bool(app._typing_on())
            finally:
                app._key_on_way = app._key_sent_to = None

        keys: list[Any] = [
            events.Key("x", "x"),
            events.Key("zero_width_joiner", ZWJ),
            events.Key("zero_width_non_joiner", ZWNJ),
            events.Key("escape", "\x1b"),
        ]
        assert [follows_at_once(key) for key in keys] == [True, True, True, False]
