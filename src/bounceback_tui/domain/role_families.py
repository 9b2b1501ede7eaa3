"""Role families: job titles grouped by what the job is, not how senior it is (pure).

"Senior Backend Engineer" and "Backend Engineer II" are one family, "backend engineer"; a
level word never decides a family, nor tells two apart where the rest is the same, and the
titles whose rest names a job only as the trade uses it are in a hand-made table
(domain/role_titles.py: "Staff Engineer", "Engineer" and "Tech Lead" are Software Engineer's).
"Team Lead" is its own ("team lead": a level word ending the title is the job), and "SRE" is
in Site Reliability Engineer's. The person may rename a family
("backend engineer = Engineering"), which What's working (domain/insights.py) groups by.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import pairwise
from typing import Protocol

from bounceback_tui.domain.role_titles import SHOWN, family_by_title
from bounceback_tui.domain.role_words import WORD as _WORD
from bounceback_tui.domain.role_words import title_words

# Words that say how senior a role is, not what it is: set aside when grouping titles.
_LEVEL_WORDS = frozenset(
    [
        "senior",
        "sr",
        "snr",
        "junior",
        "jr",
        "jnr",
        "lead",
        "staff",
        "principal",
        "head",
        "chief",
        "associate",
        "intern",
        "graduate",
        "entry",
        "mid",
        "level",
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "1",
        "2",
        "3",
        "4",
        "5",
        "the",
        "a",
        "an",
        "of",
        "and",
        "for",
        "to",
        "in",
        "at",
        "with",
        "remote",
        "hybrid",
        "onsite",
        "contract",
        "temporary",
        "temp",
    ]
)
# "full" and "part" say nothing about the job only when followed by "time" (full-time):
# "Full-Stack Developer" keeps its "full", "Time Series Analyst" its "time".
_HOURS_WORDS = frozenset({"full", "part"})
# Level words that are also jobs: set aside before the job's words ("Lead Engineer", "Staff
# Engineer"), the job where they end the title ("Tech Lead", "Sales Associate", "Chief of
# Staff": they were "tech", "sales" and "other"), with the small words between kept.
_JOB_LEVELS = frozenset({"lead", "staff", "principal", "head", "chief", "associate"})
_BETWEEN = frozenset({"the", "a", "an", "of", "and", "for", "to", "in", "at", "with"})
# Where a level word begins a name of the trade's own it is not a level: the person's job is
# to bring in leads, to lead a study, to teach in Head Start, to admit graduate students.
# "Lead Generation Specialist" was the family "generation specialist" (the twenty-sixth
# round's list). Only these pairs: "Lead Marketing Manager" or "Senior Care Assistant" are a
# level of a job, so a word after a level word is no sign by itself.
_NAMED_WITH_LEVEL = frozenset(
    {
        ("lead", "generation"),
        ("lead", "qualification"),
        ("principal", "investigator"),
        ("head", "start"),
        ("senior", "living"),
        ("graduate", "admissions"),
        ("graduate", "recruitment"),
    }
)
# Short names for a job, read as its words: "SRE" and "Site Reliability Engineer" were two
# families (a stranger's walk).
_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "sre": ("site", "reliability", "engineer"),
    "swe": ("software", "engineer"),
    "ml": ("machine", "learning"),
}


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case, each short name as the words it stands for."""
    return [part for word in _WORD.findall(text.casefold()) for part in _spelt_out(word)]


def _spelt_out(word: str) -> tuple[str, ...]:
    return _SHORT_NAMES.get(word.casefold(), (word,))


def _without_hours(found: list[str]) -> list[str]:
    """The words of a title (``_words``) but "full time" and "part time"."""
    hours = {
        index + offset
        for index, (word, after) in enumerate(pairwise(found))
        if word in _HOURS_WORDS and after == "time"
        for offset in (0, 1)
    }
    return [w for i, w in enumerate(found) if i not in hours]


def _family_key(found: list[str]) -> str:
    """A title's family (its key) from its words (``_words``): the table's where it names
    one, else the words that say what the job is."""
    found = _without_hours(found)
    return _titled(found) or " ".join(_family_words(found)) or "other"


def _titled(found: list[str]) -> str | None:
    """The table's family for these words (domain/role_titles.py), read by the words left
    once every level word is set aside; None where it names none."""
    return family_by_title([w for w in _without_hours(found) if w not in _LEVEL_WORDS])


def _family_words(found: list[str]) -> list[str]:
    """The words of a title (``_words``, without its hours) that say what the job is."""
    named = {i for i, pair in enumerate(pairwise(found)) if pair in _NAMED_WITH_LEVEL}
    job = [i for i, w in enumerate(found) if w not in _LEVEL_WORDS or w in _JOB_LEVELS]
    if len(job) < 2 or found[job[-1]] not in _JOB_LEVELS:  # "Lead" alone says no job
        return [w for i, w in enumerate(found) if w not in _LEVEL_WORDS or i in named]
    return [w for i, w in enumerate(found) if i in job or (job[0] < i < job[-1] and w in _BETWEEN)]


