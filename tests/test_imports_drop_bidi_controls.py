"""A CSV or JSON import takes text as the forms take it: without bidi embeddings, overrides
and isolates (U+202A-U+202E, U+2066-U+2069). A form drops them as they are typed or pasted
(``domain/text_fit.without_bidi_controls``); an import kept U+202E in a note, which then read
backwards wherever it was shown outside the app (a tester's find)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.json_export import export_json
from tests.pipeline_fixtures import add

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"


def _applications(paths: DataPaths) -> list[tuple[str, str, str]]:
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute("SELECT company, role, notes FROM application ORDER BY id").fetchall()
    conn.close()
    return found


def test_a_csv_import_leaves_bidi_controls_out(opened_paths: DataPaths, tmp_path: Path) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text(
        "Company,Role,Notes\n"
        f'Acme{RLI},Engineer,"Paid {RLO}evil{PDF} here\nand a {RLI}second{PDI} line"\n',
        encoding="utf-8",
    )
    code = main(["--data-dir", str(opened_paths.data_dir), "import", str(source), "--yes"])
    assert code == 0
    assert _applications(opened_paths) == [
        ("Acme", "Engineer", "Paid evil here\nand a second line")
    ]


def test_a_json_import_leaves_bidi_controls_out(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    add(db, "Acme", "Engineer", notes="Paid well")
    exported = tmp_path / "all.json"
    with exported.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    document = json.loads(exported.read_text(encoding="utf-8"))
    (row,) = document["tables"]["application"]
    row["notes"] = f"Paid {RLO}evil{PDF} here"
    row["company"] = f"Acme{RLI}"
    exported.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "other"
    code = main(["--data-dir", str(target), "import", str(exported), "--yes"])
    assert code == 0
    assert _applications(resolve_paths(target)) == [("Acme", "Engineer", "Paid evil here")]
