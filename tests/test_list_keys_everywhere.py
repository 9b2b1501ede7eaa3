"""Every list moves with the app's own keys: `j`/`k` (and `g`/`G`) as well as the arrows.

Found walking the app (ux11): in the interview answer bank (`i` on Today) `j` did nothing,
so `j j j d` deleted the first question instead of the fourth (it came back with `u`). The
bank's list was Textual's bare OptionList, and so was Settings' list of message templates;
the other choice lists in the app are a ``ChoiceList`` (``ui/kit/choice_lists.py``), which
adds those keys. A test over the code keeps it that way for every list the UI builds.
"""

from __future__ import annotations

from textual.widgets import OptionList, SelectionList

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from tests.ui_builds import classes_built_in_ui
from tests.ui_harness import app_on, settle_workers


def test_every_list_the_ui_builds_has_the_apps_list_keys() -> None:
    from bounceback_tui.ui.kit.dropdown import SelectOverlay

    without: list[str] = []
    checked = 0
    for where, name, built in classes_built_in_ui():
        if not issubclass(built, (OptionList, SelectionList)):
            continue
        if issubclass(built, SelectOverlay):  # a dropdown's list: a letter finds a choice
            continue
        checked += 1
        keys = built._merge_bindings().key_to_bindings
        if not {"j", "k"} <= keys.keys():
            without.append(f"{where} builds {name}")
    assert without == [], "\n".join(without)
    assert checked >= 8  # pick, practice, trap filter, low day, interview choice, the bank...


async def test_j_and_k_move_in_the_answer_bank(opened_paths: DataPaths, db: Database) -> None:
    for question in ("First question?", "Second question?", "Third question?"):
        answers.add_question(db, validate_question({"question": question}))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        listing = app.screen.query_one("#answers-list", OptionList)
        assert app.focused is listing and listing.highlighted == 0
        await pilot.press("j", "j")
        assert listing.highlighted == 2
        await pilot.press("k")
        assert listing.highlighted == 1
        await pilot.press("g")
        assert listing.highlighted == 0
        await pilot.press("G")
        assert listing.highlighted == 2
