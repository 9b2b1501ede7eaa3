"""Small pieces of wording shared by every pane and command: counts with their nouns, and
one sentence for one situation whichever pane meets it.

A record that another window (or the command line, or a restore) deleted or changed since
this window read it is the same situation on every pane; the person reads the same sentence
for it, with only the name of the thing changed (``gone_elsewhere``, ``changed_elsewhere``).
Services raise their ``DeletedElsewhereError``, ``NotFoundError`` and ``ConflictError`` with
these; tests/test_wording.py checks that no module words it another way. ``thing`` is the
app's own words for the record ("That skill item"); a person's text in it goes in as
``name`` (``"{name}"`` marks its place) and is clipped to fit a toast (``clip_name``).
"""

from __future__ import annotations

from collections.abc import Sequence

from bounceback_tui.domain.text import AppName, clip_name

# The active run's words when there is none: nothing done yesterday, nothing yet today
# (Today's box and the `today` command; "0 days in a row" greeted a morning after a day away).
ACTIVE_RUN_NONE = "starts again today"
# ... and when nothing was ever done in the app (a new store, or one holding only imported
# data): "again" told of a run there never was.
ACTIVE_RUN_FIRST = "starts today"
# The weekly goal's run when none is counted: "Goal streak 0 weeks" greeted a person's first
# day, a zero for weeks they were never here, and every week after one that missed the goal.
GOAL_RUN_FIRST_WEEK = "starts this week"


def active_run_none(days_away: int) -> str:
    """The active run's words when there is none (nothing done yesterday, nothing yet today):
    ``days_away``, the days since the last action (``domain/care.days_away``), is 0 then only
    when nothing was ever done, and the run "starts today"; else it "starts again today"."""
    return ACTIVE_RUN_FIRST if days_away == 0 else ACTIVE_RUN_NONE


def active_run_said(days: int, over: int, in_a_row: bool) -> tuple[str, str]:
    """An active run of ``days`` (more than none) as Today and `today` say it, its count
    (Today's box bolds it) and the rest: "6 days", " in a row"; a run holding rest days
    (two in seven keep it: ``domain/metrics.REST_DAYS_IN_SEVEN``) is no row of days, and
    "10 days in a row" was said of ten in a fortnight: "10", " of last 14 days" (``over``,
    its first day through today). Short enough for the box's figure (400 of last 401)."""
    if in_a_row:
        return plural(days, "day"), " in a row"
    return number(days), f" of last {plural(over, 'day')}"


def number(count: int) -> str:
    """A count as every place writes it, with thousands separators: "1,204", never "1204"
    beside another's "1,163" (``plural`` and ui/kit/text's sentences write theirs with it)."""
    return f"{count:,}"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """ "1 day", "2 days", "1,204 applications": a count with its noun in the right number.

    ``nouns`` is the plural when adding "s" is wrong ("1 reply", "2 replies")."""
    return f"{number(count)} {noun_for(count, noun, nouns)}"


def noun_for(count: int, noun: str, nouns: str | None = None) -> str:
    """The noun alone in the right number, for text that styles the count on its own."""
    return noun if count == 1 else (nouns or f"{noun}s")


# From here a span of days is said in months, and from a year in years: after a long break
# "404 days ago" is a number to work out, and it wrapped Today's and People's lines.
MONTHS_FROM_DAYS = 100
YEARS_FROM_DAYS = 365


def span(days: int, *, short: bool = False, tiny: bool = False) -> str:
    """A span of days as a person says it: "3 days" up to 99, then "4 months", then "over
    a year", "over 2 years". ``short``, for a figure with little room: "4 mo", "a year",
    "2 years"; ``tiny``, for a column of eight cells with " ago" (People's "In touch"):
    "3d", "4mo", "1y", "2y"."""
    days = abs(days)
    if days < MONTHS_FROM_DAYS:
        return f"{days}d" if tiny else plural(days, "day")
    if days < YEARS_FROM_DAYS:
        months = days // 30
        return f"{months}mo" if tiny else f"{months} mo" if short else plural(months, "month")
    years = days // YEARS_FROM_DAYS
    if tiny:
        return f"{years:,}y"
    if short:
        return "a year" if years == 1 else f"{years:,} years"
    return "over a year" if years == 1 else f"over {years:,} years"


