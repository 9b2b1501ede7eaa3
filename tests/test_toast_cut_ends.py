"""A name cut in a toast ends in "…" after its last word, and no full stop follows it.

A tester saved an application whose role was "Senior Staff Product Designer, Growth and
Platform" and read "Saved Northwind Traders: Senior Staff Product Designer,…." : the cut
left a comma before the ellipsis and the sentence's full stop after it. The toasts' one cut
(``toast_with``, ``step_toast`` in ui/kit/text.py) now leaves out a comma, semicolon, colon
or space before the "…", and the full stop after a value cut where the sentence ends there.
"""

from __future__ import annotations

from bounceback_tui.ui.kit.text import step_toast, toast_with

ROLE = "Senior Staff Product Designer, Growth and Platform"  # the comma at cell 30


def test_a_role_cut_after_its_comma_ends_the_sentence_with_the_ellipsis_alone() -> None:
    said = toast_with("Saved $company: $role.", company="Northwind Traders", role=ROLE)
    assert said.plain == "Saved Northwind Traders: Senior Staff Product Designer…"


def test_a_cut_before_a_space_leaves_the_space_out() -> None:
    # Cut to 31 cells and "…": the 31st is the space after "a".
    name = "Things I keep telling myself a lot, always"
    said = toast_with("Deleted “$name”. u brings it back.", name=name)
    assert said.plain == "Deleted “Things I keep telling myself a…”. u brings it back."


def test_a_name_shown_whole_keeps_the_full_stop_and_a_slot_in_braces_loses_it_when_cut() -> None:
    assert toast_with("Saved $company.", company="Acme").plain == "Saved Acme."
    long = "Riverstone Legal and Partners International Group"
    said = toast_with("Saved ${company}.", company=long)
    assert said.plain == "Saved Riverstone Legal and Partners…"


def test_a_plan_step_cut_in_its_toast_has_no_stop_after_the_ellipsis() -> None:
    # Cut to 59 cells and "…": the 59th is the comma after "one".
    step = "Write down three things that went well, even the small one, then rest"
    said = step_toast("Ticked $step.", step)
    assert said.plain == "Ticked Write down three things that went well, even the small one…"


def test_a_name_that_ends_its_own_sentence_takes_no_second_stop() -> None:
    assert toast_with("Saved $company.", company="Acme Inc.").plain == "Saved Acme Inc."
    said = toast_with("Deleted $company. u brings it back.", company="Yahoo!")
    assert said.plain == "Deleted Yahoo! u brings it back."
    said = step_toast("Ticked $step.", "What did they ask?")
    assert said.plain == "Ticked What did they ask?"
