"""CSV files for the import and export tests: a sheet written as a spreadsheet leaves it,
read into a plan without a store, and a store's own CSV export written to a file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.conftest import FIXED_TODAY

if TYPE_CHECKING:
    from bounceback_tui.transfer.csv_import import CsvPlan


def written_sheet(
    folder: Path, text: str, name: str = "sheet.csv", encoding: str = "utf-8"
) -> Path:
    """``text`` written to ``folder / name`` in ``encoding``, line ends as given."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def planned(
    folder: Path,
    text: str,
    *,
    today: date = FIXED_TODAY,
    name: str = "sheet.csv",
    store: Path | None = None,
    **options: Any,
) -> CsvPlan:
    """The import's plan for ``text`` as a sheet, against ``store`` (none: nothing stored)."""
    from bounceback_tui.transfer.csv_import import plan_csv_import

    return plan_csv_import(written_sheet(folder, text, name), store, today=today, **options)


def exported(database: Path, target: Path) -> Path:
    """The store's applications exported as CSV to ``target``, as `export --format csv`
    writes them."""
    from bounceback_tui.transfer.csv_export import export_csv
    from bounceback_tui.transfer.files import private_output

    with private_output(target) as out:
        export_csv(database, out)
    return target
