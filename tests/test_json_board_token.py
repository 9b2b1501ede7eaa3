"""A JSON import follows only a board `boards follow` would follow: one rule for a board's name
(importers/providers.is_board_token, used by transfer/json_checks.py).

A hand-edited export with a followed board named "../../admin" was imported, while
`boards follow greenhouse:../../admin` is refused; a refresh then asked the provider's API for
a path outside the board (an attacker's walk)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.errors import BouncebackError
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.boards import follow_board, parse_board
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import load_json_export


def _export_with_one_board(paths: DataPaths, tmp_path: Path) -> dict[str, Any]:
    db = Database(paths.database)
    try:
        follow_board(db, BoardRef("greenhouse", "acme"))
    finally:
        db.dispose()
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(paths.database, out)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize("token", ["../../admin", "acme/jobs", "", ".hidden", "a b"])
def test_a_board_name_boards_follow_refuses_is_refused_by_the_import(
    opened_paths: DataPaths, tmp_path: Path, token: str
) -> None:
    with pytest.raises(BouncebackError):
        parse_board(f"greenhouse:{token}")
    document = _export_with_one_board(opened_paths, tmp_path)
    document["tables"]["followed_board"][0]["token"] = token
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TransferError) as refused:
        load_json_export(path)
    said = str(refused.value)
    assert "followed_board row 1, token:" in said
    assert "is not a board that can be followed" in said


def test_a_board_name_boards_follow_takes_still_imports(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    document = _export_with_one_board(opened_paths, tmp_path)
    document["tables"]["followed_board"][0]["token"] = "acme-corp.eu_2"
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    load_json_export(path)  # not refused
    assert parse_board("greenhouse:acme-corp.eu_2") == BoardRef("greenhouse", "acme-corp.eu_2")