def role_family(title: str, renames: Mapping[str, str] | None = None) -> str:
    """The words of a title that say what the job is, lower case, in order.

    "Senior Backend Engineer II" and "Backend Engineer (Remote)" both give "backend engineer";
    what is in brackets is left out ("Backend Engineer (re-post)"), and markup-looking
    tags too ("SRE [bold]lead": domain/role_words.py).
    ``renames`` maps a family to the name the person chose for it ("backend engineer" ->
    "engineering"), which is how families are edited and merged. Names that differ only in
    case are one family, spelt as the first of them: "Engineering" and "engineering" were
    two rows (a tester's walk), and so were a name given ("Engineering") and a family left
    as it is ("engineering", from the title "Engineering").
    """
    return role_namer(renames)(title)


class _Titled(Protocol):
    @property
    def role(self) -> str: ...


def family_of_application(renames: Mapping[str, str] | None) -> Callable[[_Titled], str]:
    """An application's family (What's working's "Role family"), the namer made once."""
    name = role_namer(renames)
    return lambda application: name(application.role)


def family_spellings(
    renames: Mapping[str, str] | None,
) -> tuple[Callable[[_Titled], str], Callable[[str], str]]:
    """An application's family (``family_of_application``), and how a family is shown: in
    the words of the first title met in it, as the person typed them ("iOS Developer" for
    "ios developer"), in Title Case where they typed them all in lower case; a name the
    person gave, as given. What's working showed "ios developer" (a stranger's walk)."""
    key_of, plain_key = role_namer(renames), role_namer()
    shown: dict[str, str] = {}

    def family(application: _Titled) -> str:
        key = key_of(application.role)
        if key not in shown and key == plain_key(application.role):  # not a name given
            shown[key] = _as_typed(application.role, key)
        return key

    return family, lambda key: shown.get(key, key)


def _as_typed(title: str, family: str) -> str:
    """``family``'s words as ``title`` spells them; ``family`` if they cannot be matched. A
    short name's words ("SRE": ``_SHORT_NAMES``) in Title Case, as nobody typed them."""
    wanted = family.split()
    spelt: list[tuple[str, bool]] = []  # each word, and whether it was typed so
    for word in _WORD.findall(title_words(title)):
        words = _spelt_out(word)
        spelt += [(word, True)] if len(words) == 1 else [(w.capitalize(), False) for w in words]
    typed = [(w, so) for w, so in spelt if w.casefold() in wanted][: len(wanted)]
    if [w.casefold() for w, _ in typed] != wanted:
        typed = [(w, True) for w in wanted] if family == "other" else []
    if not typed:
        return SHOWN.get(family, family)  # a family of the table's (role_titles.py)
    if any(not w.islower() for w, so in typed if so):
        return " ".join(w for w, _ in typed)
    return " ".join(w[:1].upper() + w[1:] for w, _ in typed)


