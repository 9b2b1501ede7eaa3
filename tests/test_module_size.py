"""Small modules that each do one thing: no module in src/ grows past LIMIT lines.

A module that outgrows the limit is split along a seam (one concern per module, a name that
says what), the way services/skills.py became skills, skill_moves, skill_progress and
skill_suggestions. docs/architecture.md ("Small modules") says how.

ALLOWED is the short, reviewed list of modules that may stay longer, each with its reason
and a ceiling (its size when it was listed): a listed module may shrink, never grow past it,
and its entry goes once it is under the limit (a test says so), so the list only gets
shorter.
"""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "bounceback_tui"

# Lines, blank ones and comments included: what a reader scrolls through.
LIMIT = 400

# path (under src/bounceback_tui) -> (ceiling, why it is longer for now)
ALLOWED: dict[str, tuple[int, str]] = {
    # A migration is history: it is never edited once released, so it is never split.
    "store/migrations/v002_versions.py": (406, "a released migration is never edited"),
    # Data only: the thinking-trap lexicon (classes and weighted cues), one table.
    "reframe/lexicon.py": (420, "data only: the trap lexicon's two tables"),
}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _sizes() -> dict[str, int]:
    return {path.relative_to(SRC).as_posix(): _lines(path) for path in SRC.rglob("*.py")}


def test_no_module_grows_past_the_limit() -> None:
    sizes = _sizes()
    assert len(sizes) > 100  # the walk found the package
    too_long = {
        name: size
        for name, size in sizes.items()
        if size > LIMIT and size > ALLOWED.get(name, (LIMIT, ""))[0]
    }
    assert not too_long, (
        f"Modules over {LIMIT} lines (or over their ceiling in ALLOWED): {too_long}. "
        "Split them along a seam (docs/architecture.md, 'Small modules')."
    )


def test_the_allow_list_only_holds_long_modules() -> None:
    sizes = _sizes()
    missing = sorted(name for name in ALLOWED if name not in sizes)
    assert not missing, f"ALLOWED names modules that are gone: {missing}"
    short = sorted(name for name in ALLOWED if sizes[name] <= LIMIT)
    assert not short, f"Now within {LIMIT} lines; take them off ALLOWED: {short}"
    assert all(reason.strip() for _ceiling, reason in ALLOWED.values())


def test_the_check_counts_lines_as_a_reader_sees_them(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text('"""Doc."""\n\n# a comment\nx = 1\n', encoding="utf-8")
    assert _lines(sample) == 4
