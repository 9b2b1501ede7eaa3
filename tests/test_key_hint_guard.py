"""The guard in tests/key_hint_guard.py: app-written text names a key the keymap can move
only as bound (a stranger's walk: "8 quiet (r)", "A add it", "i adds a line" kept their
usual letters after settings.toml moved the keys).

It once kept a list of 46 hints left to fix (dialogs' own key lines, undo notes, the
confirm dialog's "y yes  n/Esc no"); each now asks for its key as bound, so no hint in a
hint's shape may spell out a remappable key's usual letter any more
(tests/test_keys_as_bound_in_dialogs.py shows a sample under a remapped keymap).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from tests.key_hint_guard import (
    Hint,
    check_modifiers,
    check_service_source,
    check_services,
    check_source,
    check_src,
    check_ui,
)


@functools.cache
def _hints() -> tuple[Hint, ...]:
    return tuple(check_ui())


def test_no_hint_spells_out_a_remappable_key() -> None:
    found = _hints()
    assert found == (), "\n".join(str(hint) for hint in found)


def test_the_hints_this_walk_found_are_asked_for_as_bound() -> None:
    fixed = {
        ("pipeline/header.py", "r"),
        ("pipeline/detail.py", "r"),
        ("skills/detail.py", "A"),
        ("skills/detail.py", "X"),
        ("skills/detail.py", "d"),
        ("people/detail.py", "i"),
        ("people/log_edits.py", "i"),
        ("people/log_keys.py", "l"),
        ("skills/links.py", "e"),
    }
    assert not fixed & {(hint.module, hint.key) for hint in _hints()}


KEYS = {"r": ("pipeline.review_quiet",), "u": ("pipeline.undo",), "e": ("pipeline.edit",)}


def test_the_guard_finds_each_shape_of_hint() -> None:
    source = (
        "def f(self):\n"
        '    """A docstring may say (r): it is not shown."""\n'
        '    quiet = "8 quiet (r)"\n'
        '    self.notify("Deleted. [b]u[/b] brings it back.")\n'
        '    self.notify("No link yet. Press e to add one.")\n'
        '    self.notify("Nothing logged: e adds a line.")\n'
        '    said = "No interviews yet: u schedules one."\n'
        '    said += " u now takes back the rejection."\n'
        '    said = "Deleted. u undoes it."\n'
    )
    found = [(hint.line, hint.key) for hint in check_source("pipeline/x.py", source, KEYS)]
    assert sorted(set(found)) == [
        (3, "r"),
        (4, "u"),
        (5, "e"),
        (6, "e"),
        (7, "u"),
        (8, "u"),
        (9, "u"),
    ]


def test_the_guard_finds_an_app_key_in_brackets_in_any_package(tmp_path: Path) -> None:
    """ "Settings (,) can keep someone you would call, and People (6) the ones you lean on"
    in the care screens: Settings' and People's keys are the app's own, bound in ui/app.py,
    and work on every screen, so the guard that looked only at the keys declared in the
    text's own package (care/) let them by, and a person who moved either read the usual one."""
    (tmp_path / "care").mkdir()
    (tmp_path / "care" / "talk.py").write_text(
        'said = "Settings (,) can keep someone, and People (6) the ones you lean on."\n'
        'hint = "Set your country in Settings (,) to see its lines first."\n'
        'fine = "Lumen Health (Data)", "a list (1 of 3)"\n',
        encoding="utf-8",
    )
    found = sorted((hint.line, hint.key) for hint in check_ui(tmp_path))
    assert found == [(1, "6"), (1, "comma"), (2, "comma")]


