"""One wording for one situation, whichever pane meets it (domain/wording.py).

A record deleted in another window, met by a delete in this one, read "Acme was deleted in
another window." on the Pipeline and "That skill item is no longer there; another window may
have deleted it." on Skills; Recovery, Reframe, check-ins and the template each had their
own. Now every pane says "<it> is no longer there; another window may have deleted it."
(and "<it> was changed in another window." for a change), and no module words it otherwise.
"""

from __future__ import annotations

import ast
from pathlib import Path

from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.pipeline_fixtures import add
from tests.quiet import until_quiet
from tests.ui_harness import NO_IDLE_CHECK

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"

GONE_TAIL = " is no longer there; another window may have deleted it."

# Words that say "deleted (or removed) in another window" outside domain/wording.py, with why.
ALLOWED = {
    # what_changed's part-sentence; retold() words a deletion with gone_elsewhere.
    ("services/move_conflicts.py", "deleted in another window"),
    # Not a deletion: a board unfollowed, the template reset; the words say which.
    ("services/boards.py", "another window may have"),
    ("services/recovery_template.py", "another window may have"),
}


def _messages(app: BouncebackApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _delete_what_another_window_deleted(
    paths: DataPaths, pane_key: str, delete_elsewhere: object
) -> list[str]:
    app = BouncebackApp(paths)
    # The idle check must not find window B's delete first: on a busy machine it did, between
    # the delete and `d`, and the row was gone before this window tried to delete it.
    app.watch_seconds = NO_IDLE_CHECK
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        db = Database(paths.database)
        try:
            delete_elsewhere(db)  # type: ignore[operator]  # window B
        finally:
            db.dispose()
        await pilot.press("d")
        await until_quiet(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await until_quiet(pilot)
        return _messages(app)


async def test_pipeline_and_skills_say_the_same_for_a_record_deleted_elsewhere(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        app_id = add(db, "Acme", "Analyst")
        skill_id = skill_service.add_skill(db, SkillInput("SQL window functions"))
    finally:
        db.dispose()

    pipeline = await _delete_what_another_window_deleted(
        opened_paths,
        "2",
        lambda db: delete_application(db, app_id),
    )
    skills = await _delete_what_another_window_deleted(
        opened_paths, "5", lambda db: skill_service.delete_skill(db, skill_id)
    )
    assert "Acme (Analyst) is no longer there; another window may have deleted it." in pipeline, (
        pipeline
    )
    assert "That skill item is no longer there; another window may have deleted it." in skills, (
        skills
    )


def test_no_module_words_a_deletion_elsewhere_its_own_way() -> None:
    found: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        where = str(path.relative_to(SRC))
        if where == "domain/wording.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Docstrings and comments explain; only strings that reach a person count.
        explained = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if id(node) in explained:
                continue
            text = node.value
            for words in (
                "deleted in another window",
                "removed in another window",
                "another window may have",
            ):
                if words in text and (where, words) not in ALLOWED:
                    found.append(f"{where}:{node.lineno} {text!r}")
    assert found == []
