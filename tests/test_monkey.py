"""The monkey (tests/monkey.py): fixed-seed walks through the whole app, and its own checks.

Each walk starts from a first launch, opens the demo data, and makes a few hundred random
moves with every check after each one; it must reach every screen of the app and most of
its binding ids. A long run with a fresh seed is `benchmarks/monkey.py` (outside CI).
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.panes.pipeline import PipelinePane
from tests import monkey

STEPS = 300
# Seeds kept because each once found a bug (see the CHANGELOG), plus plain ones.
SEEDS = (1, 2, 3)


@pytest.mark.parametrize("seed", SEEDS)
async def test_a_walk_meets_no_crash_no_error_and_no_lost_focus(
    data_paths: DataPaths, seed: int, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a file name typed into the export form lands here
    result = await monkey.walk(data_paths, seed, STEPS)
    coverage = result.coverage
    print(f"seed {seed}: {coverage.summary()} in {result.seconds:.0f} s")
    assert coverage.screens_missing() == []
    assert coverage.binding_share >= monkey.MIN_BINDING_SHARE, coverage.ids_missing()
    # The stubs were used, not skipped: nothing left the machine.
    assert all(url.startswith("http://stub.invalid/") for url in result.stubs.fetched)


async def test_a_replayed_log_finds_the_same_crash(
    data_paths: DataPaths, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    def broken_sort(self: PipelinePane) -> None:
        raise RuntimeError("planted for the test")

    monkeypatch.setattr(PipelinePane, "action_sort", broken_sort)
    log = monkey.encode_log(
        [
            monkey.Move("key", "d"),  # the welcome: the demo data (and its tour)
            monkey.Move("key", "escape"),  # leave the tour
            monkey.Move("key", "2"),
            monkey.Move("key", "s"),  # the planted crash
            monkey.Move("key", "j"),
        ]
    )
    with pytest.raises(monkey.MonkeyFailure) as failure:
        await monkey.replay(log, data_paths)
    assert "planted for the test" in failure.value.problem
    # The log it reports ends at the step that broke, and replays as it is.
    assert [move.as_json() for move in failure.value.moves][-1] == ["key", "s"]
    assert monkey.decode_log(str(failure.value).rsplit("LOG = ", 1)[1]) == failure.value.moves


def test_the_log_survives_hostile_text() -> None:
    moves = [monkey.Move("paste", "\x1b]52;c;aGk=\x07 [b]x[/b] \u202e"), monkey.Move("key", "q")]
    line = monkey.encode_log(moves)
    assert line.isascii() and line.isprintable()
    assert monkey.decode_log(line) == moves


@pytest.mark.parametrize(
    ("toast", "fine"),
    [
        (monkey.Toast("Select an application first.", "", "warning"), True),
        (monkey.Toast("Saved Initech.", "Saved", "information"), True),
        (monkey.Toast("Give a file name to save to.", "", "error"), False),
        (monkey.Toast("The export failed ([Errno 2] No such file).", "", "warning"), False),
        (monkey.Toast("KeyError: 'company'", "", "information"), False),
        (monkey.Toast("'NoneType' object has no attribute 'id'", "", "warning"), False),
    ],
)
def test_toasts_are_told_apart(toast: monkey.Toast, fine: bool) -> None:
    assert (monkey.unexpected_toast(toast) is None) is fine
