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
    was_due_late,
)
from bounceback_tui.domain.moods import MOODS
from bounceback_tui.domain.text import screen_line
from bounceback_tui.ui.kit.cells import (
    clip,
    clip_app_name,
)
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.today.names_apart import apart_least, names_apart
from bounceback_tui.ui.today.plan_words import plan_cut, plan_least, steps_open

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


# The kinds whose words begin with a lead their shorter form leaves out (domain/due.py).
_LED = frozenset({DueKind.SKILL_TARGET, DueKind.SKILL_IN_PROGRESS})


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
    item past its day reads "late", muted, never how late: no warning colour
    (``domain/due_said.as_said``, as the `today` command says it)."""
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
        # A plan's name and its step's words are cut together (``plan_cut``), its "(+5
        # more)" and its day kept: cut at its end it said neither step nor role at 80x24.
        named = (
            cell_len(forms[0]),
            lambda cells, dated: what(plan_cut(item, forms[0], cells), dated),
            0,
            partial(plan_least, item),
            steps_open(item),
            None,
            None,
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
            # "Ask … for feedback" kept round its name cut, before its day is said (a "?"
            # alone does not say what to do).
            (
                (lambda cells: what(_name_in(item, item.title, cells))),
                partial(_ask_least, item),
            )
            if item.kind is DueKind.FEEDBACK_REQUEST and item.shorter
            else None,
            (lambda cells: _quiet_apart(item, cells, style))
            if item.kind is DueKind.GHOSTED and item.alike and item.parts is not None
            else None,
        )
    late_words: tuple[Content, ...] = ()
    if late is not None and item.more:  # "(+5 more)  3d late", "(+5)  3d late", "3d late"
        said = Content.styled(f"  {describe_due_short(item, summary.today)}", warn)
        fewest = Content.styled(f" (+{item.more:,})", "$text-muted")
        late_words = (more + said, fewest + said, said)
        if passed := was_due_late(item, summary.today):  # then how late, never a bare "due"
            late_words = (*late_words, *(Content.styled(f"  {w}", warn) for w in (passed, "late")))
    elif late is not None:  # "3d late" as the Pipeline's column says it, "in 4d", then "late"
        short = describe_due_short(item, summary.today)
        fewer: tuple[str, ...] = (
            (short, "late") if late_by and named is not None and short != "late" else (short,)
        )
        if named is not None and (passed := was_due_late(item, summary.today)):
            fewer = (short, passed, "late")  # a plan's step: "due 20 Feb", "24d late", "late"
        if item.kind is DueKind.GHOSTED:  # "11mo ago": "sent" goes first, its day stays
            fewer = (short.split(" ", 2 if item.later_news else 1)[-1],)
        late_words = tuple(more + Content.styled(f"  {words}", warn) for words in fewer)
    return (
        what(forms[0]),
        late or Content(""),
        tuple(map(what, forms[1:])),
        named,
        late_words,
        # "Skill target: ", "Working on: ": a box leaves it out of all its skills' lines or none.
        item.title.removesuffix(item.shorter[0]) if item.kind in _LED and item.shorter else "",
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


def _quiet_apart(item: DueItem, cells: int, style: str) -> Content | None:
    """A quiet application's words in ``cells`` without its day, its name told apart in whole
    words from another line at its company: "Samecorp (…Analyst): ghosted?", then without
    "ghosted?" (its "◌" says it is quiet); None where no such name fits. At 68x24 "◌ Sam…
    (…Anal…  65d ago" had kept its day and lost what told it apart."""
    assert item.parts is not None
    icon = Content.styled(f"{_ICONS[item.kind]} ", "$text-muted")
    for words in (item.shorter[-1], item.name):
        before, _, after = words.partition(item.name)
        room = cells - cell_len(icon.plain) - cell_len(before + after)
        names = names_apart(*item.parts, item.alike, room) if room > 0 else []
        if names:  # the longest, as the line's name is cut where it has its day (``_name_in``)
            return icon + plain(before + names[0] + after, style)
    return None


def _ask_least(item: DueItem) -> int:
    """The cells a feedback request's name keeps at the least with "Ask … for feedback" kept
    round it: its company's first word whole where that is short ("Ask Pinecrest… for
    feedback", not "Ask Pinec…"), more where another line is at its company."""
    assert item.parts is not None
    first = cell_len(screen_line(item.parts[0]).split(" ", 1)[0]) + 1  # and its "…"
    least = max(ASK_NAME_MIN_CELLS, min(first, APP_NAME_MIN_CELLS))
    return max(least, apart_least(item)) if item.alike else least


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
    return _name_in(item, title, room)


def _name_in(item: DueItem, title: str, room: int) -> str:
    """``title`` with ``item``'s name in it cut to ``room`` cells."""
    before, _, after = title.partition(item.name)
    if item.parts is not None:
        # Another line at its company: the longest name told apart in whole words where one
        # fits ("Lumen… (Data…)", not "Lume… (Dat…)"), made once for its application.
        apart = names_apart(*item.parts, item.alike, room) if item.alike else []
        name = apart[0] if apart else clip_app_name(*item.parts, room, item.alike, fill=True)
    else:
        name = clip(item.name, room)
    return before + name + after


# A feedback request's name keeps this much beside "Ask … for feedback" ("River…"), as
# due_fit.NAME_MIN_CELLS.
ASK_NAME_MIN_CELLS = 6
# An application's name keeps this much before how late it is gives way ("Rive… (Para…)").
APP_NAME_MIN_CELLS = 12
