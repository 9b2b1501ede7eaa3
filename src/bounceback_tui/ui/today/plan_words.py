"""A recovery plan's line on Today's due list in few cells: its name ("Company (Role)") and
its step's words cut together, or how many of its steps are open in place of the step
(ui/today/text.due_prompt uses it)."""

from __future__ import annotations

from rich.cells import cell_len

from bounceback_tui.domain.due import DueItem
from bounceback_tui.domain.text import screen_line
from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.kit.cells import (
    app_name_cut,
    clip_at_word,
    cuts_a_word,
    name_cuts_a_word,
    reads_as,
)
from bounceback_tui.ui.today.names_apart import apart_least, first_word_cut, names_apart

# A plan's name and step cut together keep this much at the least before its day is said in
# fewer cells ("Riverst…: Let you…").
PLAN_MIN_CELLS = 18
# A plan's name keeps its role where it has this much, and leaves its step this much.
_NAME_WITH_ROLE_CELLS = 14
_STEP_CELLS = 9
# A plan's name beside how many of its steps are open keeps this much at the least ("Riv…").
_NAME_CELLS = 4


def plan_cut(item: DueItem, words: str, cells: int) -> str:
    """A plan's "Company (Role): step" in ``cells``: the name cut part by part to half the
    room or what the step leaves, the step's words cut to the rest ("Riverstone… (Site…):
    Let yourself feel it for a…"); with less room the company alone where no other line is
    at it, since that tells the plan apart ("Riverst…: Let you…")."""
    if cell_len(words) <= cells:
        return words
    step = words.removeprefix(f"{item.name}: ")
    company, role = item.parts if item.parts is not None else (item.name, "")
    if item.alike and (apart := _told_apart(item, company, role, step, cells)):
        return apart
    room = cells - 2  # ": "
    share = min(cell_len(item.name), max(room // 2, room - cell_len(step), room - _STEP_CELLS))
    if item.alike:  # another line is at its company: the name is cut apart from theirs,
        # at a word's end where the room allows ("Riverstone… (Site…)", not "Riv… (Sit…)")
        told_apart = [
            width
            for width in range(share, room - 2)
            if not any(
                reads_as(app_name_cut(company, role, width, item.alike, fill=True), other)
                for other in item.alike
            )
        ]
        share = next(
            (
                width
                for width in told_apart
                if not name_cuts_a_word(
                    app_name_cut(company, role, width, item.alike, fill=True), company, role
                )
            ),
            told_apart[0] if told_apart else share,
        )
    name = clip_at_word(company, share)  # "Harbor Freight…", not "Harbor Freight Te…"
    if share >= _NAME_WITH_ROLE_CELLS or item.alike:
        with_role = app_name_cut(company, role, share, item.alike, fill=True)
        # Alone at its company, the role only beside the company whole: "Northwind", not
        # "Northwi… (Bac…)".
        if item.alike or (
            with_role.startswith(f"{screen_line(company)} (")
            and _role_costs_no_step_word(step, room, with_role, name)
        ):
            name = with_role
    rest = room - cell_len(name)
    if first_word_cut(name, company):
        return _company_first(item, company, step, cells)
    if rest < 2:
        return _alone(name, company, cells)
    # The step's words at a word's end; where no word of it fits, left out for how many
    # steps are open (its "(+4 more)" then not said again): at 100x30 "Which o… (+4 more)"
    # and "Watch fo…" read as a fragment of a step.
    said = clip_at_word(step, rest)
    if said == step or not cuts_a_word(said, step):
        if not item.alike and name == clip_at_word(company, share):
            return _name_less_cut(company, name, step, cells) or f"{name}: {said}"
        return f"{name}: {said}"
    steps = steps_open(item)
    left = room - cell_len(steps)
    if cell_len(steps) > rest and left >= _NAME_CELLS:
        shown = item.alike or name != clip_at_word(company, share)
        name = app_name_cut(company, role, left, item.alike, fill=True) if shown else ""
        name = name or clip_at_word(company, left)
    elif cell_len(steps) > rest:
        return _alone(name, company, cells)
    # Never a piece of the company's first word beside how many steps are open ("Riv…: 5
    # steps open" at 80x24): the company alone, at a word's end ("Riverstone Legal").
    if first_word_cut(name, company):
        return _company_first(item, company, step, cells)
    return f"{name}: {steps}"


def _role_costs_no_step_word(step: str, room: int, with_role: str, name: str) -> bool:
    """Whether a plan's name with its role (``with_role``) leaves its step the words ``name``
    leaves it in ``room`` cells: alone at its company, the step's words come before the
    role (at 100x30 "Acme [ Ltd (SRE…): Keep the…" where "Acme [ Ltd: Keep the bridge…"
    fits)."""
    kept = clip_at_word(step, room - cell_len(with_role))
    return kept == step or kept == clip_at_word(step, room - cell_len(name))


def _name_less_cut(company: str, name: str, step: str, cells: int) -> str:
    """A plan's company cut less than ``name`` (or whole) with its step's words after it in
    ``cells``, where the step cut at a word's end leaves that room: at 80x24 "☐ Acme…: Does
    my…" stood beside six empty cells where "Acme Analytics: Does…" fits. Where ``name``
    leaves its step one word ("Let…") and cells empty, a company cut at an earlier word's
    end (its first word whole) that leaves the step two words and fills more of the line:
    "☐ [b]x[/] [b]x[/]…: Let…" stood beside four empty cells where "[b]x[/]…: Let
    yourself…" fits. The fullest of those, the widest company on a tie; "" where none fills
    more than ``name`` with its step."""
    flat = screen_line(company)
    first = cell_len(flat.split(" ", 1)[0])
    said = clip_at_word(step, cells - 2 - cell_len(name))
    one_word = " " not in said
    best, most = "", cell_len(name) + 2 + cell_len(said)
    # No wider than leaves ": " and a step's two cells: a company of 10,000 characters was
    # cut at every width down from its whole length, and Today never drew.
    for width in range(min(cell_len(flat), cells - 4), first, -1):
        cut = clip_at_word(company, width)
        rest = cells - 2 - cell_len(cut)
        narrower = cell_len(cut) < cell_len(name)
        if rest < 2 or cut == name or (narrower and not one_word):
            continue
        words = clip_at_word(step, rest)
        # A word of the step at the least ("Does…"), never a piece of one; two where the
        # company gives up words for them.
        if not words[:1].isalnum() or cuts_a_word(words, step):
            continue
        if narrower and (" " not in words or first_word_cut(cut, company)):
            continue
        used = cell_len(cut) + 2 + cell_len(words)
        if used > most:
            best, most = f"{cut}: {words}", used
    return best


def plan_least(item: DueItem) -> int:
    """The cells a plan's words keep before how late it is is said in fewer cells, then not
    at all: ``PLAN_MIN_CELLS``, or where another line is at its company, its name's fewest
    told apart in whole words ("Riverstone… (…Engineer)")."""
    if not item.alike or item.parts is None:
        return PLAN_MIN_CELLS
    return max(PLAN_MIN_CELLS, apart_least(item))


def _told_apart(item: DueItem, company: str, role: str, step: str, cells: int) -> str:
    """A plan's words in ``cells`` where another line is at its company: its name told apart
    from theirs in whole words first, the longest that leaves its step's first words (two
    at the least, at a word's end), then how many of its steps are open, then the name
    alone (ui/today/names_apart.py). Where no name in whole words fits, the name alone told
    apart as it can be; "" where nothing tells it apart in ``cells``."""
    names = names_apart(company, role, item.alike, cells)
    if not names:  # too narrow for whole words: told apart as it can be
        return next(iter(names_apart(company, role, item.alike, cells, False)), "")
    room = cells - 2  # ": "
    for name in names:
        rest = room - cell_len(name)
        said = clip_at_word(step, rest) if rest >= _STEP_CELLS else ""
        # Two of its words at the least: "Let…" says nothing the name gave room for.
        if said == step or (" " in said and not cuts_a_word(said, step)):
            return f"{name}: {said}"
    steps = steps_open(item)
    fits = [name for name in names if cell_len(name) + cell_len(steps) <= room]
    return f"{fits[0]}: {steps}" if fits else names[0]


def _company_first(item: DueItem, company: str, step: str, cells: int) -> str:
    """A plan's words in ``cells`` where its name cut to tell it apart, or to leave room for
    how many steps are open, would keep a piece of its company's first word: the company at
    a word's end, told apart from another line at it by its role where that fits, then its
    step's words or how many are open, else the name alone ("Riverstone…: Which…",
    "Riverstone… (…Engineer)", "Riverstone Legal"; not "Riv… (Sit…): Which…")."""
    room = cells - 2  # ": "
    first = screen_line(company).split(" ", 1)[0]
    role = item.parts[1] if item.parts is not None else ""
    told = [
        name
        for width in range(cell_len(first) + 1, cells + 1)
        for name in [app_name_cut(company, role, width, item.alike, fill=True)]
        if not first_word_cut(name, company)
        and not any(reads_as(name, other) for other in item.alike)
    ]
    if item.alike and told:
        name = told[0]
    else:
        name = clip_at_word(company, max(room - _STEP_CELLS, cell_len(first) + 1))
    rest = room - cell_len(name)
    said = clip_at_word(step, rest) if rest >= 2 and not first_word_cut(name, company) else ""
    if said and not cuts_a_word(said, step):
        return f"{name}: {said}"
    if said and cell_len(steps_open(item)) <= rest:
        return f"{name}: {steps_open(item)}"
    return name if item.alike and told else _alone(company, company, cells)


def _alone(name: str, company: str, cells: int) -> str:
    """A plan's name alone in ``cells``, with neither step nor count: cut at a word's end,
    the company alone where its role does not fit ("Riverstone Legal"); inside the company's
    first word only where even that word does not fit."""
    said = clip_at_word(name, cells)
    return clip_at_word(company, cells) if first_word_cut(said, company) else said


def steps_open(item: DueItem) -> str:
    """How many of a plan's steps are due, said where its step's words are left out: "5
    steps open" for a step and its "(+4 more)"."""
    return f"{plural(item.more + 1, 'step')} open"
