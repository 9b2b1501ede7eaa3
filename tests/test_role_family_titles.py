"""Role families: a level word never decides a family, nor tells two apart (a lead's walk).

What's working grouped titles by their words with the level words set aside, so "Staff
Engineer" was in a family of its own, "Engineer", beside "Software Engineer", and a level word
ending a title kept it apart from the same title with the level word first ("Design Lead" and
"Head of Design", "Engineering Lead" and "Head of Engineering"). A hand-made table says the
family of titles whose words, their level aside, name a job only as the trade uses them
(domain/role_titles.py). The person's own names for families still group them.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.insights import AppFacts
from bounceback_tui.domain.role_families import (
    families_matching_nothing,
    parse_family_renames,
    role_family,
    spellings_of,
)
from bounceback_tui.domain.stages import Stage
from tests.insights_oracle import compare_all

LEVELS = ("Staff", "Senior", "Principal", "Lead", "Junior")


def _groups(titles: list[str], renames: dict[str, str] | None = None) -> dict[str, int]:
    """What's working's "Role family" rows: each family (its key, or the name given), and how
    many are in it."""
    apps = [
        AppFacts(id=n, role=title, date_applied=date(2026, 2, 2), stages=(Stage.APPLIED,))
        for n, title in enumerate(titles)
    ]
    role = next(c for c in compare_all(apps, renames) if c.dimension.key == "role")
    return {group.name: group.count for group in role.groups}


def test_staff_engineer_is_a_software_engineer_as_every_engineer_by_level_is() -> None:
    titles = [
        "Staff Engineer",
        "Engineer",
        "Senior Engineer",
        "Principal Engineer II",
        "Software Engineer",
        "Staff Software Engineer",
        "Tech Lead",
    ]
    assert _groups(titles) == {"software engineer": 7}
    assert spellings_of(titles) == {"software engineer": "Software Engineer"}


@pytest.mark.parametrize(
    "job",
    ["Engineer", "Software Engineer", "Data Analyst", "Product Designer", "Nurse", "Accountant"],
)
def test_a_level_word_before_a_job_is_the_job_s_family(job: str) -> None:
    for level in LEVELS:
        assert role_family(f"{level} {job}") == role_family(job), level


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Engineering Lead", "Head of Engineering"),
        ("Design Lead", "Head of Design"),
        ("Product Lead", "Head of Product"),
        ("Marketing Lead", "Head of Marketing"),
        ("Data Lead", "Head of Data"),
        ("QA Lead", "Senior QA Engineer"),
        ("Tech Lead", "Senior Software Engineer"),
        ("Technical Lead", "Lead Engineer"),
    ],
)
def test_a_level_word_does_not_tell_two_families_apart(one: str, other: str) -> None:
    assert role_family(one) == role_family(other)


@pytest.mark.parametrize("level", ["Staff", "Senior", "Principal", "Lead", "Junior", "Head"])
def test_a_level_word_alone_names_no_family(level: str) -> None:
    assert role_family(level) == "other"


def test_jobs_of_their_own_stay_apart() -> None:
    # Not a level of another job: these are jobs, and stay their own families.
    titles = ["Chief of Staff", "Team Lead", "School Principal", "Engineering Manager"]
    assert _groups(titles) == {
        "chief of staff": 1,
        "team lead": 1,
        "school principal": 1,
        "engineering manager": 1,
    }


def test_the_family_is_shown_in_its_own_words_when_no_title_spells_it() -> None:
    assert spellings_of(["Staff Engineer", "QA Lead"]) == {
        "software engineer": "Software Engineer",
        "qa engineer": "QA Engineer",
    }


def test_a_name_given_groups_the_whole_family() -> None:
    renames = parse_family_renames("Software Engineer = Engineering")
    assert _groups(["Staff Engineer", "Software Engineer", "Tech Lead"], renames) == {
        "Engineering": 3
    }


def test_a_name_saved_for_engineer_still_names_its_applications() -> None:
    """A store's names from when "Engineer" was a family of its own keep working."""
    saved = parse_family_renames("Engineer = Builders")
    assert _groups(["Staff Engineer", "Engineer", "Software Engineer"], saved) == {"Builders": 3}
    # ...and the editor does not call the line one that groups nothing.
    assert families_matching_nothing(saved, {"software engineer"}) == []
    # A line for the family itself comes first.
    both = parse_family_renames("Engineer = Builders\nSoftware Engineer = Makers")
    assert _groups(["Staff Engineer", "Engineer"], both) == {"Makers": 2}