def role_namer(renames: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """``role_family`` for many titles: the names' first spellings worked out once, not
    once a title (What's working names every application's family)."""
    renames = _by_family(renames or {})
    spelt = _first_spellings(renames)

    def name(title: str) -> str:
        family = _family_key(_words(title_words(title)))
        if renames:
            family = renames.get(family, family)
            family = spelt.get(family.casefold(), family)
        return family

    return name


def _by_family(renames: Mapping[str, str]) -> dict[str, str]:
    """The names by the family each line's left side is in: "Engineer = Engineering", written
    when "Engineer" was a family of its own, names Software Engineer's (role_titles.py). A
    line for the family itself comes first."""
    kept = dict(renames)
    for source, target in renames.items():
        if titled := _titled(source.split()):
            kept.setdefault(titled, target)
    return kept


def _first_spellings(renames: Mapping[str, str]) -> dict[str, str]:
    """Each name the person gave, case aside, and its first spelling."""
    spelt: dict[str, str] = {}
    for name in renames.values():
        spelt.setdefault(name.casefold(), name)
    return spelt


def parse_family_renames(text: str, shown: Collection[str] = ()) -> dict[str, str]:
    """Lines of "family = name" (the person's own grouping); blank lines and # notes ignored,
    names differing only in case spelt as the first ("Engineering", then "engineering":
    both "Engineering"). A family written as shown cut short ("machine learning engi… =
    ML") is the one of ``shown`` (the families on screen) it starts: it was taken as a
    family of that name, which none is, and grouped nothing without a word (a new user's walk).

    Raises ValueError naming the first line that is not of that form, or whose cut name
    starts no family shown, or more than one, or that names a family an earlier line named
    (compared as they are kept, case aside): the later line was kept and the earlier one
    dropped without a word (a stranger's walk)."""
    renames: dict[str, str] = {}
    lines: dict[str, tuple[int, str]] = {}  # each family's line and its spelling there
    for number, (typed, sep, target) in _lines(text):
        cut = typed.endswith(("…", "..."))
        source = " ".join(_words(typed))
        target = target.strip()
        if not sep or not source or not target:
            raise ValueError(f'Line {number}: write it as "family = new name".')
        if cut:
            source = _whole_family(number, source, shown)
        if source in lines:
            first, spelt_there = lines[source]
            # Each line's own spelling when they differ: the second's alone was quoted for both.
            named = (
                f'both name "{typed}"'
                if spelt_there == typed
                else f'name one family ("{spelt_there}", "{typed}")'
            )
            raise ValueError(f"Lines {first} and {number} {named}; keep one of them.")
        lines[source] = (number, typed)
        renames[source] = target
    spelt = _first_spellings(renames)
    return {source: spelt[target.casefold()] for source, target in renames.items()}


def family_key(text: str) -> str:
    """A family as the grouping keeps and compares it: its words, lower case ("iOS
    Developer" is "ios developer")."""
    return " ".join(_words(text))


def renames_kept(stored: Mapping[str, str]) -> dict[str, str]:
    """The names as the grouping looks them up, each family by its key. The store keeps each
    family as the person typed it (``renames_to_store``), a store saved before by its key."""
    return {key: name for family, name in stored.items() if (key := family_key(family))}


def renames_to_store(renames: Mapping[str, str], typed: Mapping[str, str]) -> dict[str, str]:
    """``renames`` (by key) with each family as the person typed it (``families_as_typed``),
    so that the editor shows it so again: a family no application's role is in has no
    title to take its spelling from, and showed as its lower-case key ("qa lead")."""
    out: dict[str, str] = {}
    for key, name in sorted(renames.items()):
        spelt = " ".join(typed.get(key, "").split())
        out[spelt if family_key(spelt) == key else key] = name
    return out


def spellings_given(stored: Mapping[str, str]) -> dict[str, str]:
    """Each family of the stored names, as the editor shows it when no application's title
    spells it: as typed, in Title Case where it was typed all in lower case (as What's
    working shows a title: ``family_spellings``), which is all a store saved before knows."""
    return {key: _as_typed(family, key) for family in stored if (key := family_key(family))}


def families_as_typed(text: str) -> dict[str, str]:
    """Each line's family as ``parse_family_renames`` keeps it, and as the person typed it:
    a note about a line quotes what they wrote, not the words it was kept as ("b x b link"
    for "[b]x[/b] [ [link=x]y 🚀": a tester's walk). A family cut short is keyed as typed."""
    return {family_key(typed): typed for _number, (typed, _sep, _target) in _lines(text)}


def _lines(text: str) -> list[tuple[int, tuple[str, str, str]]]:
    """Each line's number, and its family as typed, its "=", and its new name. The line is
    split at its last " = " (spaces around), so a family with "=" in it ("[link=x]y = Rocket")
    keeps it; a line without one, at its first "="."""
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        source, sep, target = line.rpartition(" = ") if " = " in line else line.partition("=")
        found.append((number, (source.strip(), sep.strip(), target)))
    return found


def _whole_family(number: int, start: str, shown: Collection[str]) -> str:
    found = sorted({f for f in shown if family_key(f).startswith(start)})
    if len(found) == 1:
        return family_key(found[0])
    many = f"the start of {len(found)} families" if found else "the start of no family shown"
    raise ValueError(f'Line {number}: "{start}…" is {many}; write the family in full.')


def families_matching_nothing(
    renames: Mapping[str, str], families: Collection[str], before: Mapping[str, str] | None = None
) -> list[tuple[str, str | None]]:
    """The families ``renames`` names (each line's left side) that no application's role is
    in (``families``: each role's family, before any name given), with the closest of
    ``families`` where one is close ("backend enginer": "backend engineer"), else None.
    Such a line groups nothing: it is kept (a family may be named before its first
    application) and said. Those ``before`` named too were said when they were saved."""
    from bounceback_tui.domain.fuzzy_scores import best_match

    known = set(families)
    return [
        (source, best_match(source, known))
        for source in renames
        if source not in known
        and _titled(source.split()) not in known
        and source not in (before or {})
    ]


def spellings_of(roles: Iterable[str]) -> dict[str, str]:
    """Each family of ``roles`` (before any name given), and how What's working shows it:
    in the words of the first of ``roles`` met in it, as typed (``family_spellings``)."""
    name = role_namer()
    shown: dict[str, str] = {}
    for role in roles:
        key = name(role)
        if key not in shown:
            shown[key] = _as_typed(role, key)
    return shown


def format_family_renames(
    renames: Mapping[str, str], spelt: Mapping[str, str] | None = None
) -> str:
    """The editor's lines, "family = name", each family as ``spelt`` shows it (as What's
    working does: ``spellings_of``), else in Title Case, as What's working shows a title
    typed in lower case. The editor listed "ios developer" where What's working showed "iOS
    Developer" (the twenty-third round's list), and "qa lead" for a family no application
    is in yet; a line is read back case aside, so any spelling is the same family."""
    spelt = spelt or {}
    return "\n".join(
        f"{spelt.get(source) or _as_typed(source, source)} = {target}"
        for source, target in sorted(renames.items())
    )
