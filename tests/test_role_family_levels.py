"""Role families: a level word that is the job itself, and short names said in full.

A stranger's month in What's working: "SRE" and "Site Reliability Engineer" were two families,
and the words that say how senior a role is swallowed some jobs whole: "Tech Lead" was the
family "tech", "Sales Associate" "sales", "Chief of Staff" "other". Before a job's words a
level word is set aside, as the families always meant ("Staff Engineer" is in Software
Engineer's family since, tests/test_role_family_titles.py; "Lead Data Analyst" in Data
Analyst's); ending the title, it is the job. "SRE", "SWE"
and "ML" are read as the words they stand for (domain/role_families.py).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.role_families import (
    family_key,
    parse_family_renames,
    renames_kept,
    role_family,
    spellings_of,
)


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # A level before the job's words: set aside, as before.
        ("Staff Engineer", "software engineer"),  # role_titles.py
        ("Principal Product Designer", "product designer"),
        ("Lead Data Analyst", "data analyst"),
        ("Associate Product Manager", "product manager"),
        ("Head of Engineering", "engineering"),
        ("Senior", "other"),
        ("Lead", "other"),  # a level word alone names no job
        # A level word that ends the title is the job.
        ("Tech Lead", "software engineer"),  # but for the table's (role_titles.py)
        ("Senior Team Lead II", "team lead"),
        ("Sales Associate (Remote)", "sales associate"),
        ("Chief of Staff", "chief of staff"),
        ("School Principal", "school principal"),
    ],
)
def test_a_level_word_is_set_aside_only_before_the_job(title: str, family: str) -> None:
    assert role_family(title) == family


def test_staff_engineer_is_in_software_engineer_s_family() -> None:
    # "Engineer" alone too (tests/test_role_family_titles.py).
    assert role_family("Staff Engineer") == role_family("Engineer") == "software engineer"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("SRE", "Site Reliability Engineer"),
        ("Senior SRE", "Site Reliability Engineer"),
        ("SWE II", "Software Engineer"),
        ("ML Engineer", "Machine Learning Engineer"),
    ],
)
def test_a_short_name_is_the_family_of_its_words(short: str, full: str) -> None:
    assert role_family(short) == role_family(full) == full.lower()


def test_a_short_name_met_first_shows_its_words() -> None:
    assert spellings_of(["SRE", "Site Reliability Engineer"]) == {
        "site reliability engineer": "Site Reliability Engineer"
    }


def test_a_family_named_by_its_short_name_groups_both() -> None:
    renames = parse_family_renames("SRE = Operations")
    assert renames == {"site reliability engineer": "Operations"}
    assert role_family("Site Reliability Engineer", renames) == "Operations"
    assert role_family("Senior SRE", renames) == "Operations"
    # A name saved by its short name (the store keeps a family as typed) still applies.
    assert renames_kept({"sre": "Operations"}) == {"site reliability engineer": "Operations"}
    assert family_key("SRE") == "site reliability engineer"


def test_a_short_name_s_words_are_shown_in_title_case_beside_the_typed_ones() -> None:
    assert spellings_of(["ML Engineer"]) == {
        "machine learning engineer": "Machine Learning Engineer"
    }
    assert spellings_of(["ml engineer"]) == {
        "machine learning engineer": "Machine Learning Engineer"
    }
    assert spellings_of(["Senior iOS SWE"]) == {"ios software engineer": "iOS Software Engineer"}