def test_the_guard_finds_a_key_named_by_its_word() -> None:
    """ "Nothing matches the filter: Esc clears it.", "Enter goes to a section; Escape
    closes.": a key a sentence names by its word, as much a hand-written hint as a letter."""
    keys = {"escape": ("skills.clear_filter",), "enter": ("settings.go_to",)}
    source = (
        'said = "Nothing matches the filter: Esc clears it."\n'
        'intro = "Saved as you change them. Enter goes to a section; Escape closes."\n'
        'note = "The pane keys work once Settings is closed (Escape)."\n'
        'fine = "Enter a date. Tab order. An escape hatch."\n'
    )
    found = sorted((hint.line, hint.key) for hint in check_source("skills/x.py", source, keys))
    assert found == [(1, "escape"), (2, "enter"), (2, "escape"), (3, "escape")]


def test_a_sentence_begun_with_a_word_of_one_letter_is_not_a_key() -> None:
    """ "I was", "A news item": the pronoun and the article, not the keys `I` and `A`."""
    keys = {"I": ("pipeline.schedule",), "A": ("skills.add",)}
    source = (
        'said = "I was there. A person goes. A news item. Then: I is it."\n'
        'hint = "I schedules it"\n'
    )
    assert [(hint.line, hint.key) for hint in check_source("pipeline/x.py", source, keys)] == [
        (2, "I")
    ]


def test_a_scale_of_one_to_five_is_not_a_key() -> None:
    """ "★ is how ready you feel, 1 to 5" names a scale, not the key `1`."""
    keys = {"1": ("answer_practice.rate_shaky",)}
    source = 'said = "★ is how ready you feel, 1 to 5"\nhint = "1 to rate it shaky"\n'
    assert [(hint.line, hint.key) for hint in check_source("answers/x.py", source, keys)] == [
        (2, "1")
    ]


def test_the_guard_lets_a_key_asked_for_as_bound_pass() -> None:
    source = (
        "def f(self):\n"
        '    key = key_of(self.app, "pipeline.review_quiet", "r")\n'
        '    self.notify(markup_with("[b]$key[/b] reviews them.", key=key))\n'
        '    hint = "Press [b]{pipeline.add|a}[/b] to add one."\n'
    )
    assert list(check_source("pipeline/x.py", source, KEYS)) == []


def test_no_text_spells_out_a_key_with_a_modifier() -> None:
    """ "Once it is sent, ctrl+s marks it as sent." and "Ctrl+s saves your answer" kept
    saying ctrl+s after settings.toml moved the key (a re-rate step's "Go back with ctrl+b …
    carry on with ctrl+n" slipped past a guard that looked for single letters only)."""
    found = check_src()
    assert found == [], "\n".join(str(hint) for hint in found)


def test_the_guard_finds_a_key_with_a_modifier_in_any_sentence() -> None:
    source = (
        "import logging\n"
        "log = logging.getLogger(__name__)\n"
        "def f(self):\n"
        '    """A docstring may say ctrl+s: it is not shown."""\n'
        '    self.say("Once it is sent, ctrl+s marks it as sent.")\n'
        '    lead = "Ctrl+S saves your answer."\n'
        '    hint = "; ^n fills in the application by hand"\n'
        '    step = f"Go back with ctrl+b, or carry on with {x} ctrl+n."\n'
        '    log.info("saved with ctrl+s")\n'
        '    bound = Binding("ctrl+s", "save", "Save", id="form.save")\n'
        '    key = key_of(self.app, "form.save", "ctrl+s")\n'
        '    bar = "[b]{form.save|ctrl+s|^s}[/b] save"\n'
        '    said = "A ^ and a 2^n are not keys; nor is shift alone."\n'
    )
    found = sorted((hint.line, hint.key) for hint in check_modifiers("ui/x.py", source))
    assert found == [
        (5, "ctrl+s"),
        (6, "Ctrl+S"),
        (7, "^n"),
        (8, "ctrl+b"),
        (8, "ctrl+n"),
    ]


