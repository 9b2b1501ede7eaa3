"""The JSON export holds everything and re-imports to an identical store; bad files do nothing."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.files import TransferError, private_output
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import import_json, load_json_export
from tests.transfer_fixtures import (
    count,
    dump_store,
    fill_every_table,
    highest_version,
    integrity,
    lowest_version,
    write_json,
)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


@pytest.fixture
def fresh(tmp_path: Path) -> DataPaths:
    paths = resolve_paths(tmp_path / "other")
    open_store(paths)
    return paths


def _export(paths: DataPaths, target: Path) -> Path:
    with private_output(target, make_parents=True) as out:
        export_json(paths.database, out)
    return target


def _document(tmp_path: Path, filled: DataPaths) -> dict:
    return json.loads(_export(filled, tmp_path / "x.json").read_text(encoding="utf-8"))


def test_round_trip_gives_an_identical_store(
    filled: DataPaths, fresh: DataPaths, tmp_path: Path
) -> None:
    exported = _export(filled, tmp_path / "out" / "all.json")
    import_json(fresh, load_json_export(exported))
    before, after = dump_store(filled.database), dump_store(fresh.database)
    assert set(before) == set(after)
    for table, rows in before.items():
        assert after[table] == rows, table
    # Every table the schema has is in the file, including the ones the demo leaves empty.
    assert before["setting"] and before["recovery_template_step"] and before["followed_board"]
    assert integrity(fresh.database) == "ok"


def test_exporting_the_imported_store_gives_the_same_file(
    filled: DataPaths, fresh: DataPaths, tmp_path: Path
) -> None:
    first = _export(filled, tmp_path / "first.json")
    import_json(fresh, load_json_export(first))
    second = _export(fresh, tmp_path / "second.json")
    one, two = json.loads(first.read_text()), json.loads(second.read_text())
    assert one["tables"] == two["tables"]
    assert one["schema_version"] == two["schema_version"] == LATEST_VERSION


def test_export_keeps_odd_text_exactly(filled: DataPaths, tmp_path: Path) -> None:
    document = _document(tmp_path, filled)
    odd = [r for r in document["tables"]["application"] if r["company"].startswith('Zürich "')]
    assert odd[0]["role"] == "مهندس برمجيات, senior"
    assert odd[0]["notes"] == "Line one\nline two, with a comma\n\ttabbed; =SUM(A1) and *stars*"
    assert odd[0]["created_at"] == "2026-03-02 08:15:00.123456"
    assert odd[0]["salary_min"] == 85000.5


def test_export_file_is_private(filled: DataPaths, tmp_path: Path) -> None:
    target = _export(filled, tmp_path / "new-folder" / "inner" / "all.json")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new-folder").stat().st_mode) == 0o700
    assert not list(target.parent.glob(".*partial"))


def test_export_refuses_to_overwrite_unless_forced(filled: DataPaths, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    target.write_text("keep me")
    with pytest.raises(TransferError, match="already exists"):
        _export(filled, target)
    assert target.read_text() == "keep me"
    with private_output(target, force=True) as out:
        export_json(filled.database, out)
    assert json.loads(target.read_text())["format"] == "bounceback-tui"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_store_with_data_is_not_replaced_without_asking(filled: DataPaths, tmp_path: Path) -> None:
    data = load_json_export(_export(filled, tmp_path / "all.json"))
    before = dump_store(filled.database)
    with pytest.raises(TransferError, match="already holds data"):
        import_json(filled, data)
    assert dump_store(filled.database) == before


def test_replace_takes_a_backup_first(filled: DataPaths, fresh: DataPaths, tmp_path: Path) -> None:
    # The fresh store gets one application of its own; the import replaces it.
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database

    db = Database(fresh.database)
    add_application(db, ApplicationInput(company="Only Mine", role="Tester"))
    db.dispose()
    replaced_highest = highest_version(fresh.database)
    data = load_json_export(_export(filled, tmp_path / "all.json"))
    result = import_json(fresh, data, replace=True)
    assert result.replaced and result.safety_backup is not None
    with sqlite3.connect(result.safety_backup) as conn:
        assert conn.execute("SELECT company FROM application").fetchall() == [("Only Mine",)]
    assert dump_store(fresh.database, versions=False) == dump_store(filled.database, versions=False)
    # A form opened on the replaced store names a version no row has any more.
    assert lowest_version(fresh.database) > replaced_highest


def test_progress_is_reported(filled: DataPaths, fresh: DataPaths, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    target = tmp_path / "all.json"
    with private_output(target) as out:
        export_json(filled.database, out, lambda *a: seen.append(a))
    data = load_json_export(target, lambda *a: seen.append(a))
    import_json(fresh, data, progress=lambda *a: seen.append(a))
    total = data.total
    assert ("Exporting", total, total) in seen
    assert ("Checking", total, total) in seen
    assert ("Importing", total, total) in seen


def test_truncated_file_is_refused_clearly(
    filled: DataPaths, fresh: DataPaths, tmp_path: Path
) -> None:
    text = _export(filled, tmp_path / "all.json").read_text()
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2])
    with pytest.raises(TransferError) as caught:
        load_json_export(cut)
    message = str(caught.value)
    assert "not valid JSON" in message and "cut short" in message
    assert "Nothing was written" in message
    assert count(fresh.database, "application") == 0


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["tables"]["application"][0].update(company=5), "company: expected text"),
        (
            lambda d: d["tables"]["application"][0].update(stage="banana"),
            "'banana' is not one of",
        ),
        (
            lambda d: d["tables"]["application"][0].update(date_applied="16/03/2026"),
            "expected a date like 2026-03-16",
        ),
        (
            lambda d: d["tables"]["application"][0].update(excitement=9),
            "expected a number from 1 to 5",
        ),
        (
            lambda d: d["tables"]["application"][0].update(id=2**70),
            "the number is out of range",
        ),
        (
            lambda d: d["tables"]["application"][0].update(notes="bell \x07"),
            "control characters",
        ),
        (lambda d: d["tables"]["application"][0].update(hacked=1), "'hacked' is not a column"),
        (lambda d: d["tables"].update(evil=[]), "'evil' is not a table"),
        (
            lambda d: d["tables"]["stage_change"][0].update(application_id=99999),
            "points to an application that is not in the file",
        ),
        (
            lambda d: d["tables"]["application"].append(dict(d["tables"]["application"][0])),
            "the same id as row 1",
        ),
        (lambda d: d["tables"]["application"][0].pop("company"), "company is missing"),
        # An id at SQLite's limit: every later add failed as "The disk is full" (an attacker).
        (
            lambda d: d["tables"]["application"][0].update(id=2**63 - 1),
            "an id is a whole number from 1 to 9,007,199,254,740,991",
        ),
        # Escaped in the value's JSON text, a control character once decoded (an attacker).
        (
            lambda d: d["tables"]["setting"].append(
                {"key": "your_name", "value": json.dumps("Al \x1b]52;c;aGk=\x07")}
            ),
            "setting row 3, value: the text contains control characters",
        ),
        # A calendar's SEQUENCE is a version: 2**40 made every later calendar export fail,
        # and 2**63 - 1 became a REAL after one edit (the third stranger).
        (
            lambda d: d["tables"]["application"][0].update(version=2**40),
            "a version is a whole number from 0 to 1,073,741,824",
        ),
        (
            lambda d: d["tables"]["contact"][0].update(uid=d["tables"]["application"][0]["uid"]),
            "contact row 1: the same uid as application row 1",
        ),
        # A step's kind chooses its editor, and "bogus" crashed it and Settings; a step
        # 3,000,000 days on left Today for good (an attacker's walk).
        (
            lambda d: d["tables"]["recovery_step"][0].update(kind="bogus"),
            "recovery_step row 1, kind: 'bogus' is not one of: answer, check, expressive,",
        ),
        (
            lambda d: d["tables"]["recovery_template_step"][0].update(kind="nonsense"),
            "recovery_template_step row 1, kind: 'nonsense' is not one of",
        ),
        (
            lambda d: d["tables"]["recovery_step"][0].update(offset_days=3_000_000),
            "recovery_step row 1, offset_days: expected a number from 0 to 395",
        ),
        (
            lambda d: d["tables"]["recovery_template_step"][0].update(offset_days=-3_000_000),
            "recovery_template_step row 1, offset_days: expected a number from 0 to 365",
        ),
        (lambda d: d.update(tables=[]), 'has no "tables" object'),
        (lambda d: d.update(format="other"), "not a bounceback-tui JSON export"),
    ],
)
def test_bad_values_are_reported_with_their_place(
    filled: DataPaths, fresh: DataPaths, tmp_path: Path, edit, expected: str
) -> None:  # type: ignore[no-untyped-def]
    document = _document(tmp_path, filled)
    edit(document)
    with pytest.raises(TransferError) as caught:
        load_json_export(write_json(tmp_path, document))
    assert expected in str(caught.value)
    assert "nothing was written" in str(caught.value).lower()
    assert count(fresh.database, "application") == 0


def test_application_row_number_is_named(filled: DataPaths, tmp_path: Path) -> None:
    document = _document(tmp_path, filled)
    document["tables"]["application"][2]["role"] = None
    with pytest.raises(TransferError, match=r"application row 3, role: is required"):
        load_json_export(write_json(tmp_path, document))


def test_export_from_a_newer_version_is_refused(filled: DataPaths, tmp_path: Path) -> None:
    document = _document(tmp_path, filled)
    document["schema_version"] = LATEST_VERSION + 1
    with pytest.raises(TransferError, match="newer bounceback-tui"):
        load_json_export(write_json(tmp_path, document))


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00garbage", b"[" * 100_000, b'{"format": NaN}', b"null", b"\xc3\x28"],
)
def test_files_that_are_not_exports_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(TransferError, match=r"(?i)nothing was written"):
        load_json_export(path)


def test_full_disk_during_import_leaves_the_store_as_it_was(
    filled: DataPaths, fresh: DataPaths, tmp_path: Path
) -> None:
    data = load_json_export(_export(filled, tmp_path / "all.json"))
    before = dump_store(fresh.database)

    def full_disk(conn: sqlite3.Connection) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(TransferError, match="The disk is full; nothing was saved"):
        import_json(fresh, data, connect_hook=full_disk)
    assert dump_store(fresh.database) == before
    assert integrity(fresh.database) == "ok"
