"""A restore reads each stored link once, not twice.

A backup's link was read by the JSON import's check of the value and again by the Link
field's own rule (the form's verdict on the row): about 1.3 s of a restore at 100,000
applications went on the second reading (docs/performance.md). Counted here, not timed: the
link reader of domain/links.py, through its module attribute.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain import links
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.transfer_fixtures import fill_every_table


def test_a_restore_reads_each_application_link_once(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    conn = sqlite3.connect(made)
    conn.execute("UPDATE application SET link = 'https://example.com/jobs/' || id")
    wanted = [row[0] for row in conn.execute("SELECT link FROM application")]
    conn.commit()
    conn.close()
    assert len(wanted) > 3
    read: Counter[str] = Counter()
    reader = links._web_link

    def counted(text: str) -> links.WebLink:
        read[text] += 1
        return reader(text)

    monkeypatch.setattr(links, "_web_link", counted)
    assert main(["--data-dir", str(opened_paths.data_dir), "restore", str(made), "--yes"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert {link: read[link] for link in wanted} == dict.fromkeys(wanted, 1)
