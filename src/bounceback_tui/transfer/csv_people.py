"""Several people on one row. The app's own CSV export writes an application's people as
"Dana Reyes; Sam Ito" and "dana@example.com; sam@example.com"; importing that file refused
those rows ("The email needs a name, an @ and a domain": an attacker's walk). The first
person goes through the application's own fields, as a one-person row does; the others are
linked beside them, each name and email checked as the first one's are: People's NAME_LIMIT,
no control characters (a 10,000-character second name imported, and People then refused to
save that person: a tester's finding)."""

from __future__ import annotations

from bounceback_tui.domain.people import NAME_LIMIT, check_email
from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError


def take_more_people(raw: dict[str, str]) -> tuple[tuple[tuple[str, str], ...], str]:
    """Leave the first (name, email) in ``raw``; return the others, and "" or why one of
    their emails is refused."""
    names = [name.strip() for name in raw.get("contact_name", "").split(";")]
    emails = [email.strip() for email in raw.get("contact_email", "").split(";")]
    count = max(len(names), len(emails))
    people = [
        (names[i] if i < len(names) else "", emails[i] if i < len(emails) else "")
        for i in range(count)
    ]
    people = [person for person in people if person[0] or person[1]]
    if count < 2:
        return (), ""  # no separator: the row's one person, as typed
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
            return (), f"Contact email: {exc}"
        checked.append((name, email))
    return tuple(checked), ""