def days_ago(days: int, *, short: bool = False, tiny: bool = False) -> str:
    """ "today", "yesterday", "3 days ago", "4 months ago", "over a year ago" (``span``);
    ``tiny``: "1d ago", "4mo ago", "2y ago"."""
    if days == 0:
        return "today"
    return "yesterday" if days == 1 and not tiny else f"{span(days, short=short, tiny=tiny)} ago"


def _named(thing: str, name: object) -> str:
    if name is None:
        return thing
    return thing.replace("{name}", _clipped(name if isinstance(name, str) else str(name)))


def gone_elsewhere(thing: str, *, name: object = None) -> str:
    """The record is no longer there.

    >>> gone_elsewhere("That skill item")
    'That skill item is no longer there; another window may have deleted it.'
    """
    return f"{_named(thing, name)} is no longer there; another window may have deleted it."


def deleted_here(thing: str, where: str, undo: str = "", *, name: object = None) -> str:
    """The record is gone because this window deleted it, on the pane ``where`` (whose
    ``undo`` key brings it back, while it keeps that delete).

    >>> deleted_here("the {name}", "Today", name="Phone screen interview")
    'The Phone screen interview is no longer there: you deleted it on Today.'
    """
    named = _named(thing, name)
    back = f", where {undo} brings it back" if undo else ""
    return f"{named[:1].upper()}{named[1:]} is no longer there: you deleted it on {where}{back}."


def changed_elsewhere(thing: str, *, name: object = None) -> str:
    """The record changed since this window read it; nothing was written.

    >>> changed_elsewhere("{name}", name="Acme")
    'Acme was changed in another window.'
    """
    return f"{_named(thing, name)} was changed in another window."


# --- `u` after another window changed what the deleted record was linked to ------------------


def listed(names: Sequence[str], *, most: int = 3) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and 2 more"."""
    shown, more = list(names[:most]), len(names) - most
    if more > 0:
        return f"{', '.join(shown)} and {more:,} more"
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def brought_back(what: str, lost: Sequence[str] = (), *, many: bool = False) -> str:
    """What `u` brought back, and the links that could not come with it because what they
    led to was deleted meanwhile. ``what`` and ``lost`` are the app's words, a person's text
    in them already clipped; ``many``: ``lost`` names more than one row (a count among them).

    >>> brought_back("Alex Morgan", ["Oakleaf (Analyst)"])
    'Alex Morgan is back; the link to Oakleaf (Analyst) was not, as it was deleted in \
another window.'
    """
    if not lost:
        return f"{what} is back."
    if many or len(lost) > 1:
        return (
            f"{what} is back; the links to {listed(lost)} were not, as they were deleted in "
            "another window."
        )
    return f"{what} is back; the link to {lost[0]} was not, as it was deleted in another window."


def saved_again(what: str, *, links_back: bool) -> str:
    """`u` after another window saved the deleted record again as new (its form's "save as
    new"): the one there stands, and ``links_back``, what was linked to the one deleted
    here is linked to it now; else the deleted one stays deleted (a second one would be a
    copy).

    >>> saved_again("Alex Morgan", links_back=True)
    'Alex Morgan was saved again as new in another window: what was linked to the one \
deleted here is linked to that one now, so there is one Alex Morgan.'
    """
    if links_back:
        return (
            f"{what} was saved again as new in another window: what was linked to the one "
            f"deleted here is linked to that one now, so there is one {what}."
        )
    return (
        f"{what} was saved again as new in another window, so the one deleted here stays "
        "deleted, as a second would be a copy. Nothing changed."
    )


