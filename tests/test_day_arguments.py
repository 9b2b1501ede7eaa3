"""`--from` and `--to` read the same on every command: "30d" is 30 days ago for `insights` as for
`export` (insights refused it), and a refusal quotes what was typed ("99999999d", not
"-99999999d"). An attacker's walk, eighteenth round."""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def test_insights_takes_30d_as_export_does(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["insights", "--from", "30d"]) == 0
    said = capsys.readouterr().out
    # The frozen clock's today is 2026-03-16: thirty days before is 2026-02-14.
    assert "(2026-02-14 to today)" in said
    assert main(["insights", "--from", "2w", "--to", "1d"]) == 0
    assert "(2026-03-02 to 2026-03-15)" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["insights"], ["export", "--format", "markdown", "-o", "-"]])
def test_a_refusal_quotes_the_text_as_typed(
    command: list[str], opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--from", "99999999d"]) == 1
    said = capsys.readouterr().err
    assert "'99999999d'" in said
    assert "-99999999d" not in said
