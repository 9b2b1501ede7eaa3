"""benchmarks/monkey.py's --size: the long walk in another terminal (the suite's is 120x36)."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _monkey_cli() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_monkey", ROOT / "benchmarks" / "monkey.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_size_reads_width_by_height_and_refuses_the_rest() -> None:
    size = _monkey_cli().terminal_size
    assert size("80x24") == (80, 24) and size("200X50") == (200, 50)
    for wrong in ("80", "80x", "x24", "80*24", "-80x24", "39x24", "80x9", "eightyx24"):
        with pytest.raises(argparse.ArgumentTypeError):
            size(wrong)


def test_the_walks_run_at_the_size_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests import monkey
    from tests.monkey import runner

    seen: list[tuple[int, int]] = []

    async def walk(*args: object, **kwargs: object) -> object:
        seen.append(runner.SIZE)
        raise monkey.MonkeyFailure("stopped here", [], 1)

    monkeypatch.setattr(monkey, "walk", walk)
    monkeypatch.setattr(runner, "SIZE", runner.SIZE)  # put back after the test
    monkeypatch.chdir(tmp_path)
    cli = _monkey_cli()
    monkeypatch.setattr(cli, "_isolate", lambda folder: None)
    assert cli.main(["--seed", "3", "--steps", "5", "--size", "60x20"]) == 1
    assert seen == [(60, 20)]
