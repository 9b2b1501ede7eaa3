"""Which column of someone else's spreadsheet means what (what the words in it mean is
csv_words.py's part).

Headers are matched in two passes: first exactly (after lower-casing and
dropping punctuation) against each field's known names, then fuzzily with
rapidfuzz for what is left ("Compnay", "Job Title (as posted)"). Each field takes
one column; the person sees the whole mapping before anything is written, and
can correct it with ``--map "Header=field"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import DamerauLevenshtein

from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.transfer.files import TransferError

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
    # Every move with its day, "Applied 2026-11-02; Screening 2026-11-09" (csv_history.py).
    "stage_history": (
        "Stage history",
        ("stage history", "status history", "timeline", "stage timeline", "history of stages"),
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
    # When the no came: a Rejected row's rejection is dated by it (transfer/csv_rejections.py).
    "rejected_on": (
        "Rejected on",
        ("rejected on", "date rejected", "rejection date", "rejected date", "date of rejection"),
    ),
    # How far a Rejected row got and why it was turned down, kept with its no.
    "stage_reached": (
        "Got as far as",
        ("got as far as", "stage reached", "furthest stage", "reached stage", "got to stage"),
    ),
    "rejection_reason": (
        "Rejection reason",
        ("rejection reason", "reason for rejection", "reason rejected", "why rejected"),
    ),
    "next_follow_up": (
        "Next follow-up",
        ("next follow up", "follow up", "follow up date", "follow up on", "next action date"),
    ),
    # The facts What's working compares (domain/insights.py).
    "company_size": (
        "Company size",
        ("company size", "size", "employees", "headcount", "number of employees"),
    ),
    "posted_on": (
        "Posted on",
        ("posted on", "date posted", "posted", "posting date", "posted date", "job posted"),
    ),
    "cover_letter": ("Cover letter", ("cover letter", "cover letter sent", "with cover letter")),
    "tailored_resume": (
        "Tailored resume",
        ("tailored resume", "tailored cv", "resume tailored", "cv tailored", "tailored"),
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
        *("size", "employees", "headcount", "posted", "tailored"),
    )
)
# Fields the export writes that an import deliberately leaves to the store.
IGNORED_HEADERS = frozenset({"created", "updated", "created at", "updated at", "id"})


@dataclass(frozen=True)
class ColumnMatch:
    index: int
    header: str
    field: str | None
    how: str  # "exact", "fuzzy", "given", "referral" (transfer/csv_fit.py), "" (not used)
    note: str = ""


@dataclass(frozen=True)
class HeaderMapping:
    columns: tuple[ColumnMatch, ...]

    def index_of(self, field: str) -> int | None:
        return next((c.index for c in self.columns if c.field == field), None)

    def header_of(self, field: str) -> str:
        """The header of the column read as ``field``, or "" when none is."""
        return next((c.header for c in self.columns if c.field == field), "")

    @property
    def fields(self) -> set[str]:
        return {c.field for c in self.columns if c.field}

    def describe(self) -> list[str]:
        """One line per column, as shown before an import writes anything."""
        width = max((len(c.header) for c in self.columns), default=0)
        width = min(max(width, 6), 32)
        lines = []
        for column in self.columns:
            header = cut_near_word(column.header, 32)
            if column.field:
                label = FIELDS[column.field][0]
                how = {
                    "fuzzy": " (close match)",
                    "given": " (as given)",
                    "referral": " (its values are yes or no: Yes as a referral)",
                }.get(column.how, "")
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
            meaningful = rest is not None and not _CHANGES_MEANING.intersection(_said(rest))
            if meaningful and (best is None or size > best[0]):
                best = (size, field)
    return best[1] if best else None


def _said(words: list[str]) -> list[str]:
    """The words that say what a column holds: "as posted" or "as offered" says only where
    the value came from ("Job title (as posted)" is the role; "Date posted" is not applied)."""
    return words[: words.index("as")] if "as" in words else words


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


def headers_not_found(headers: Sequence[str], given: Mapping[str, str]) -> list[tuple[str, str]]:
    """(header given with --map, the file's closest header or "") for each given header the
    file does not have: "--map 'Priorty='" left the Priority column mapped without a word."""
    keys = {_key(header): header for header in headers}
    missing = []
    for header in given:
        if _key(header) not in keys:
            close = process.extractOne(_key(header), list(keys), scorer=fuzz.WRatio)
            missing.append((header, keys[close[0]] if close and close[1] >= 70 else ""))
    return missing


def parse_mapping_overrides(items: list[str]) -> dict[str, str]:
    """``["Employer Name=company", ...]`` from --map, checked against the known fields.
    ``"Priority="`` (no field) leaves that column out: "" in the result."""
    given: dict[str, str] = {}
    items_for: dict[str, str] = {}  # the first --map naming each field
    for item in items:
        header, sep, name = item.rpartition("=")
        target = (field_for_name(name.strip()) if name.strip() else "") if sep else None
        if not header.strip() or target is None:
            known = ", ".join(FIELDS)
            raise TransferError(
                f"--map {item!r} should look like 'Column header=field', with a field from: "
                f"{known}; 'Column header=' with no field leaves that column out."
            )
        first = items_for.setdefault(target, item) if target else item
        if _key(first.rpartition("=")[0]) != _key(header):
            raise TransferError(
                f"--map {first!r} and --map {item!r} both read a column as "
                f"{FIELDS[target][0]}; a field takes one column. Nothing was written."
            )
        given[header.strip()] = target
    return given


def required_columns_missing(
    where: str, headers: Sequence[str], mapping: HeaderMapping, given: Mapping[str, str] | None
) -> str:
    """Why the file cannot be read without a column for the company and one for the role, or
    "". A column the person's own `--map 'Company='` left out is named as such: "has no column
    for: Company. Its columns are 'Company', ..." read as nonsense (a stranger's walk)."""
    missing = [f for f in ("company", "role") if f not in mapping.fields]
    if not missing:
        return ""
    labels = " and ".join(FIELDS[f][0] for f in missing)
    left_out = [
        header
        for header, field in (given or {}).items()
        if not field and map_headers([header]).columns[0].field in missing
    ]
    if left_out:
        return (
            f"--map '{left_out[0]}=' leaves out the column for {labels}, which every "
            "application needs. Nothing was written."
        )
    # `--map 'Company=role'` took the file's Company column for the role, and the refusal
    # offered "--map 'Role=company'", which read as the same map turned round (a tester's
    # walk): the map that took the column is named, with which side is which.
    taken = [
        (header, field)
        for header, field in (given or {}).items()
        if field and field not in missing and map_headers([header]).columns[0].field in missing
    ]
    if taken:
        header, field = taken[0]
        return (
            f"--map '{header}={field}' reads the file's column {header!r} as the app's field "
            f"{FIELDS[field][0]}, so no column is left for the app's field {labels}, which "
            "every application needs. --map names the file's column first, then the app's "
            "field: 'Column header=field'. Nothing was written."
        )
    found = ", ".join(repr(h) for h in headers[:12])
    return (
        f"{where} has no column for: {labels}. Its columns are {found}. Name one with --map, "
        f"the file's column first, then the app's field: for example "
        f"{_example_maps(mapping, missing)}. Nothing was written."
    )


def _example_maps(mapping: HeaderMapping, missing: list[str]) -> str:
    """--map for each field missing, from the file's own columns not matched to anything
    (Notion's title column "Name" first: a header with "name" or "title" in it)."""
    free = [c.header for c in mapping.columns if not c.field and _key(c.header)]
    free = [header for header in free if _key(header) not in IGNORED_HEADERS]
    free.sort(key=lambda header: not {"name", "title"} & set(_key(header).split()))
    pairs = zip(free or ["Column header"], missing, strict=False)
    return " ".join(f"--map {f'{header}={field}'!r}" for header, field in pairs)
