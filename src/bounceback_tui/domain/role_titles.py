"""Titles whose family their words alone do not say: a hand-made table (pure).

A level word (Staff, Senior, Principal, Lead, Junior...) never decides a family, nor tells two
families apart where the rest of the title is the same. Set aside, it leaves words that name a
job only as the trade uses them: "Staff Engineer", "Principal Engineer" and "Engineer" are
software engineers, "Tech Lead" is one too, and "Engineering Lead" is in the family of "Head
of Engineering". Word by word, "Staff Engineer" was in a family of its own, "Engineer",
beside "Software Engineer", and "Design Lead" apart from "Head of Design" (a lead's walk).
Each key below is a title's words with every level word set aside (``role_families`` reads
them), each value the family as What's working shows it.
"""

from __future__ import annotations

TITLE_FAMILIES: dict[str, str] = {
    # Engineers by their level alone, and those who lead in the work itself: software
    # engineers, as "Staff Software Engineer" and "SWE" are.
    "engineer": "Software Engineer",
    "software": "Software Engineer",
    "tech": "Software Engineer",
    "technical": "Software Engineer",
    # A discipline's lead is in the family its head is in ("Engineering Lead" and "Head of
    # Engineering"; "Design Lead", "Head of Design").
    "engineering": "Engineering",
    "product": "Product",
    "design": "Design",
    "marketing": "Marketing",
    "data": "Data",
    "qa": "QA Engineer",
    "devops": "DevOps Engineer",
}

# Each family the table names, by its key (its words, lower case), as it is shown.
SHOWN: dict[str, str] = {name.casefold(): name for name in TITLE_FAMILIES.values()}


def family_by_title(rest: list[str]) -> str | None:
    """The family (its key) of a title whose words other than its level words are ``rest``,
    when the table names one."""
    name = TITLE_FAMILIES.get(" ".join(rest))
    return name.casefold() if name else None
