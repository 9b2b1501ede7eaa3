"""A cell typed with a leading apostrophe before a formula sign comes back from the CSV
round trip as typed (an attacker's walk, twentieth round): "'=foo" was exported as it was,
and the import, taking off the apostrophe it takes to be the export's guard, gave "=foo"."""

from __future__ import annotations

import pytest

from bounceback_tui.transfer.csv_export import guard_formula
from bounceback_tui.transfer.csv_values import unescape_cell


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("'=foo", "''=foo"),
        ("'-3", "''-3"),
        ("'plain", "'plain"),
        ("-3", "'-3"),
        ("Acme", "Acme"),
        ("'", "'"),
        ("''=1", "'''=1"),
        ("'''+x", "''''+x"),
    ],
)
def test_the_guard_and_the_import_give_back_what_was_typed(typed: str, written: str) -> None:
    assert guard_formula(typed) == written
    assert unescape_cell(written) == typed
