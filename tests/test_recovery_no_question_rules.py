"""What the round's last walk left in Recovery's `n` question (a no typed by hand whose company
has an application open in the Pipeline; services/open_applications.py,
ui/recovery/open_choice.py, domain/companies.py): "Acme Incorporated" was not "Acme" there
though "Acme Inc." was, and the import had a rule of its own; Enter was not on the key bar;
and the highlight started on an offer."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from bounceback_tui.domain.companies import company_key
from bounceback_tui.importers.dedupe import KnownPostings
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.open_applications import open_at_company
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen
from tests.pipeline_fixtures import D as day
from tests.pipeline_fixtures import add, put
from tests.ui_harness import app_on, fill, settle

# How people write one company: the legal form short or long, with a comma or a dot.
ONE_COMPANY = [
    "Acme",
    "ACME",
    "Acme Inc.",
    "Acme, Inc.",
    "Acme Incorporated",
    "Acme Ltd",
    "Acme Limited",
    "Acme Co.",
    "Acme Company",
    "Acme Corp",
    "Acme Corporation",
    "Acme LLC",
    "Acme GmbH",
    "Acme,",
    "Acme.",
    "The Acme Company",
    "Acme Co., Ltd.",
]


@pytest.mark.parametrize("written", ONE_COMPANY)
def test_the_question_finds_acme_however_it_is_written(db: Database, written: str) -> None:
    acme = add(db, "Acme", "Data Analyst", date_applied="2026-03-02")
    found = open_at_company(db, written, "Data Analyst")
    assert [app.id for app in found] == [acme], written


@pytest.mark.parametrize("written", ONE_COMPANY)
def test_the_import_counts_the_same_company(written: str) -> None:
    known = KnownPostings([("Acme", "Data Analyst", "")])
    assert known.match(written, "Data Analyst", "") == "same role", written


def test_a_word_of_the_name_is_not_a_legal_form() -> None:
    # "Company" ends a name as its legal form; inside the name it is the name.
    assert company_key("The Company Store") != company_key("Store Inc.")
    assert company_key("Zürich Labs GmbH") == company_key("zurich labs")
    assert company_key("🙂") == "🙂"


async def _question(pilot, company: str, role: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("n")
    await settle(pilot, 3)
    assert isinstance(pilot.app.screen, FormScreen)
    await fill(pilot, company=company, role=role)
    await pilot.press("ctrl+s")
    await settle(pilot, 3)
    assert isinstance(pilot.app.screen, OpenApplicationChoiceScreen)


def _highlighted(app) -> str:  # type: ignore[no-untyped-def]
    options = app.screen.query_one(OptionList)
    assert options.highlighted is not None
    return str(options.get_option_at_index(options.highlighted).prompt)


async def test_enter_is_on_the_key_bar_as_bound(opened_paths: DataPaths, db: Database) -> None:
    add(db, "Acme", "Data Analyst", date_applied="2026-03-02")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _question(pilot, "Acme", "Data Analyst")
        shown = dict(app.screen.query_one(KeyBar).shown())
        enter = app.key_label("open_choice.choose", "enter")
        assert shown.get(enter) == "Choose", shown
        assert focus_problem(app) is None


async def test_enter_moved_by_the_keymap_moves_on_the_bar(opened_paths: DataPaths) -> None:
    """`"open_choice.choose" = "c"`: the bar and the question's key line say c, and c
    chooses (the highlighted application is marked rejected)."""
    opened_paths.config_dir.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text(
        '[keymap]\n"open_choice.choose" = "c"\n', encoding="utf-8"
    )
    db = Database(opened_paths.database)
    acme = add(db, "Acme", "Data Analyst", date_applied="2026-03-02")
    db.dispose()
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await app.workers.wait_for_complete()  # the keymap is read in the warm-up
        await settle(pilot, 3)
        await _question(pilot, "Acme", "Data Analyst")
        assert not app.keymap_problems, app.keymap_problems
        assert dict(app.screen.query_one(KeyBar).shown()).get("c") == "Choose"
        line = " ".join(str(s.render()) for s in app.screen.query(".form-keys"))
        assert "c Choose" in line, line
        await pilot.press("c")
        await settle(pilot, 4)
        assert not isinstance(app.screen, OpenApplicationChoiceScreen)
        from bounceback_tui.services.application_detail import get_detail

        detail = get_detail(app.db, acme)
        assert detail is not None and detail.application.stage == "rejected"


async def test_an_offer_is_never_pre_chosen_over_one_still_waiting(
    opened_paths: DataPaths, db: Database
) -> None:
    """Two Platform Engineer applications at Northwind: one sent and waiting, one at the Offer
    stage, changed last. A no typed for "Northwind, Platform Engineer" is the answer to the
    one still waiting: an offer is an answer already, and a no after one (an offer taken
    back) is rare. Enter at once must not mark the person's offer rejected."""
    waiting = put(
        db, "Northwind", [("applied", day(2026, 3, 2))], role="Platform Engineer",
        date_applied=day(2026, 3, 2),
    )  # fmt: skip
    put(
        db, "Northwind", [("applied", day(2026, 2, 9)), ("offer", day(2026, 3, 13))],
        role="Platform Engineer", date_applied=day(2026, 2, 9),
    )  # fmt: skip
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _question(pilot, "Northwind", "Platform Engineer")
        assert "Applied 2 Mar" in _highlighted(app), _highlighted(app)
        await pilot.press("enter")
        await settle(pilot, 4)
        from bounceback_tui.services.application_detail import get_detail

        detail = get_detail(app.db, waiting)
        assert detail is not None and detail.application.stage == "rejected"
        assert focus_problem(app) is None


async def test_a_lone_offer_is_not_pre_chosen(opened_paths: DataPaths, db: Database) -> None:
    """The one application open at the company is at the Offer stage: a person typing a no
    for it by hand is more likely recording another one of theirs there (one the Pipeline
    never had) than an offer withdrawn, so Enter starts on "A different one", and choosing
    the offer is one Up away."""
    put(
        db, "Northwind", [("applied", day(2026, 2, 9)), ("offer", day(2026, 3, 13))],
        role="Platform Engineer", date_applied=day(2026, 2, 9),
    )  # fmt: skip
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        await _question(pilot, "Northwind", "Platform Engineer")
        assert "A different one" in _highlighted(app), _highlighted(app)
        await pilot.press("up")
        await settle(pilot)
        assert "Offer" in _highlighted(app), _highlighted(app)
        assert focus_problem(app) is None
