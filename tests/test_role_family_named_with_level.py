"""Role families: a level word that begins a name of the trade's own is kept.

The twenty-sixth round's list: "Lead Generation Specialist" was the family "generation
specialist", its "Lead" set aside as a level. A level word is now kept where it begins one
of a few names of a trade (lead generation, principal investigator, Head Start, senior
living, graduate admissions); everywhere else it is set aside before the job's words and is
the job where it ends the title, as before (tests/test_role_family_levels.py).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.role_families import role_family, spellings_of


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Lead Generation Specialist", "lead generation specialist"),
        ("Senior Lead Generation Specialist", "lead generation specialist"),
        ("Lead Generation Representative (Remote)", "lead generation representative"),
        ("Lead Qualification Representative", "lead qualification representative"),
        ("Head of Lead Generation", "lead generation"),
        ("Principal Investigator", "principal investigator"),
        ("Clinical Research Principal Investigator", "clinical research principal investigator"),
        ("Head Start Teacher", "head start teacher"),
        ("Early Head Start Family Advocate", "early head start family advocate"),
        ("Senior Living Sales Counselor", "senior living sales counselor"),
        ("Graduate Admissions Coordinator", "graduate admissions coordinator"),
    ],
)
def test_a_name_of_the_trade_keeps_its_level_word(title: str, family: str) -> None:
    assert role_family(title) == family


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # A level word before a job's words is still a level, the same first word or not.
        ("Lead Engineer", "software engineer"),  # role_titles.py
        ("Lead Marketing Manager", "marketing manager"),
        ("Principal Engineer", "software engineer"),  # role_titles.py
        ("Senior Care Assistant", "care assistant"),
        ("Graduate Software Engineer", "software engineer"),
        ("Head of Marketing", "marketing"),
        # Ending the title, it is the job.
        ("Tech Lead", "software engineer"),  # but for the table's (role_titles.py)
        ("Chief of Staff", "chief of staff"),
    ],
)
def test_a_level_word_elsewhere_is_read_as_before(title: str, family: str) -> None:
    assert role_family(title) == family


def test_a_lead_generation_family_is_shown_as_typed() -> None:
    assert spellings_of(["Senior Lead Generation Specialist", "Lead Generation Specialist"]) == {
        "lead generation specialist": "Lead Generation Specialist"
    }
