"""Which applications are one: the duplicate rule, in the domain, with no store and no network.

The CSV import and the add form's "Add another?" ask the same rule; here it reads links by a
key of the test's own, so only the rule is under test (the importers' reading of a link as
its posting is tested with the import: tests/test_transfer_csv.py)."""

from __future__ import annotations

from bounceback_tui.domain.duplicates import DuplicateFinder, far_apart, title_levels


def by_job(link: str) -> str:
    """A posting key of the test's own: the job number at a link's end, "" for none."""
    return link.rsplit("/", 1)[-1] if link else ""


def finder_with(*rows: tuple[str, str, str, str]) -> DuplicateFinder:
    finder = DuplicateFinder(by_job)
    for company, role, link, day in rows:
        finder.add(company, role, link, "already in your store", day=day)
    return finder


def test_one_posting_is_one_application_whatever_the_dates() -> None:
    finder = finder_with(("Acme", "Engineer", "https://a.example/jobs/7", "2025-01-10"))
    found = finder.match("Other", "Anything", "https://b.example/apply/7", ("2026-03-01",))
    assert found is not None
    reason, known = found
    assert reason == "the same link as Acme (Engineer) (already in your store)"
    assert (known.company, known.role, known.day) == ("Acme", "Engineer", "2025-01-10")


def test_same_company_and_role_within_two_months_is_one_application() -> None:
    finder = finder_with(("Acme, Inc.", "Back-end Engineer", "", "2026-03-01"))
    assert finder.find("ACME", "Backend engineer", "", "2026-04-20") == (
        "the same company and role as Acme, Inc. (Back-end Engineer) (already in your store)"
    )
    # No date on either side: nothing says it is another application.
    assert finder.find("Acme", "Backend Engineer", "") is not None


def test_what_says_it_is_another_application() -> None:
    finder = finder_with(("Acme", "Engineer II", "https://a.example/jobs/1", "2026-01-05"))
    assert finder.find("Acme", "Engineer III", "", "2026-01-05") is None  # another level
    assert finder.find("Acme", "Data Scientist", "", "2026-01-05") is None  # another role
    assert finder.find("Globex", "Engineer II", "", "2026-01-05") is None  # another company
    # Both link to postings, other ones: two applications, even on one day.
    assert finder.find("Acme", "Engineer II", "https://a.example/jobs/2", "2026-01-05") is None
    # Applied again months later, and the links do not say: another application.
    assert finder.find("Acme", "Engineer II", "", "2026-06-01") is None


def test_a_date_read_both_ways_round_is_compared_by_both() -> None:
    # 03/04/2026 read as 4 March and as 3 April: either close to 10 March is close.
    assert not far_apart(("2026-03-04", "2026-04-03"), ("2026-03-10",))
    assert far_apart(("2026-01-01",), ("2026-03-10",))
    assert not far_apart((), ("2026-03-10",))  # no date says nothing
    assert not far_apart(("last spring",), ("2026-03-10",))


def test_levels_tell_roles_apart() -> None:
    assert title_levels("Senior Engineer II") == ["ii"]
    assert title_levels("Analyst 3") == ["3"]
    assert title_levels("Backend Engineer") == []


def test_a_second_application_beside_one_in_the_store() -> None:
    finder = finder_with(("Acme", "Engineer", "", "2025-06-01"))
    assert finder.match("Acme", "Engineer", "", ("2026-03-01",)) is None
    beside = finder.beside("Acme", "Engineer", "already in your store")
    assert beside is not None and beside.day == "2025-06-01"
