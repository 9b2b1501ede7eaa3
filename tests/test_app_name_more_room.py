"""An application's name cut for a line of Today's due list never says less with more room.

``kit/cells.clip_app_name(..., fill=True)`` cut at words' ends gave "Riverstone…
(Paralegal)" in 26 cells and "Riverstone Legal" in 27: the role's one word did not fit
beside the whole company, so it was left out. The due lines worked round it by trying every
narrower room (``ui/today/text._longest_name``); the plans' lines and the names told apart
did not. Now the helper itself keeps the longest of its cuts in the room or less.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from bounceback_tui.ui.kit.cells import clip_app_name, reads_as

WORDS = [
    "Riverstone",
    "Legal",
    "Paralegal",
    "Quarry",
    "&",
    "Co",
    "Support",
    "Engineer",
    "Machine",
    "Learning",
    "Ironbark",
    "Security",
    "Senior",
    "Data",
    "Analyst",
    "株式会社",  # wide letters: two cells each
    "Café",
    "👩‍💻",  # one joined emoji
    "Supercalifragilisticexpialidocious",
]
names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
roles = st.lists(st.sampled_from(WORDS), max_size=5).map(" ".join)


def test_the_paralegal_keeps_its_role_in_a_cell_more() -> None:
    assert clip_app_name("Riverstone Legal", "Paralegal", 26, fill=True) == (
        "Riverstone… (Paralegal)"
    )
    assert clip_app_name("Riverstone Legal", "Paralegal", 27, fill=True) == (
        "Riverstone… (Paralegal)"
    )
    assert clip_app_name("Quarry & Co", "Support Engineer", 20, fill=True) == ("Quarry… (Support…)")


@settings(max_examples=120, deadline=None)
@given(company=names, role=roles)
def test_more_room_never_says_less(company: str, role: str) -> None:
    whole = cell_len(f"{company} ({role})")
    said = [clip_app_name(company, role, width, fill=True) for width in range(1, whole + 3)]
    for width, name in enumerate(said, start=1):
        assert cell_len(name) <= width, (width, name)
    for width, (name, wider) in enumerate(pairwise(said), start=1):
        assert cell_len(wider) >= cell_len(name), (width, name, wider)


@settings(max_examples=60, deadline=None)
@given(company=names, role=roles, other=roles)
def test_beside_another_line_at_its_company_it_never_says_less(
    company: str, role: str, other: str
) -> None:
    # Another application at its company: a name told apart from it, then the longest.
    alike = (f"{company} ({other})",)
    said = [clip_app_name(company, role, width, alike, fill=True) for width in range(1, 60)]
    for width, name in enumerate(said, start=1):
        assert cell_len(name) <= width, (width, name)
    for width, (name, wider) in enumerate(pairwise(said), start=1):
        if not any(reads_as(n, alike[0]) for n in (name, wider)):
            assert cell_len(wider) >= cell_len(name), (width, name, wider)
