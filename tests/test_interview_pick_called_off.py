"""`N`'s list of interviews marks the ones called off, as People's details do, and puts them
last (left alone last round, docs/testing.md).

Rita was in three: Initech's technical last Friday (held; Initech said no since: history),
Globex's phone screen on Tuesday, for an application that said no after it was booked, and
Acme's onsite on Wednesday (still on). The details said "· called off" beside Globex's; `N`
listed all three alike, in time order, the one called off before the one still on.
"""

from __future__ import annotations

from textual.widgets import OptionList

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people_edits
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle


def _interview(db: Database, application: int, person: int, kind: str, day: str) -> None:
    typed = {"kind": kind, "day": day, "at": "09:00", "zone": "Europe/London"}
    interviews.add_interview(db, application, validate_interview(typed, FIXED_TODAY), (person,))


def _seed(paths: DataPaths) -> dict[str, int]:
    def more(db: Database, ids: dict[str, int]) -> None:
        globex = add_application(db, ApplicationInput(company="Globex", role="Designer"))
        assert globex.id is not None
        people_edits.link_application(db, ids["rita"], globex.id)
        # Initech said no before this runs: its interview is one already held.
        _interview(db, ids["initech"], ids["rita"], "technical", "2026-03-13")
        _interview(db, globex.id, ids["rita"], "phone_screen", "2026-03-17")
        _interview(db, ids["acme"], ids["rita"], "onsite", "2026-03-18")
        update_application(
            db,
            globex.id,
            ApplicationInput(company="Globex", role="Designer", stage=Stage.REJECTED),
            RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.SCREENING),
        )

    rita = {"name": "Rita", "kind": "recruiter"}
    return seed_people(
        paths,
        reached=Stage.INTERVIEWING,
        people={"rita": (rita, ("acme", "initech"))},
        more=more,
    )


async def test_n_marks_an_interview_called_off_and_lists_it_last(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        options = app.screen.query_one(OptionList)
        prompts = [options.get_option_at_index(n).prompt for n in range(options.option_count)]
        assert [getattr(p, "plain", p) for p in prompts] == [
            "Fri 13 Mar 09:00  Technical  Initech (Analyst)",
            "Wed 18 Mar 09:00  Onsite  Acme (Engineer)",
            "Tue 17 Mar 09:00  Phone screen  Globex (Designer) · called off",
        ]
        # In the warning colour, as the details show it.
        last = prompts[-1]
        assert [
            last.plain[span.start : span.end]
            for span in getattr(last, "spans", [])
            if "$text-warning" in str(span.style)
        ] == [" · called off"]
        assert "Globex (Designer) · called off" in screen_text(app)

        # The dialog of what to do with it says so too.
        options.highlighted = 2
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        assert "Tue 17 Mar 09:00 · called off" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None
