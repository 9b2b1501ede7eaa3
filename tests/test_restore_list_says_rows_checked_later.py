"""`restore`'s list says that a backup's rows are checked only once one is chosen.

A stranger, twice: the list showed a backup holding an application at stage "bogus" with no
mark, the store-problem screen marked the same backup "holds what the app cannot use", and
`restore 1 -y` then refused it. The list reads each backup's header, schema and first pages
on purpose: reading every row of every backup took seconds per large backup
(docs/performance.md). So the honest, cheap answer is the footer's: the rows are checked
when one is chosen, and one listed without a mark may still be refused then. (Once checked,
a refused one is marked: tests/test_restore_list_remembers_rows.py.)
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.transfer_fixtures import fill_every_table
from tests.written_over import another_program_writes


def test_the_list_says_rows_are_checked_once_one_is_chosen(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    another_program_writes(
        made, "UPDATE application SET stage = 'bogus' WHERE id = (SELECT min(id) FROM application)"
    )
    assert main(["restore"]) == 0
    listed = capsys.readouterr().out
    footer = " ".join(listed.split())
    assert "rows are checked when you choose one" in footer, listed
    assert "may still be refused" in footer
    # Then chosen, it is refused, as the footer warned.
    assert main(["restore", "1", "-y"]) == 1
    said = capsys.readouterr()
    assert "holds what the app cannot use" in said.out + said.err


def test_with_nothing_to_choose_it_is_not_said(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    made = back_up_store(opened_paths)
    made.write_bytes(b"not a store" * 500)
    assert main(["restore"]) == 0
    assert "rows are checked" not in capsys.readouterr().out
