"""Small modules that each do one thing: no module in src/, nor of the random walk's harness
(tests/monkey/ and its stall watch), grows past LIMIT lines.

A module that outgrows the limit is split along a seam (one concern per module, a name that
says what), the way services/skills.py became skills, skill_moves, skill_progress and
skill_suggestions, and tests/monkey.py (1,884 lines) became the package tests/monkey/.
docs/architecture.md ("Small modules") says how.

ALLOWED (and HARNESS_ALLOWED) is the short, reviewed list of modules that may stay longer, each
with its reason and a ceiling (its size when it was listed): a listed module may shrink, never
grow past it, and its entry goes once it is under the limit (a test says so), so the list only
gets shorter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "bounceback_tui"
TESTS = ROOT / "tests"

# Lines, blank ones and comments included: what a reader scrolls through.
LIMIT = 400

# path (under src/bounceback_tui) -> (ceiling, why it is longer for now)
ALLOWED: dict[str, tuple[int, str]] = {
    # A migration is history: it is never edited once released, so it is never split.
    "store/migrations/v002_versions.py": (406, "a released migration is never edited"),
    # Data only: the thinking-trap lexicon (classes and weighted cues), one table.
    "reframe/lexicon.py": (420, "data only: the trap lexicon's two tables"),
}

# path (under tests/) -> (ceiling, why it is longer for now): the walk's harness, held to the
# same limit since its split. None is longer today.
HARNESS_ALLOWED: dict[str, tuple[int, str]] = {}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _src_sizes() -> dict[str, int]:
    return {path.relative_to(SRC).as_posix(): _lines(path) for path in SRC.rglob("*.py")}


def harness_modules(tests: Path) -> list[Path]:
    """The random walk's harness under ``tests``: tests/monkey*.py (the stall watch; the whole
    harness, before its split) and every module of the package tests/monkey/."""
    return sorted([*tests.glob("monkey*.py"), *(tests / "monkey").rglob("*.py")])


def _harness_sizes() -> dict[str, int]:
    return {path.relative_to(TESTS).as_posix(): _lines(path) for path in harness_modules(TESTS)}


# tree -> (its modules' sizes, its allow list, at least this many modules: the walk found it)
TREES: dict[str, tuple[Callable[[], dict[str, int]], dict[str, tuple[int, str]], int]] = {
    "src": (_src_sizes, ALLOWED, 100),
    "harness": (_harness_sizes, HARNESS_ALLOWED, 2),
}


def too_long(sizes: dict[str, int], allowed: dict[str, tuple[int, str]]) -> dict[str, int]:
    return {
        name: size
        for name, size in sizes.items()
        if size > LIMIT and size > allowed.get(name, (LIMIT, ""))[0]
    }


@pytest.mark.parametrize("tree", TREES)
def test_no_module_grows_past_the_limit(tree: str) -> None:
    sizes_of, allowed, at_least = TREES[tree]
    sizes = sizes_of()
    assert len(sizes) >= at_least  # the walk found the package
    long_ones = too_long(sizes, allowed)
    assert not long_ones, (
        f"Modules over {LIMIT} lines (or over their ceiling in the allow list): {long_ones}. "
        "Split them along a seam (docs/architecture.md, 'Small modules')."
    )


@pytest.mark.parametrize("tree", TREES)
def test_the_allow_list_only_holds_long_modules(tree: str) -> None:
    sizes_of, allowed, _at_least = TREES[tree]
    sizes = sizes_of()
    missing = sorted(name for name in allowed if name not in sizes)
    assert not missing, f"The allow list names modules that are gone: {missing}"
    short = sorted(name for name in allowed if sizes[name] <= LIMIT)
    assert not short, f"Now within {LIMIT} lines; take them off the allow list: {short}"
    assert all(reason.strip() for _ceiling, reason in allowed.values())


def test_the_harness_check_finds_the_walk_in_one_file_or_in_a_package(tmp_path: Path) -> None:
    """The harness as it was (one long tests/monkey.py) fails the check; as a package, each of
    its modules is counted, and the test modules beside it are not."""
    (tmp_path / "monkey.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (tmp_path / "monkey_stall.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "test_monkey.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    found = {path.relative_to(tmp_path).as_posix() for path in harness_modules(tmp_path)}
    assert found == {"monkey.py", "monkey_stall.py"}
    sizes = {name: _lines(tmp_path / name) for name in found}
    assert too_long(sizes, {}) == {"monkey.py": LIMIT + 1}
    (tmp_path / "monkey.py").unlink()
    (tmp_path / "monkey").mkdir()
    (tmp_path / "monkey" / "__init__.py").write_text('"""Doc."""\n', encoding="utf-8")
    (tmp_path / "monkey" / "runner.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    found = {path.relative_to(tmp_path).as_posix() for path in harness_modules(tmp_path)}
    assert found == {"monkey_stall.py", "monkey/__init__.py", "monkey/runner.py"}


def test_the_check_counts_lines_as_a_reader_sees_them(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text('"""Doc."""\n\n# a comment\nx = 1\n', encoding="utf-8")
    assert _lines(sample) == 4
