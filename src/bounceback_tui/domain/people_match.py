"""Who a name or an email read from a CSV row stands for, among the people already known.

A row naming "Kim Lee" with no email made a new person each time: two rows, two people; a
second import of the file, a third (a stranger's round trip). A name now finds the person of
that name, told apart as a reader would (case and spaces aside), when nothing they hold says
otherwise: the row has no email, or the person has none yet. Two people of that name and the
row is linked to neither: the import's plan says so (transfer/csv_known.py) and the writing
(services/people_import.py) does not guess. An email finds the person with that email first.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def name_key(name: str) -> str:
    """A name as two spellings of it are compared: "kim  LEE" is "Kim Lee"."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class PersonMatch:
    """The person found (``id``), or none: a new one to add, unless ``ambiguous`` (how many
    people have the name) is 2 or more."""

    id: int | None = None
    ambiguous: int = 0
    gains_email: bool = False  # found by name, without an email: the row's is theirs now


@dataclass
class PeopleIndex:
    """The people known so far, by email and by name; ``add`` each one the import adds."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, dict[int, str]] = field(default_factory=dict)  # key: {id: email}

    def add(self, person_id: int, name: str, email: str) -> None:
        if email:
            self.by_email.setdefault(email.casefold(), person_id)
        self.by_name.setdefault(name_key(name), {})[person_id] = email

    def match(self, name: str, email: str) -> PersonMatch:
        email = email.strip()
        if email and (found := self.by_email.get(email.casefold())) is not None:
            return PersonMatch(found)
        named = self.by_name.get(name_key(name), {}) if name_key(name) else {}
        # With an email, only a person without one is the same (no email says otherwise).
        fits = [pid for pid, theirs in named.items() if not email or not theirs]
        if len(fits) == 1:
            return PersonMatch(fits[0], gains_email=bool(email))
        return PersonMatch(ambiguous=len(fits) if len(fits) > 1 else 0)

    def gave_email(self, person_id: int, name: str, email: str) -> None:
        """``person_id``, found by name, now has ``email``."""
        self.by_email.setdefault(email.casefold(), person_id)
        self.by_name.setdefault(name_key(name), {})[person_id] = email
