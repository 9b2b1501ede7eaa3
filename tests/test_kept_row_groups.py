"""A restore checks a backup's rows by their forms' rules once per distinct value, exactly as
strictly as row by row.

Checking every row of a 100,000-application backup by the application form's rules made a
restore take about 34 s of CPU (4.8 s before rows were checked; the twenty-eighth round's
left-alone list). Each check now runs once per distinct value of each group of columns its
form judges together (``KEPT_ROW_GROUPS``): these tests hold every check to its groups (it
reads no other column, and a row's verdict is its groups' verdicts), and a backup with one
bad row among many identical good ones is still refused, naming that row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.records_kept import KEPT_ROW_CHECKS, KEPT_ROW_GROUPS
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.transfer.json_checks import check_value
from bounceback_tui.transfer.schema import read_tables
from tests.conftest import FIXED_TODAY
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table

# Values a column of each kind is set to, one at a time, to find a check that reads across
# its groups: odd, empty, of another type, out of range, and good-looking ones.
ODD: tuple[object, ...] = (
    None,
    "",
    " ",
    "bogus",
    "\x07",
    "x" * 400,
    -5000,
    900000,
    1.5,
    0,
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "2026-03-20",
    "1969-12-31",
    "2026-03-16 09:30:00",
    "9999-12-31 00:00:00",
    "USD",
    "Dollars!!",
    "Rp",
    "hybrid",
    "javascript:alert(1)",
    "https://example.com/a b",
    "Europe/London",
    "localtime",
)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _taken(path: Path, table: str) -> dict[str, list[object]]:
    """For each column the checks read, the values of ``ODD`` the import's ``check_value``
    takes: a row's form is checked only once every value of it is (transfer/backup_rows.py)."""
    conn = sqlite3.connect(path)
    try:
        (found,) = [t for t in read_tables(conn) if t.name == table]
    finally:
        conn.close()
    grouped = {name for group in KEPT_ROW_GROUPS[table] for name in group}
    return {
        column.name: [value for value in ODD if check_value(table, column, value) is None]
        for column in found.columns
        if column.name in grouped
    }


def _rows(path: Path, table: str) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)
    try:
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
    finally:
        conn.close()


class _Read(Mapping[str, object]):
    """A row that notes every column a check asks of it."""

    def __init__(self, row: Mapping[str, object], asked: set[str]) -> None:
        self._row, self._asked = row, asked

    def __getitem__(self, key: str) -> object:
        self._asked.add(key)
        return self._row[key]

    def __contains__(self, key: object) -> bool:
        self._asked.add(str(key))
        return key in self._row

    def __iter__(self) -> Iterator[str]:
        self._asked.update(self._row)  # every column: none is left unread
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def _grouped_verdict(table: str, row: Mapping[str, object], today: date) -> bool:
    """Whether the row is refused, judged group by group as transfer/backup_rows.py does."""
    check = KEPT_ROW_CHECKS[table]
    for group in KEPT_ROW_GROUPS[table]:
        present = tuple(name for name in group if name in row)
        said = check({name: row[name] for name in present}, today)
        if any(column in present for column, _why in said):
            return True
    return False


@pytest.mark.parametrize("table", sorted(KEPT_ROW_CHECKS))
def test_each_check_reads_only_the_columns_of_its_groups(filled: DataPaths, table: str) -> None:
    grouped = {name for group in KEPT_ROW_GROUPS[table] for name in group}
    taken = _taken(filled.database, table)
    rows = _rows(filled.database, table)
    assert rows or table in {"activity_day", "check_in"}, table
    for row in rows[:10]:
        variants = [row, *({**row, name: value} for name in taken for value in taken[name])]
        for variant in variants:
            asked: set[str] = set()
            KEPT_ROW_CHECKS[table](_Read(variant, asked), FIXED_TODAY)
            assert asked <= grouped, (table, sorted(asked - grouped))


@pytest.mark.parametrize("table", sorted(KEPT_ROW_CHECKS))
def test_a_rows_verdict_is_its_groups_verdicts(filled: DataPaths, table: str) -> None:
    """Every row of the filled store, and each with one column, then two columns of the
    same or of different groups, set to an odd value: refused as a whole exactly when one of
    its groups is refused alone."""
    check = KEPT_ROW_CHECKS[table]
    taken = _taken(filled.database, table)
    for row in _rows(filled.database, table)[:2]:
        variants: list[dict[str, object]] = [row]
        variants += [{**row, name: value} for name in taken for value in taken[name]]
        variants += [
            {**row, first: one, second: other}
            for first in taken
            for second in taken
            if first < second
            for one in taken[first][::4]
            for other in taken[second][1::4]
        ]
        for variant in variants:
            whole = bool(check(variant, FIXED_TODAY))
            assert whole == _grouped_verdict(table, variant, FIXED_TODAY), (table, variant)


def _many_alike(paths: DataPaths, copies: int) -> Path:
    """A backup of the filled store with ``copies`` more applications, each a copy of the
    first (a uid of its own): thousands of rows with the same values."""
    made = back_up_store(paths)
    conn = sqlite3.connect(made)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(application)")]
    kept = [name for name in columns if name not in ("id", "uid")]
    listed = ", ".join(kept)
    first = conn.execute("SELECT min(id) FROM application").fetchone()[0]
    for number in range(copies):
        conn.execute(
            f"INSERT INTO application ({listed}, uid) SELECT {listed}, ? FROM application "
            "WHERE id = ?",
            (f"copy-{number:05d}", first),
        )
    conn.commit()
    conn.close()
    return made


SPOILED = {
    # One rule across columns (the salary's), and one column alone (the link), each on one
    # row among thousands alike.
    "salary": (
        "UPDATE application SET salary_min = 90000, salary_max = 50000, salary_currency = 'USD' "
        "WHERE id = {id}",
        "salary_max: The salary maximum is below the minimum.",
    ),
    "link": (
        "UPDATE application SET link = 'javascript:alert(1)' WHERE id = {id}",
        "link:",
    ),
    "currency": (
        "UPDATE application SET salary_currency = 'Dollars!!' WHERE id = {id}",
        "salary_currency:",
    ),
}


@pytest.mark.parametrize("case", sorted(SPOILED))
def test_one_bad_row_among_many_alike_is_still_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    statement, said = SPOILED[case]
    made = _many_alike(filled, 3000)
    conn = sqlite3.connect(made)
    middle = conn.execute("SELECT id FROM application ORDER BY id LIMIT 1 OFFSET 1700").fetchone()
    conn.execute(statement.format(id=middle[0]))
    conn.commit()
    conn.close()
    digest = file_digest(filled.database)
    capsys.readouterr()
    code = main(["restore", str(made), "--yes", "--data-dir", str(filled.data_dir)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"application row with id {middle[0]}, {said}" in err, err
    assert file_digest(filled.database) == digest


def test_many_alike_all_good_are_put_back(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    made = _many_alike(filled, 3000)
    assert main(["restore", str(made), "--yes", "--data-dir", str(filled.data_dir)]) == 0
    assert "Restored" in capsys.readouterr().out
