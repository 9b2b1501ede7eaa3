"""People at narrow widths: columns are left out, not squeezed; an address breaks sensibly.

Found by a new user at 60x20 on the demo: the list's Company column was two letters ("Br",
"No"), names were cut ("Alex Morg…") and the details broke an email mid-word
("zoe@cafe-zurich.e" over "xample"). The list now shows a column only at its least width
(Company goes first, then Kind, then In touch), as the Pipeline's table does, and the
details break an address or a link after an @ or a / and before a dot.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.people import ContactKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.people import ContactDetail, ContactRow
from bounceback_tui.ui.people.detail import person_content, unbroken
from bounceback_tui.ui.people.people_list import COLUMNS, column_widths
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (35, {"name": 20, "last": 8, "kind": 0, "company": 0}),  # the list at 60x20
        (47, {"name": 15, "last": 8, "kind": 18, "company": 0}),  # at 80 columns
        (71, {"name": 20, "last": 8, "kind": 18, "company": 16}),  # at 120
        (19, {"name": 17, "last": 0, "kind": 0, "company": 0}),
    ],
)
def test_columns_that_do_not_fit_are_left_out(available: int, expected: dict[str, int]) -> None:
    assert column_widths(available) == expected


def test_no_column_is_shown_below_its_least_and_the_line_fits() -> None:
    for available in range(18, 140):
        widths = column_widths(available)
        for column in COLUMNS:
            assert widths[column.key] == 0 or widths[column.key] >= column.least, available
        shown = [width for width in widths.values() if width]
        assert sum(shown) + 2 * len(shown) <= available, available


def test_an_address_wider_than_the_panel_breaks_after_the_at_and_before_a_dot() -> None:
    assert unbroken("zoe@cafe-zurich.example", 17).plain.splitlines() == [
        "zoe@cafe-zurich",
        ".example",
    ]
    assert unbroken("zoe@cafe-zurich.example", 10).plain.splitlines() == [
        "zoe@",
        "cafe-zuri…",
        ".example",
    ]
    assert unbroken("zoe@cafe-zurich.example", 23).plain == "zoe@cafe-zurich.example"
    link = unbroken("https://example.org/in/zoe-keller", 20).plain.splitlines()
    assert link == ["https://example.org/", "in/zoe-keller"]


def test_the_details_break_zoes_address_to_their_width() -> None:
    row = ContactRow(1, "Zoë Keller", ContactKind.HIRING_MANAGER, email="zoe@cafe-zurich.example")
    lines = person_content(ContactDetail(row), date(2026, 3, 16), width=17).plain.splitlines()
    at = lines.index("Email         zoe@cafe-zurich")
    assert lines[at + 1] == ".example"


async def test_at_60x20_the_list_shows_whole_names_and_no_squeezed_column(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "people", size=(60, 20)) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        header = next(line for line in lines if "Name" in line and "▏" in line)
        listed = header.split("▏")[0].split()
        assert listed == ["Name", "In", "touch"], header
        shown = "\n".join(lines)
        assert "Alex Morgan " in shown and "Priya Natarajan " in shown
        assert "…" not in "".join(line.split("▏")[0] for line in lines if "▏" in line)
        details = [line.split("▏")[1].rstrip(" ▁▂▃▄▅▆▇█").strip() for line in lines if "▏" in line]
        assert "alex@brightpath" in details, details
        assert details[details.index("alex@brightpath") + 1] == ".example"
