"""Today's words: a due item's line and the check-in (the figures' are
ui/today/figures.py's, the people strip's ui/today/people_lines.py's)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content

from bounceback_tui.domain.due import DueItem, DueKind, urgency
from bounceback_tui.domain.due_said import (
    as_said,
    days_late,
    describe_due,
    describe_due_short,
    was_due,
)
from bounceback_tui.domain.moods import MOODS
from bounceback_tui.domain.text import screen_line
from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.kit.cells import (
    clip,
    clip_app_name,
    clip_at_word,
    cuts_a_word,
    name_cuts_a_word,
    reads_as,
)
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.names_apart import apart_least, first_word_cut, names_apart

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary

    # Read after the first paint (services/today_people): not imported before it.
    from bounceback_tui.ui.today.due_fit import DueWords, Named

MOOD_WORDS = dict(MOODS)
_ICONS = {
    DueKind.FOLLOW_UP: "✉",
    DueKind.PERSON_FOLLOW_UP: "✉",
    DueKind.FEEDBACK_REQUEST: "?",
    DueKind.RECOVERY_STEP: "☐",  # a box to tick: still to do
    DueKind.SKILL_TARGET: "↑",  # the Skills pane's, as for a skill in progress
    DueKind.LONG_PAST_FOLLOW_UPS: "✉",
    DueKind.GHOSTED: "◌",  # an empty, dotted circle: no word (not "…", which reads as a cut)
    DueKind.THOUGHT_DRAFT: "✎",
    DueKind.SKILL_IN_PROGRESS: "↑",
}


def mood_text(summary: TodaySummary, check_in_key: str = "c") -> Content:
    if summary.check_in is None:
        return Content.assemble(
            ("No check-in yet today · ", "$text-muted"), plain(check_in_key, "bold $text-muted")
        )
    mood, note = summary.check_in
    parts: list[Content | tuple[str, str]] = [
        ("Mood today: ", "$text-muted"),
        (f"{mood}/5", "bold"),
        (f" ({MOOD_WORDS[mood]})", "$text-muted"),
    ]
    if note:
        parts.append(plain(f" · {note}", "$text-muted"))
    return Content.assemble(*parts)


def due_prompt(item: DueItem, summary: TodaySummary, *, hard: bool = False) -> DueWords:
    """A due item's line in two parts: what is due, and how late when it is flagged
    ("  3 days late"; empty otherwise, the day then in the first part, in the same words
    for an item past its day not flagged); the first part with each of the item's shorter
    titles; the cells of the name in the title and the first part with that name cut to a
    number of cells ("Ask Riverst… for feedback"), with its day or without it (an item not
    flagged), and the cells a shorter title saves it; and how late in fewer cells ("  3d
    late", then "  late"; none when not flagged). A line too long for its box cuts the
    name, or takes the first of the shorter forms that fits, or cuts the last, before the
    second part (due_fit.DuePrompt). On a ``hard`` day (``TodaySummary.hard_day``) an
    item past its day reads as one not yet flagged ("8 days late", muted): no warning
    colour (``domain/due_said.as_said``, as the `today` command says it)."""
    item = as_said(item, hard)
    # Content (not Rich Text) so the theme's $variables colour it in any theme.
    style = {0: "bold", 1: "", 2: "$text-muted", 3: ""}[urgency(item)]
    when = describe_due(item, summary.today)
    # When an item with a day is due stands at the line's end, one column for every line,
    # flagged or not ("today", "3 days late", "in 4 days"), in the warning colour when it
    # is flagged; a plan's "+5 more" with it. A line too long cuts its words before it: at
    # 80x24 "✉ Globex Corporation International…" had lost its "today", and a step its
    # "(+5 more)" and its day. Drafts, quiet applications and skills in progress say theirs
    # in the same column ("sent 11 months ago", "left 3 days ago", "in progress"), muted:
    # never late, they said it inline while every other line had it at its end.
    warn = "$text-warning" if item.flagged else "$text-muted"
    more = Content.styled(f" (+{item.more:,} more)", "$text-muted") if item.more else Content("")
    late = more + Content.styled(f"  {when}", warn) if when else None
    late_by = days_late(item, summary.today)
    forms = [t.removesuffix(f" (+{item.more:,} more)") for t in (item.title, *item.shorter)]

    def what(title: str, dated: bool = True) -> Content:
        return Content.assemble(
            (f"{_ICONS[item.kind]} ", "bold $text-warning" if item.flagged else "$text-muted"),
            plain(title, style),
            (f"  {when}" if dated and when and late is None else "", "$text-muted"),
        )

    named: Named | None = None
    if item.kind is DueKind.RECOVERY_STEP and item.name and forms[0].startswith(item.name):
        # A plan's name and its step's words are cut together (``_plan_cut``), its "(+5
        # more)" and its day kept: cut at its end it said neither step nor role at 80x24.
        named = (
            cell_len(forms[0]),
            lambda cells, dated: what(_plan_cut(item, forms[0], cells), dated),
            0,
            partial(_plan_least, item),
            _steps_open(item),
        )
    elif item.name and item.name in item.title:
        # How late stays whole where a shorter title leaves the name room (two follow-ups
        # at one company: "Acme (Machine…)  4 days late", not "…  4d late").
        titles = [cell_len(t) for t in item.shorter if item.name in t]
        spare = cell_len(item.title) - min(titles) if titles and late is not None else 0
        named = (
            cell_len(item.name),
            lambda cells, dated: what(_name_cut(item, cells), dated),
            spare,
            # "Company (Role)" keeps both parts before how late is said whole ("Rive…
            # (Para…)  21d late", not "Ri…  21 days late"); a quiet application its company,
            # its day before its role: how long it has been quiet is what the line asks about
            # (at 80x24 "◌ Copperline (Machine…): ghosted?" had lost "sent 11 months ago").
            partial(_name_least, item),
            "",
        )
    late_words: tuple[Content, ...] = ()
    if late is not None and item.more:  # "(+5 more)  3d late", "(+5)  3d late", "3d late"
        said = Content.styled(f"  {describe_due_short(item, summary.today)}", warn)
        fewest = Content.styled(f" (+{item.more:,})", "$text-muted")
        late_words = (more + said, fewest + said, said)
    elif late is not None:  # "3d late" as the Pipeline's column says it, "in 4d", then "late"
        short = describe_due_short(item, summary.today)
        fewer = (short, "late") if late_by and named is not None else (short,)
        if named is not None and was_due(item, summary.today):  # a plan's step: "20 Feb", "due"
            fewer = (short, "due")
        if item.kind is DueKind.GHOSTED:  # "11mo ago": "sent" goes first, its day stays
            fewer = (short.split(" ", 2 if item.later_news else 1)[-1],)
        late_words = tuple(more + Content.styled(f"  {words}", warn) for words in fewer)
    return (
        what(forms[0]),
        late or Content(""),
        tuple(map(what, forms[1:])),
        named,
        late_words,
    )


def _name_least(item: DueItem) -> int:
    """The cells an item's name keeps at the least before when it is due is said in fewer
    cells, then not at all: an application's name both its parts, a quiet one's its company
    (its role goes before its day, unless another line is at its company: the role tells
    them apart); 0 for another name (``due_fit.NAME_MIN_CELLS``)."""
    if item.parts is None:
        return 0
    if item.kind is DueKind.GHOSTED and not item.alike:
        return min(cell_len(screen_line(item.parts[0])), APP_NAME_MIN_CELLS)
    least = min(cell_len(item.name), APP_NAME_MIN_CELLS)
    if item.alike:
        # Another line at its company: what tells it apart in whole words, before how late
        # is said whole ("Lumen… (Data…)  3d late", not "Lume… (Dat…)  3 days late"); a
        # quiet one too, before its day ("Samecorp (…Analyst): ghosted?", where at 80x40
        # two read "Samecorp: ghosted?  65d ago").
        least = max(least, apart_least(item))
    return least


def _name_cut(item: DueItem, cells: int) -> str:
    """``item``'s title with its name in ``cells`` cells, or in a shorter title that keeps
    the name whole, given the cells the title's other words leave ("Quarry & Co (Support
    Engineer): ghosted?" before "No word from Quarry &…: ghosted?"); an application's
    company and role cut part by part (``clip_app_name``)."""
    titles = [t for t in (item.title, *item.shorter) if item.name in t]
    # A line gives up its words before its name is cut ("Quarry & Co (Support…): ghosted?",
    # "Harbor Freight Tech (Frontend Developer)" for "Ask … for feedback").
    for title in titles:
        room = cells + cell_len(item.title) - cell_len(title)
        if cell_len(item.name) <= room or title == titles[-1]:
            break
    before, _, after = title.partition(item.name)
    if item.parts is not None:
        name = clip_app_name(*item.parts, room, item.alike, fill=True)
        if item.alike and name not in names_apart(*item.parts, item.alike, room):
            # Another line at its company: told apart in whole words where that fits
            # ("Lumen… (Data…)", not "Lume… (Dat…)").
            name = next(iter(names_apart(*item.parts, item.alike, room)), name)
    else:
        name = clip(item.name, room)
    return before + name + after


# A plan's name and step cut together keep this much at the least before its day is said in
# fewer cells ("Riverst…: Let you…").
PLAN_MIN_CELLS = 18
# An application's name keeps this much before how late it is gives way ("Rive… (Para…)").
APP_NAME_MIN_CELLS = 12
# A plan's name keeps its role where it has this much, and leaves its step this much.
_NAME_WITH_ROLE_CELLS = 14
_STEP_CELLS = 9
# A plan's name beside how many of its steps are open keeps this much at the least ("Riv…").
_NAME_CELLS = 4


def _plan_cut(item: DueItem, words: str, cells: int) -> str:
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
                reads_as(clip_app_name(company, role, width, item.alike, fill=True), other)
                for other in item.alike
            )
        ]
        share = next(
            (
                width
                for width in told_apart
                if not name_cuts_a_word(
                    clip_app_name(company, role, width, item.alike, fill=True), company, role
                )
            ),
            told_apart[0] if told_apart else share,
        )
    name = clip_at_word(company, share)  # "Harbor Freight…", not "Harbor Freight Te…"
    if share >= _NAME_WITH_ROLE_CELLS or item.alike:
        with_role = clip_app_name(company, role, share, item.alike, fill=True)
        # Alone at its company, the role only beside the company whole: "Northwind", not
        # "Northwi… (Bac…)".
        if item.alike or with_role.startswith(f"{screen_line(company)} ("):
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
        return f"{name}: {said}"
    steps = _steps_open(item)
    left = room - cell_len(steps)
    if cell_len(steps) > rest and left >= _NAME_CELLS:
        shown = item.alike or name != clip_at_word(company, share)
        name = clip_app_name(company, role, left, item.alike, fill=True) if shown else ""
        name = name or clip_at_word(company, left)
    elif cell_len(steps) > rest:
        return _alone(name, company, cells)
    # Never a piece of the company's first word beside how many steps are open ("Riv…: 5
    # steps open" at 80x24): the company alone, at a word's end ("Riverstone Legal").
    if first_word_cut(name, company):
        return _company_first(item, company, step, cells)
    return f"{name}: {steps}"


def _plan_least(item: DueItem) -> int:
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
    steps = _steps_open(item)
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
        for name in [clip_app_name(company, role, width, item.alike, fill=True)]
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
    if said and cell_len(_steps_open(item)) <= rest:
        return f"{name}: {_steps_open(item)}"
    return name if item.alike and told else _alone(company, company, cells)


def _alone(name: str, company: str, cells: int) -> str:
    """A plan's name alone in ``cells``, with neither step nor count: cut at a word's end,
    the company alone where its role does not fit ("Riverstone Legal"); inside the company's
    first word only where even that word does not fit."""
    said = clip_at_word(name, cells)
    return clip_at_word(company, cells) if first_word_cut(said, company) else said


def _steps_open(item: DueItem) -> str:
    """How many of a plan's steps are due, said where its step's words are left out: "5
    steps open" for a step and its "(+4 more)"."""
    return f"{plural(item.more + 1, 'step')} open"
