"""A warning or an error a person meets says what happened in its title.

Every warning or error toast without a title of its own was titled "Warning" or "Error"
(ui/kit/text.py's default): the Pipeline's "No link saved for this one", an application or
a plan deleted in another window, a delete or a link the store refused, all read "Warning"
or "Error" above the message. The ones a person meets most now say what happened: "No
link", "Not found", "Not deleted", "Not opened", "Could not undo" ...
"""

from __future__ import annotations

import ast
from pathlib import Path

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.ui_harness import app_on, settle

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"
UI = SRC / "ui"
# The panes and dialogs a person works in every day.
MET_MOST = ("pipeline", "people", "recovery", "reframe", "skills", "answers")


def _untitled(path: Path) -> list[str]:
    """The warnings and errors ``path`` shows (a literal severity) with no title of their
    own, as "file:line"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "notify":
            continue
        words = {k.arg: k.value for k in node.keywords}
        severity = words.get("severity")
        if not (isinstance(severity, ast.Constant) and severity.value in ("warning", "error")):
            continue
        if "title" not in words:
            found.append(f"{path.relative_to(UI)}:{node.lineno}")
    return found


def _may_warn(severity: ast.expr) -> bool:
    """A severity that may be a warning or an error: ``"warning"``, or ``"warning" if told
    else "information"`` (the interview saved at a time that happens twice)."""
    return any(
        isinstance(node, ast.Constant) and node.value in ("warning", "error")
        for node in ast.walk(severity)
    )


def _empty(title: ast.expr) -> bool:
    """A title that is, or may be, empty: ``""``, or ``X if ... else ""``."""
    return any(
        isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.strip()
        for node in ast.walk(title)
    )


def _kept_the_kit_s_title(name: str, source: str) -> list[str]:
    """The toasts in ``source`` (the module ``name``) that may be a warning or an error
    and have no title of their own (none given, or one that may be empty), as "file:line":
    the kit titles them "Warning" or "Error" (ui/kit/text.py), which says nothing of what
    happened. A call that passes ``notify`` on (``call_from_thread(app.notify, ...)``)
    counts too."""
    tree = ast.parse(source)
    # A title given by name is as empty as what the module may set that name to.
    may_be_empty = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _empty(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        passed = node.args[0] if node.args else None
        passes_notify = isinstance(passed, ast.Attribute) and passed.attr == "notify"
        if called != "notify" and not passes_notify:
            continue
        words = {k.arg: k.value for k in node.keywords}
        severity = words.get("severity")
        if severity is None or not _may_warn(severity):
            continue
        title = words.get("title")
        named = isinstance(title, ast.Name) and title.id in may_be_empty
        if title is None or _empty(title) or named:
            found.append(f"{name}:{node.lineno}")
    return found


def test_no_warning_toast_keeps_the_kit_s_plain_title() -> None:
    """Six toasts still read "Warning" (a search that cannot run, a tour not remembered,
    an interview saved or edited at a time that happens twice, `u` bringing back only
    some follow-ups): each now says what happened, and a new one without its own title
    fails here."""
    untitled = [
        where
        for path in sorted(SRC.rglob("*.py"))
        for where in _kept_the_kit_s_title(
            path.relative_to(SRC).as_posix(), path.read_text(encoding="utf-8")
        )
    ]
    assert untitled == [], "titled 'Warning' or 'Error' only:\n" + "\n".join(untitled)


def test_the_guard_finds_a_warning_without_a_title_of_its_own() -> None:
    source = (
        "def f(self, told, exc):\n"
        '    self.notify("Saved.", severity="warning" if told else "information")\n'
        '    app.notify(plain(exc), severity="warning")\n'
        '    pane.notify(said, severity="warning", title=NOTHING if same else "")\n'
        '    app.call_from_thread(app.notify, said, severity="error")\n'
        '    self.notify("Saved.")\n'
        '    self.notify("Kept.", severity="warning", title="Not kept")\n'
        '    self.notify("Gone.", severity="error", title=title)\n'
        '    said = NOTHING if same else ""\n'
        '    self.notify("Kept.", severity="warning", title=said)\n'
    )
    found = _kept_the_kit_s_title("ui/x.py", source)
    assert found == [f"ui/x.py:{line}" for line in (2, 3, 4, 5, 10)]


def test_the_warnings_met_most_have_a_title_of_their_own() -> None:
    untitled = [
        where
        for folder in MET_MOST
        for path in sorted((UI / folder).rglob("*.py"))
        for where in _untitled(path)
    ]
    assert untitled == [], "titled 'Warning' or 'Error' only:\n" + "\n".join(untitled)


async def test_o_on_an_application_without_a_link_says_so_in_its_title(
    opened_paths: DataPaths,
) -> None:
    ids = store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["Paperkite"])
        await pilot.press("o")
        await settle(pilot)
        (said,) = [n for n in app._notifications if "No link saved" in str(n.message)]
        assert said.title == "No link"
