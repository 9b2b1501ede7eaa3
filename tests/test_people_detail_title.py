"""A person's role and company have a line of their own in the detail, above their kind.

Side by side with the kind ("Recruiter (agency)  Recruiter · Northstar Search") they
wrapped mid-way at 100 columns, "Recruiter ·" over "Northstar Search" (the nineteenth
round's left-alone list).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.people import ContactKind
from bounceback_tui.services.people import ContactDetail, ContactRow
from bounceback_tui.ui.people.detail import person_content

TODAY = date(2026, 3, 16)


def _lines(row: ContactRow) -> list[str]:
    return person_content(ContactDetail(row), TODAY).plain.splitlines()


def test_role_and_company_come_before_the_kind_on_their_own_line() -> None:
    row = ContactRow(
        1,
        "Dana [b]Okafor",
        ContactKind.AGENCY_RECRUITER,
        "Senior recruiter",
        "Northstar [/] Search",
    )
    assert _lines(row)[:3] == [
        "Dana [b]Okafor",
        "Senior recruiter · Northstar [/] Search",
        "Agency recruiter",
    ]


def test_with_neither_role_nor_company_the_kind_follows_the_name() -> None:
    assert _lines(ContactRow(2, "Dad", ContactKind.SUPPORT))[:3] == [
        "Dad",
        "Friend or family",
        "",
    ]