def test_the_guard_finds_a_bold_key_of_any_length() -> None:
    """ "[b]Enter[/b] open" (the low day's offer), "[b]Enter[/b] choose" (the interview's
    choice): a bold key longer than two characters went by the guard."""
    keys = {"enter": ("choices.choose",), "escape": ("x.close",), "ctrl+s": ("form.save",)}
    source = (
        'line = "[b]↑↓[/b] choose  [b]Enter[/b] open  [b]Esc[/b] not now"\n'
        'save = "[b]ctrl+s[/b] save"\n'
        'fine = "[b]{choices.choose|enter|Enter}[/b] open  [b]You spotted 3[/b]"\n'
    )
    found = sorted((hint.line, hint.key) for hint in check_source("care/x.py", source, keys))
    assert found == [(1, "enter"), (1, "escape"), (2, "ctrl+s")]


def test_the_guard_finds_a_kit_key_in_any_package(tmp_path: Path) -> None:
    """A choice list's Enter is the kit's (``choices.choose``), in every package's dialogs:
    the guard that looked at the text's own package let "[b]Enter[/b] choose" by in
    Reframe, whose own keys have no Enter."""
    (tmp_path / "reframe").mkdir()
    (tmp_path / "reframe" / "pick.py").write_text(
        'keys = "[b]Enter[/b] choose  [b]{trap_filter.cancel|escape|Esc}[/b] cancel"\n',
        encoding="utf-8",
    )
    assert [(hint.line, hint.key) for hint in check_ui(tmp_path)] == [(1, "enter")]


def test_no_service_or_domain_text_names_a_key_by_hand() -> None:
    """ "to change the reason, press e on it in Recovery (3)" (services/move_conflicts.py):
    services/ cannot ask the keymap, so its text takes the keys as arguments. The undo
    refusals' "Press d to delete it.", "Press I, then d, …" (services/pipeline_undo.py,
    services/take_back.py), Recovery's "Move it out of Rejected there first ([ or ]), or
    press u there" (services/recovery.py) and the outcome form's "(or press Escape)"
    (domain/interviews.py) were left here once; each now names the keys it is given as
    bound, and domain/ is looked at too."""
    found = {(hint.module, hint.said) for hint in check_services()}
    assert found == set(), "\n".join(str(hint) for hint in check_services())


def test_the_guard_looks_at_domain_too(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text(
        'said = "Write a line or give a rating (or press Escape)."\n', encoding="utf-8"
    )
    assert [(hint.line, hint.said) for hint in check_services(tmp_path)] == [(1, "press Escape")]


def test_the_guard_finds_two_keys_either_of_which_does_it() -> None:
    """ "Move it out of Rejected there first ([ or ])": the Pipeline's stage keys, by hand."""
    source = (
        'said = "Move it out of Rejected there first ([ or ]), or press u there."\n'
        'fine = f"Move it out first ({back} or {on}). One (or two) of them."\n'
    )
    keys = {"left_square_bracket", "right_square_bracket", "u"}
    found = sorted(
        (hint.line, hint.said)
        for hint in check_service_source("services/x.py", source, keys, re.compile("$^"))
    )
    assert found == [(1, "([ or ])"), (1, "press u")]


def test_the_guard_finds_a_pane_number_and_a_key_pressed_in_a_services_text() -> None:
    panes = re.compile(r"\bRecovery\s*\(3\)|\bPeople\s*\(6\)")
    source = (
        "def f(key):\n"
        '    """A docstring may say press e in Recovery (3)."""\n'
        '    said = "Reload it; to change the reason, press e on it in Recovery (3)."\n'
        '    more = "See People (6). Press Enter to go on."\n'
        '    fine = f"press {key} on it in Recovery ({key})"\n'
        '    count = "Plans (3). A press release."\n'
    )
    found = [
        (hint.line, hint.said)
        for hint in check_service_source("services/x.py", source, {"e", "enter"}, panes)
    ]
    assert sorted(found) == [
        (3, "Recovery (3)"),
        (3, "press e"),
        (4, "People (6)"),
        (4, "Press Enter"),
    ]
