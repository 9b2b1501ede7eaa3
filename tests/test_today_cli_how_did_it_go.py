"""The `today` command lists an interview held and not yet noted, as the pane asks "How did it
go?" about it.

The round's last walk: at 15:30 the pane asked "How did it go? Phone screen at Northwind Labs
(Senior Site Reliability Engineer), Thu 7 Jan 14:30 (h)", and `today` said nothing of it.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_people_pane import seeded  # noqa: F401  (Initech's technical interview, 13 Mar)


def test_today_lists_an_interview_to_note(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths, _ids = seeded
    assert main(["today", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "How did it go? (to note on the app's Today)\n" in out, out
    assert "  - Technical at Initech (Analyst), Fri 13 Mar 14:00\n" in out, out