def back_as_they_were(
    count: int, noun: str, *, changed: Sequence[str] = (), gone: Sequence[str] = ()
) -> str:
    """What `u` brought back of several records it takes back together, and those it could
    not, and why: one ``changed`` since (here or in another window) stays as it is now, one
    ``gone`` is no longer there. The names are a person's text (each clipped here, an
    application's as ``domain.text.app_name`` clipped it).

    >>> back_as_they_were(2, "follow-up", changed=["Globex"])
    '2 follow-ups are back as they were; 1 could not be brought back: Globex was changed \
since the review, so it stays as it is now.'
    """
    if count == 0:
        head = f"No {noun} could be brought back"
    elif count == 1:
        head = f"{plural(count, noun)} is back as it was"
    else:
        head = f"{plural(count, noun)} are back as they were"
    missed = len(changed) + len(gone)
    if not missed:
        return f"{head}."
    why = []
    if changed:
        one = len(changed) == 1
        why.append(
            f"{listed([_clipped(name) for name in changed])} "
            f"{'was' if one else 'were'} changed since the review, so "
            f"{'it stays as it is' if one else 'they stay as they are'} now"
        )
    if gone:
        one = len(gone) == 1
        why.append(
            f"{listed([_clipped(name) for name in gone])} {'is' if one else 'are'} no longer "
            f"there; another window may have deleted {'it' if one else 'them'}"
        )
    if count == 0:
        return f"{head}: {'; '.join(why)}. Nothing changed."
    return f"{head}; {number(missed)} could not be brought back: {'; '.join(why)}."


def _clipped(name: str) -> str:  # an application's name is clipped already (app_name)
    return name if isinstance(name, AppName) else clip_name(name)


def not_brought_back(what: str, *, parent: str | None = None, taken: bool = False) -> str:
    """`u` could bring nothing back: ``parent``, which ``what`` belonged to, was deleted
    meanwhile; or, ``taken``, it is in the store again (a restore put it back); or the store
    refused it as it was.

    >>> not_brought_back("Alex Morgan", taken=True)
    'Alex Morgan cannot be brought back: that record is in the store again (a restore or \
another window put it back). Nothing changed.'
    """
    if parent is not None:
        why = f"{parent}, which it belonged to, was deleted in another window"
    elif taken:
        why = "that record is in the store again (a restore or another window put it back)"
    else:
        why = "the store no longer takes it as it was"
    return f"{what} cannot be brought back: {why}. Nothing changed."


def first_reply_after(median_days: float) -> str:
    """The median days to a first reply, in words: "first reply after about 9.5 days" (What's
    working's legend and the `insights` command say it the same way)."""
    return f"first reply after about {median_days:g} {'day' if median_days == 1 else 'days'}"


def likely_share(value: float, low: float, high: float) -> str:
    """A rate with its 95% range, in words: "57%, likely between 39% and 73%". The `insights`
    command said "57%, 95% 39-73%", which a person reads as two shares (a fixer's walk)."""
    return f"{value * 100:.0f}%, likely between {low * 100:.0f}% and {high * 100:.0f}%"


def shift(points: float) -> tuple[str, int]:
    """Which way a re-rating moved, and by how many whole points: ("eased", 21), ("rose", 20)
    or ("held steady", 0). ``points`` is the drop (positive when the feeling eased)."""
    amount = round(points)
    if amount == 0:
        return "held steady", 0
    return ("eased" if amount > 0 else "rose"), abs(amount)


def shift_words(points: float, noun: str = "point", nouns: str | None = None) -> str:
    """A re-rating's average in words, the same on Today, its trends, Reframe and the `today`
    command: "eased 21 points", "rose 20 points", "held steady". A rise is said plainly,
    never as a minus after "eased" (some people feel worse right after writing; that is
    worth seeing, not a sum to puzzle over).

    >>> shift_words(-20.4, "pt", "pts")
    'rose 20 pts'
    """
    verb, amount = shift(points)
    return f"{verb} {plural(amount, noun, nouns)}" if amount else verb


def checked_words(when: str, error: str) -> str:
    """When a followed board was last read ("not yet", "today 09:30") and, where its last try
    failed, why: "not yet (last try failed: …)", as `boards` and the Boards screen both say
    it. The screen read "not yet" beside "The last check failed: …" (a tester's walk)."""
    return f"{when} (last try failed: {error})" if error else when
