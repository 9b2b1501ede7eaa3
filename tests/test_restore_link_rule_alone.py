"""A restore judges each stored link by the Link field's own rule, not by running the whole
application form once a link (about 4.3 s of a 100,000 restore's 18.5 s of CPU, where the
rule alone is about 1.3 s: docs/performance.md); a bad link is still refused, by its row.
tests/test_kept_group_checks.py holds the rule alone to the form's verdict.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.domain import records_kept
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.transfer.backup_rows import backup_rows_problem
from tests.transfer_fixtures import fill_every_table


def test_a_restore_judges_each_link_by_its_rule_alone(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    conn = sqlite3.connect(made)
    conn.execute("UPDATE application SET link = 'https://example.com/jobs/' || id")
    conn.commit()
    forms_with_a_link: list[object] = []
    whole_form = records_kept.validate_application

    def counted(values, today, **kwargs):  # type: ignore[no-untyped-def]
        if values.get("link"):
            forms_with_a_link.append(values["link"])
        return whole_form(values, today, **kwargs)

    monkeypatch.setattr(records_kept, "validate_application", counted)
    try:
        assert backup_rows_problem(conn) is None
        conn.execute("UPDATE application SET link = 'javascript:alert(1)' WHERE id = 7")
        said = backup_rows_problem(conn)
    finally:
        conn.close()
    assert said is not None and said.startswith("application row with id 7, link:"), said
    assert forms_with_a_link == []  # not the whole form once a link
