"""Which column of someone else's spreadsheet means what, and what their words for stages mean.

Headers are matched in two passes: first exactly (after lower-casing and
dropping punctuation) against each field's known names, then fuzzily with
rapidfuzz for what is left ("Compnay", "Job Title (as posted)"). Each field takes
one column; the person sees the whole mapping before anything is written, and
can correct it with ``--map "Header=field"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import DamerauLevenshtein

from bounceback_tui.domain.stages import Stage

# Field -> (label shown to the person, names other trackers and spreadsheets use).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "company": (
        "Company",
        ("company", "company name", "employer", "organization", "organisation", "firm"),
    ),
    "role": (
        "Role",
        ("role", "job title", "title", "position", "job", "job position", "role title"),
    ),
    "stage": (
        "Stage",
        (
            *("stage", "status", "application status", "job status", "state", "pipeline stage"),
            # Board-style trackers (Huntr, Trello) name the column a card sits in its list.
            *("list", "list name", "board list", "column", "board column"),
        ),
    ),
    "date_applied": (
        "Date applied",
        ("date applied", "applied on", "applied", "application date", "applied date", "date"),
    ),
    "link": (
        "Link",
        ("link", "url", "job url", "job link", "posting url", "job posting", "posting link"),
    ),
    "location": ("Location", ("location", "city", "place", "office location")),
    "work_mode": (
        "Work mode",
        ("work mode", "remote", "workplace type", "work type", "remote or onsite", "workplace"),
    ),
    "salary": ("Salary (range)", ("salary", "compensation", "pay", "salary range", "pay range")),
    "salary_min": (
        "Salary min",
        ("salary min", "min salary", "minimum salary", "salary from", "min. salary", "salary low"),
    ),
    "salary_max": (
        "Salary max",
        ("salary max", "max salary", "maximum salary", "salary to", "max. salary", "salary high"),
    ),
    "salary_currency": ("Currency", ("salary currency", "currency")),
    "salary_period": ("Salary period", ("salary period", "pay period", "per")),
    "source": (
        "Source",
        ("source", "found on", "found via", "channel", "job board", "where found", "referral"),
    ),
    "excitement": ("Excitement", ("excitement", "interest", "rating", "priority", "stars")),
    "contact_name": (
        "Contact name",
        ("contact name", "contact", "recruiter", "hiring manager", "recruiter name"),
    ),
    "contact_email": (
        "Contact email",
        ("contact email", "email", "recruiter email", "e mail"),
    ),
    "notes": ("Notes", ("notes", "note", "comments", "comment", "remarks")),
    "description": ("Description", ("description", "job description", "posting text")),
    "employment_type": (
        "Employment type",
        ("employment type", "job type", "contract type", "type of employment"),
    ),
    "next_follow_up": (
        "Next follow-up",
        ("next follow up", "follow up", "follow up date", "follow up on", "next action date"),
    ),
}
# Damerau-Levenshtein similarity: one slip in a short header ("Compnay", "Stauts").
TYPO_CUTOFF = 80.0
# Words that change what a column holds: "Contact phone" is not the contact's name,
# "Status date" is not the status, "Date posted" is not the date applied.
_CHANGES_MEANING = frozenset(
    (
        *("phone", "number", "no", "id", "date", "time", "day", "website", "site", "url"),
        *("link", "email", "address", "count", "type", "saved", "created", "updated"),
        *("modified", "added", "posted", "deadline", "closing"),
    )
)
# One-word names too general to claim a longer header ("Interview date" is not the date applied).
_TOO_GENERAL = frozenset(
    (
        *("date", "applied", "title", "job", "state", "per", "place", "firm", "link", "url"),
        *("list", "column"),
        *("email", "remote", "pay", "contact", "note", "rating", "priority", "stars"),
        *("interest", "channel", "source", "city", "workplace", "referral"),
    )
)
# Fields the export writes that an import deliberately leaves to the store.
IGNORED_HEADERS = frozenset({"created", "updated", "created at", "updated at", "id"})


@dataclass(frozen=True)
class ColumnMatch:
    index: int
    header: str
    field: str | None
    how: str  # "exact", "fuzzy", "given", "" (not used)
    note: str = ""


@dataclass(frozen=True)
class HeaderMapping:
    columns: tuple[ColumnMatch, ...]

    def index_of(self, field: str) -> int | None:
        return next((c.index for c in self.columns if c.field == field), None)

    @property
    def fields(self) -> set[str]:
        return {c.field for c in self.columns if c.field}

    def describe(self) -> list[str]:
        """One line per column, as shown before an import writes anything."""
        width = max((len(c.header) for c in self.columns), default=0)
        width = min(max(width, 6), 32)
        lines = []
        for column in self.columns:
            header = column.header if len(column.header) <= 32 else column.header[:29] + "..."
            if column.field:
                label = FIELDS[column.field][0]
                how = {"fuzzy": " (close match)", "given": " (as given)"}.get(column.how, "")
                lines.append(f"  {header:<{width}}  ->  {label}{how}")
            else:
                lines.append(f"  {header:<{width}}  --  not imported{column.note}")
        return lines


def _key(text: str) -> str:
    return utils.default_process(text)


_ALIASES: dict[str, str] = {
    _key(alias): field for field, (_, names) in FIELDS.items() for alias in names
}
_LABELS: dict[str, str] = {_key(label): field for field, (label, _) in FIELDS.items()}


def _typo_match(key: str) -> str | None:
    found = process.extractOne(
        key,
        list(_ALIASES),
        scorer=DamerauLevenshtein.normalized_similarity,
        processor=None,
        score_cutoff=TYPO_CUTOFF / 100,
    )
    return _ALIASES[found[0]] if found else None


def _word_match(key: str) -> str | None:
    """A known name at the start or end of a longer header ("Job title (as posted)")."""
    words = key.split()
    best: tuple[int, str] | None = None
    for alias, field in _ALIASES.items():
        alias_words = alias.split()
        size = len(alias_words)
        if size >= len(words) or alias in _TOO_GENERAL:
            continue
        for rest in (
            words[size:] if words[:size] == alias_words else None,
            words[:-size] if words[-size:] == alias_words else None,
        ):
            meaningful = rest is not None and not _CHANGES_MEANING.intersection(rest)
            if meaningful and (best is None or size > best[0]):
                best = (size, field)
    return best[1] if best else None


def field_for_name(name: str) -> str | None:
    """A field from its key ("date_applied"), label ("Date applied") or a known name."""
    key = _key(name)
    if name in FIELDS:
        return name
    return _LABELS.get(key) or _ALIASES.get(key)


def map_headers(headers: Sequence[str], given: Mapping[str, str] | None = None) -> HeaderMapping:
    """Match each header to at most one field (and each field to at most one header)."""
    given = {_key(h): f for h, f in (given or {}).items()}
    chosen: dict[int, tuple[str, str]] = {}
    taken: dict[str, int] = {}

    def claim(index: int, field: str, how: str) -> None:
        chosen[index] = (field, how)
        taken[field] = index

    keys = [_key(h) for h in headers]
    for index, key in enumerate(keys):
        field = given.get(key)
        if field and field not in taken:
            claim(index, field, "given")
    for index, key in enumerate(keys):
        if index in chosen or key in given:
            continue
        field = _LABELS.get(key) or _ALIASES.get(key)
        if field and field not in taken:
            claim(index, field, "exact")
    for index, key in enumerate(keys):
        if index in chosen or key in given or not key or key in IGNORED_HEADERS:
            continue
        field = _typo_match(key) or _word_match(key)
        if field and field not in taken:
            claim(index, field, "fuzzy")

    columns = []
    for index, header in enumerate(headers):
        if index in chosen:
            field, how = chosen[index]
            columns.append(ColumnMatch(index, header, field, how))
            continue
        note = ""
        key = keys[index]
        guess = _LABELS.get(key) or _ALIASES.get(key) or (key and _typo_match(key))
        if guess and guess in taken:
            note = f" ({FIELDS[guess][0]} comes from {headers[taken[guess]]!r})"
        columns.append(ColumnMatch(index, header, None, "", note))
    return HeaderMapping(tuple(columns))


# What other trackers call each stage. Matched exactly first, then fuzzily.
STATUS_WORDS: dict[Stage, tuple[str, ...]] = {
    Stage.SAVED: (
        "saved",
        "applying",
        "wishlist",
        "wish list",
        "bookmarked",
        "interested",
        "to apply",
        "not applied",
        "draft",
        "planned",
        "researching",
        "lead",
        "prospect",
    ),
    Stage.APPLIED: (
        "applied",
        "submitted",
        "sent",
        "application sent",
        "application submitted",
        "pending",
        "waiting",
        "in review",
        "under review",
        "awaiting response",
    ),
    Stage.SCREENING: (
        "screening",
        "screen",
        "phone screen",
        "phone call",
        "recruiter call",
        "recruiter screen",
        "hr call",
        "hr interview",
        "initial call",
        "intro call",
        "assessment",
        "take home",
        "online assessment",
        "coding test",
    ),
    Stage.INTERVIEWING: (
        "interviewing",
        "interview",
        "interviews",
        "interview scheduled",
        "onsite",
        "on site",
        "technical interview",
        "final round",
        "final interview",
        "second interview",
        "first interview",
        "panel",
    ),
    Stage.OFFER: ("offer", "offered", "offer received", "got offer", "negotiating"),
    Stage.ACCEPTED: ("accepted", "hired", "offer accepted", "signed", "joined", "started"),
    Stage.REJECTED: (
        "rejected",
        "rejection",
        "declined",
        "not selected",
        "turned down",
        "no",
        "unsuccessful",
        "not moving forward",
        "closed",
        "denied",
        "failed",
        "lost",
        "rejected me",
        "not a fit",
        "no offer",
        "position filled",
        "role filled",
    ),
    Stage.WITHDRAWN: (
        "withdrawn",
        "withdrew",
        "withdraw",
        "cancelled",
        "canceled",
        "not interested",
        "i declined",
        "declined offer",
        "offer declined",
        "archived",
        "retracted",
    ),
    Stage.GHOSTED: (
        "ghosted",
        "no response",
        "no reply",
        "no answer",
        "never heard back",
        "no news",
        "silence",
        "expired",
    ),
}
_STATUS: dict[str, Stage] = {_key(w): stage for stage, words in STATUS_WORDS.items() for w in words}
# Longer phrases ("Rejected after interview", "Waiting to hear back") by the words in them,
# in this order: an outcome word outranks the stage it happened at. Each entry is a word's
# start, so "withdr" covers withdrew and withdrawn.
STATUS_KEYWORDS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.WITHDRAWN, ("withdr", "retract", "cancel")),
    (Stage.ACCEPTED, ("accepted", "hired", "signed")),
    (Stage.REJECTED, ("reject", "unsuccessful", "filled", "declined", "turned")),
    (Stage.GHOSTED, ("ghost", "silence")),
    (Stage.OFFER, ("offer",)),
    (Stage.INTERVIEWING, ("interview", "onsite", "panel", "superday")),
    (Stage.SCREENING, ("screen", "assessment", "take", "challenge", "test", "call")),
    (Stage.APPLIED, ("applied", "submitted", "sent", "waiting", "review", "pending")),
    (Stage.SAVED, ("wish", "bookmark", "saved", "draft")),
)


def stage_for_status(text: str) -> Stage | None:
    """Another tracker's status word as one of our stages, or None if it is not clear.

    A known word or phrase first, then a phrase by its words, then a close spelling
    ("rejcted"); what none of these place ("On hold") is left for the person to name.
    """
    key = _key(text)
    if not key:
        return None
    if key in _STATUS:
        return _STATUS[key]
    words = key.split()
    for stage, starts in STATUS_KEYWORDS:
        if any(word.startswith(starts) for word in words):
            return stage
    found = process.extractOne(key, list(_STATUS), scorer=fuzz.ratio, score_cutoff=80)
    return _STATUS[found[0]] if found else None


_BOARDS = (
    "linkedin",
    "indeed",
    "glassdoor",
    "otta",
    "welcome to the jungle",
    "wellfound",
    "angellist",
    "monster",
    "ziprecruiter",
    "stepstone",
    "dice",
    "hired",
    "hacker news",
    "hn",
    "xing",
    "seek",
    "reed",
    "totaljobs",
    "remoteok",
    "we work remotely",
    "builtin",
    "job board",
    "jobboard",
    "board",
    "job site",
    "google jobs",
    "handshake",
    "greenhouse",
    "lever",
    "ashby",
)


_BOARD_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(b) for b in _BOARDS) + r")\b")


def source_for(text: str) -> str:
    """Where an application came from, as one of our sources (unknown ones are "other")."""
    key = _key(text)
    if not key:
        return ""
    if "refer" in key or "friend" in key or "network" in key:
        return "referral"
    if "recruit" in key or "agency" in key or "headhunt" in key:
        return "recruiter"
    if "company" in key or "career" in key or "website" in key or "direct" in key:
        return "company_site"
    if _BOARD_WORDS.search(key):
        return "job_board"
    return "other"


_WORK_MODES = {
    "remote": "remote",
    "fully remote": "remote",
    "wfh": "remote",
    "work from home": "remote",
    "anywhere": "remote",
    "yes": "remote",
    "true": "remote",
    "hybrid": "hybrid",
    "flexible": "hybrid",
    "partly remote": "hybrid",
    "partial remote": "hybrid",
    "onsite": "onsite",
    "on site": "onsite",
    "in office": "onsite",
    "office": "onsite",
    "in person": "onsite",
    "no": "onsite",
    "false": "onsite",
}


def work_mode_for(text: str) -> str:
    """Our work mode for theirs; text we cannot place is returned for the validator to refuse."""
    key = _key(text)
    return _WORK_MODES.get(key, text)


def stage_names(stages: Iterable[Stage] = tuple(Stage)) -> str:
    return ", ".join(s.value for s in stages)
