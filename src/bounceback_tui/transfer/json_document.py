"""Reading a JSON export's file into Python values: ``read_json_document``, every way the
file can be broken said in one sentence (transfer/json_import.py checks the values).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bounceback_tui.transfer.files import (
    TransferError,
    check_capped,
    read_capped,
    refuse_store_file,
)
from bounceback_tui.transfer.json_checks import short

# A JSON export of even a very long search is a few tens of MB.
MAX_FILE_BYTES = 512 * 1024 * 1024
_CAP_REASON = "a bounceback-tui export is far smaller"


def read_json_document(path: Path) -> Any:
    """Parse the file, turning every way it can be broken into one clear sentence.

    Memory: an export in export_json's own layout is read a row at a time
    (``json_stream``), so only its rows are held, never its text as well. Any other
    file is parsed whole, its bytes let go once decoded and its text once parsed.
    Either way the rows are then checked in place, not copied."""
    from bounceback_tui.transfer.csv_rows import looks_like_csv
    from bounceback_tui.transfer.json_stream import (
        far_too_long_number,
        object_without_twins,
        read_export_rows,
    )

    check_capped(path, MAX_FILE_BYTES, _CAP_REASON)
    streamed = read_export_rows(path, _refuse_constant)
    if streamed is not None:
        return streamed
    text = _read_text(path)
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=object_without_twins
        )
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):
            if looks_like_csv(text):  # `--format json` on a CSV said it was not one
                raise TransferError(
                    f"{path.name} is not JSON: it looks like a CSV file with a header row. "
                    "Import it with --format csv (or without --format json). Nothing was written."
                ) from None
            # "hello", or random bytes: "looks cut short" was said of them (a tester's walk).
            raise TransferError(
                f"{path.name} is neither a bounceback-tui JSON export nor a CSV file with a "
                "header row. Nothing was written."
            ) from None
        last_line = text.rstrip().count("\n") + 1
        hint = " The file looks cut short." if exc.lineno >= last_line else ""
        raise TransferError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}).{hint} Nothing was written."
        ) from None
    except RecursionError:
        raise TransferError(
            f"{path.name} is nested too deeply to be a bounceback-tui export (an export is "
            "a few levels deep). Nothing was written."
        ) from None
    except ValueError as exc:
        too_long = "integer string conversion" in str(exc)  # a number's digits, Python's limit
        reason = (too_long and far_too_long_number(text)) or short(str(exc), 160)
        raise TransferError(
            f"{path.name} cannot be read as a bounceback-tui export ({reason}). "
            "Nothing was written."
        ) from None


def _read_text(path: Path) -> str:
    raw = read_capped(path, MAX_FILE_BYTES, _CAP_REASON)
    refuse_store_file(path, raw)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TransferError(
            f"{path.name} is not UTF-8 text (an invalid byte on line {line}); it is not a "
            "bounceback-tui export. Nothing was written."
        ) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")
