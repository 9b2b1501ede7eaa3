"""Several people on one row. The app's own CSV export writes an application's people as
"Dana Reyes; Sam Ito" and "dana@example.com; sam@example.com"; importing that file refused
those rows ("The email needs a name, an @ and a domain": an attacker's walk). The first
person goes through the application's own fields, as a one-person row does; the others are
linked beside them, each name and email checked as the first one's are: People's NAME_LIMIT,
no control characters (a 10,000-character second name imported, and People then refused to
save that person: a tester's finding).

The app's own export writes a ";" inside a name doubled ("Lee;; Kim" is the one person
"Lee; Kim"), so a name with one in it is not read as two people, the emails then landing one
place off (a stranger's round trip). That reading is the export's alone: a file is read so
only when its header row is the export's, every column in its order (``is_own_export``). In
any other file, typed by hand or from another tool, every ";" parts two people, a doubled
one with an empty place between ("A;;B" is A and B: who types it means two people, not a
name with a ";" in it), as in every older export.
"""

from __future__ import annotations

from bounceback_tui.domain.after_colon import after_colon
from bounceback_tui.domain.people import NAME_LIMIT, check_email, person_name
from bounceback_tui.domain.people_match import PeopleIndex
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError


def escape_person(text: str) -> str:
    """A name or an email as one place of a list of people: its own ";" doubled."""
    return text.replace(";", ";;")


def split_people(text: str, *, escaped: bool) -> list[str]:
    """A list of people as written, each place. ``escaped`` (the app's own export:
    ``escape_person``'s places parted by "; "): a doubled ";" is made one again, and a single
    one parts two places; otherwise every ";" parts two places."""
    if not escaped:
        return text.split(";")
    places, current, at = [], [], 0
    while at < len(text):
        if text.startswith(";;", at):
            current.append(";")
            at += 2
        elif text[at] == ";":
            places.append("".join(current))
            current = []
            at += 1
        else:
            current.append(text[at])
            at += 1
    places.append("".join(current))
    return places


def _place(text: str) -> str:
    """One place of the list, trimmed; "" when it holds nothing but ";" (";;;" names
    nobody)."""
    return text.strip() if text.replace(";", "").strip() else ""


def take_more_people(
    raw: dict[str, str], *, escaped: bool
) -> tuple[tuple[tuple[str, str], ...], str]:
    """Leave the first (name, email) in ``raw``; return the others, and "" or why one of
    their emails is refused. ``escaped``: the file is the app's own export (``is_own_export``),
    where a doubled ";" is a name's own."""
    names = [_place(name) for name in split_people(raw.get("contact_name", ""), escaped=escaped)]
    emails = [
        _place(email) for email in split_people(raw.get("contact_email", ""), escaped=escaped)
    ]
    count = max(len(names), len(emails))
    people = [
        (names[i] if i < len(names) else "", emails[i] if i < len(emails) else "")
        for i in range(count)
    ]
    people = [person for person in people if person[0] or person[1]]
    if count < 2:  # no separator: the row's one person, a doubled ";" in it made one
        for field in ("contact_name", "contact_email"):
            if ";" in raw.get(field, ""):
                raw[field] = _place(raw[field].replace(";;", ";"))
        return (), ""
    # "Dana Reyes; " and "dana@x.com;" is one person, ";;;" nobody: never a name with the
    # separator in it (a stranger's walk stored "Dana Reyes;" and "dana@x.com;").
    raw["contact_name"], raw["contact_email"] = people[0] if people else ("", "")
    if len(people) < 2:
        return (), ""
    checked: list[tuple[str, str]] = []
    for name, email in people[1:]:
        errors: list[FieldError] = []
        name = clean_text(name, "contact_name", "Contact name", errors, limit=NAME_LIMIT)
        if errors:
            return (), errors[0].message.rstrip(".")
        try:
            check_email(email)
        except ValueError as exc:
            return (), f"Contact email: {after_colon(exc)}"
        checked.append((name, email))
    return tuple(checked), ""


def unsure_people(
    rows: list[tuple[int, tuple[tuple[str, str], ...]]], known: PeopleIndex
) -> list[tuple[int, str]]:
    """(line, why) for each person a row names whom two or more people could be: the row is
    linked to neither, as services/people_import.py writes it. ``rows``: each planned row's
    line and its (name, email) pairs, in the order they are written; ``known`` gains the
    people the writing would add."""
    unsure: list[tuple[int, str]] = []
    new_id = -1
    for line, people in rows:
        for raw_name, raw_email in people:
            if not (raw_name or raw_email):
                continue  # the row names nobody
            name, email = " ".join(raw_name.split()), raw_email.strip()
            match = known.match(name, email)
            if match.ambiguous:
                unsure.append(
                    (
                        line,
                        f"{match.ambiguous} people in your store are named {name}; the row "
                        "is linked to neither. Link the right one in People (l).",
                    )
                )
            elif match.id is None:
                known.add(new_id, person_name(name, email), email)
                new_id -= 1
            elif match.gains_email:
                known.gave_email(match.id, name, email)
    return unsure
