"""The guard in tests/markup_guard.py: no UI module formats a person's text into markup.

The rule and its reasons are in docs/architecture.md ("A person's text on screen"). The
allow-list below is the only way past it, one reasoned entry per module and call.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.markup_guard import UI_ROOT, Finding, check_source, check_ui

# (module under ui/, the call the finding names) -> why it is safe.
ALLOWED: dict[tuple[str, str], str] = {
    ("kit/empty_state.py", "from_markup()"): (
        "EmptyState parses its body and hint, which are app-written markup: the guard makes "
        "every EmptyState(...) pass them as literals, and with_keys() puts the person's key "
        "names in as template values, never as markup."
    ),
    ("kit/key_text.py", "from_markup()"): (
        "with_keys() parses app-written markup (EmptyState's hint, which the guard keeps a "
        "literal, and Today's welcome, a literal) and puts the person's key names in as "
        "template values, never as markup."
    ),
}


def _allowed(finding: Finding) -> tuple[str, str] | None:
    where = finding.path.relative_to(UI_ROOT).as_posix()
    for module, call in ALLOWED:
        if where == module and finding.message.startswith(call):
            return (module, call)
    return None


@functools.cache
def _ui_findings() -> tuple[Finding, ...]:
    """``check_ui()`` once per worker (about a second of CPU): the two tests below read the
    same findings, and the UI's files do not change during a run."""
    return tuple(check_ui())


def test_no_ui_module_builds_markup_from_text() -> None:
    findings = [f for f in _ui_findings() if _allowed(f) is None]
    assert findings == [], "\n".join(str(f) for f in findings)


def test_every_allowed_exception_is_still_needed() -> None:
    used = {_allowed(f) for f in _ui_findings()}
    assert set(ALLOWED) <= used, f"stale allow-list entries: {set(ALLOWED) - used}"


# --- the guard itself ------------------------------------------------------------------------

PLANTED_BAD = {
    "f-string to notify": 'def f(self, row):\n    self.notify(f"Saved {row.company}.")\n',
    "f-string through a local": (
        'def f(self, row):\n    message = f"Saved {row.company}."\n    self.notify(message)\n'
    ),
    "grown with +=": (
        "def f(self, row):\n"
        '    text = "Saved"\n'
        '    text += f" {row.company}"\n'
        "    self.query_one(Static).update(text)\n"
    ),
    ".format": 'def f(self, row):\n    self.notify("Saved {}.".format(row.company))\n',
    "% formatting": 'def f(self, row):\n    yield Static("Saved %s" % row.company)\n',
    "concatenation": 'def f(self, row):\n    yield Label("Saved " + row.company)\n',
    "join": 'def f(self, names):\n    yield Static(", ".join(names))\n',
    "str() of an error": "def f(self, exc):\n    self.notify(str(exc))\n",
    "escape()": (
        "from rich.markup import escape\n"
        "def f(self, row):\n"
        '    self.notify(f"[b]{escape(row.title)}[/b]")\n'
    ),
    "a confirm question": 'def f(self, row):\n    push(ConfirmScreen(f"Delete {row.title}?"))\n',
    "a form title": 'def f(self, row):\n    FormScreen(f"Edit {row.company}", [], submit)\n',
    "a table row": "def f(self, table, row):\n    table.add_row(f'{row.company}', key='1')\n",
    "a border title": 'def f(self, row):\n    self.border_title = f"{row.title}"\n',
    "a palette hint": (
        'def f(self, entry):\n    yield Hit(1, prompt, run, help=f"{entry.detail}")\n'
    ),
    "a function that returns a formatted string": (
        'def label(row):\n    return f"[b]{row.company}[/b]"\n'
        "def f(self, row):\n    self.query_one(Static).update(label(row))\n"
    ),
    "a helper that hands its parameter to a sink": (
        "def _status(self, message):\n"
        '    self.query_one("#status", Static).update(message)\n'
        "def f(self, exc):\n"
        '    self._status(f"It failed: {exc}")\n'
    ),
    "a message sent from a thread": (
        'def f(self, exc):\n    self.call_from_thread(self.notify, f"It failed: {exc}")\n'
    ),
    "a template that is not a literal": (
        "def f(self, template, row):\n    self.notify(markup_with(template, name=row.company))\n"
    ),
    "markup parsed from data": (
        "def f(self, row):\n    yield Static(Content.from_markup(row.notes))\n"
    ),
    "an empty state built from data": (
        'def f(self, row):\n    yield EmptyState("Title", row.notes, "Press [b]a[/b]")\n'
    ),
}

PLANTED_GOOD = {
    "app-written markup": 'def f(self):\n    self.notify("Deleted. Press [b]u[/b] to undo.")\n',
    "the kit's template": (
        "def f(self, row):\n"
        '    self.notify(markup_with("Deleted [b]$title[/b].", title=row.title))\n'
    ),
    "the kit's plain text": (
        'def f(self, row):\n    yield Static(plain(f"{row.company}: {row.role}"))\n'
    ),
    "a module constant as template": (
        'MESSAGE = "Every step after $company is done."\n'
        "def f(self, row):\n    self.notify(markup_with(MESSAGE, company=row.company))\n"
    ),
    "Content and Rich Text are never parsed": (
        "def f(self, table, row):\n"
        '    yield Static(Content.styled(row.title, "bold"))\n'
        "    table.add_row(Text(row.company), key='1')\n"
    ),
    "Content joined": 'def f(self, parts):\n    yield Static(Content("\\n").join(parts))\n',
    "a local built with the kit": (
        "def f(self, row):\n"
        '    text = markup_with("[b]$n[/b] items", n=row.count)\n'
        '    text += plain(" more")\n'
        "    self.query_one(Static).update(text)\n"
    ),
}


@pytest.mark.parametrize("source", PLANTED_BAD.values(), ids=PLANTED_BAD.keys())
def test_the_guard_flags_a_planted_bad_example(source: str) -> None:
    assert check_source(Path("planted.py"), source), "the guard let this through"


@pytest.mark.parametrize("source", PLANTED_GOOD.values(), ids=PLANTED_GOOD.keys())
def test_the_guard_lets_the_kit_and_literals_through(source: str) -> None:
    assert check_source(Path("planted.py"), source) == []
