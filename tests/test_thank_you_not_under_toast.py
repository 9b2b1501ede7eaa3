"""Today's "How did it go?" saved at 60x20: the thank-you question that follows shows its
buttons and keys, not a toast over them (ui/today/actions.py).

A stranger's walk: `h` on Today, a rating and a question they asked, ctrl+s; the "Write a
thank-you…?" dialog's buttons were hidden under the toast "Saved. 1 question joined your
answer bank (i opens it).". What the save says is now the question's first line.
"""

from __future__ import annotations

from textual.widgets._toast import Toast

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import assert_on_screen, screen_lines
from tests.ui_harness import app_on, settle_workers


def _past_interview(db: Database) -> None:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    data = validate_interview(
        {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    interviews.add_interview(db, app.id, data)


async def test_the_thank_you_question_is_not_under_a_toast_at_60x20(
    opened_paths: DataPaths, db: Database
) -> None:
    _past_interview(db)
    async with app_on(opened_paths, size=(60, 20), notifications=True) as (app, pilot, _):
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-rating").value = "4"
        app.screen.query_one("#field-questions").text = "Why Initech?"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, "Write a thank-you to Initech (Analyst)?")
        # Without `i`, which opens the bank once the question is answered (not while it is
        # open: tests/test_thank_you_keys_work.py).
        assert_on_screen(app, "Saved. 1 question joined your answer bank.")
        painted = "\n".join(screen_lines(app))
        for words in ("Write it", "Not now", "y Write it", "n/Esc Not now"):
            assert words in painted, painted
        assert not [toast for toast in app.screen.query(Toast) if toast.region.area], painted
