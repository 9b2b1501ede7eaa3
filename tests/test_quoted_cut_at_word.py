"""A refusal that quotes what was typed or kept cuts it as the rest of the app does.

The Pipeline's filter ("No stage starts with '…'") and a JSON import's interview check ("'
Room 4B…' would be saved as 'Room 4B…' by the interview form") had cuts of their own: at a
number of characters, not cells (21 emoji took 42 cells), inside a word, and ending in "...".
They now cut as every other place cuts a person's words: in cells, at a word's end where one
is near, with "…"; the import's quote keeps the space at its start that it is about.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rich.cells import cell_len

from bounceback_tui.domain.pipeline_query import parse_query
from bounceback_tui.paths import DataPaths
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_import import load_json_export
from tests.conftest import FIXED_TODAY
from tests.transfer_fixtures import demo_export


def _quoted(problem: str) -> str:
    found = re.search(r"'(.*)'", problem)
    assert found, problem
    return found.group(1)


def test_a_stage_of_wide_letters_is_quoted_in_few_cells_with_an_ellipsis() -> None:
    (problem,) = parse_query("stage:" + "🙂" * 30, FIXED_TODAY).problems
    quoted = _quoted(problem)
    assert quoted.startswith("🙂") and quoted.endswith("…"), problem
    assert "..." not in problem
    # A part of a line, not 21 emoji (42 cells) and three dots.
    assert cell_len(quoted) < 40, problem


def test_an_unknown_flag_is_cut_with_an_ellipsis() -> None:
    (problem,) = parse_query("is:" + "quietish" * 10, FIXED_TODAY).problems
    assert problem.startswith("is:quietishquietish") and "…" in problem, problem
    assert "..." not in problem


def _refusals(paths: DataPaths, tmp_path: Path, **changed: object) -> list[str]:
    document = demo_export(paths, tmp_path)
    document["tables"]["interview"][0].update(changed)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        load_json_export(path)
    except TransferError as refused:
        return [line for line in str(refused).splitlines() if line.startswith("  - ")]
    return []


def test_a_long_place_is_quoted_cut_after_a_whole_word(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    place = " Room 4B, the big one past the kitchen on the left of the lifts"
    (line,) = _refusals(opened_paths, tmp_path, place=place)
    found = re.fullmatch(r"  - interview row 1, place: '(.*)' would be saved as '(.*)' by .*", line)
    assert found, line
    kept, saved = found.groups()
    # The space at its start, which is what the line is about, is quoted.
    assert kept.startswith(" Room 4B,") and saved.startswith("Room 4B,"), line
    for quoted, whole in ((kept, place), (saved, place.strip())):
        assert quoted.endswith("…") and "..." not in quoted, line
        words = quoted.removesuffix("…")
        assert whole.startswith(words), line
        assert not whole[len(words)].isalnum(), f"cut inside a word: {line}"
