"""A CSV file's rows, each with the lines it was read from, for transfer/csv_import.py.

A quote that is opened and never closed makes the CSV reader take every line after it into
one cell: 5 good rows, ``Acme,"Senior Dev,Applied``, then 1,000 good rows read as 6 rows, the
last one "containing control characters" (the newlines of the swallowed rows; a newcomer's
walk). Such a file is refused with the line the quote was opened on, since nothing after it
can be trusted; a row whose quote closed only some lines later is named with the lines it
ran on to when it is refused (``spans``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bounceback_tui.transfer.files import TransferError

MAX_ROWS = 200_000
CELL_LIMIT = 1_000_000  # characters in one cell; each field refuses far less on its own
QUOTE = '"'


@dataclass
class Rows:
    """(first line, cells) for every row, blank rows left out; ``spans`` the last line of
    each row read from more than one line, by its first."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    spans: dict[int, int] = field(default_factory=dict)

    def note(self, line: int) -> str:
        """What a refused row starting on ``line`` should also say: that it ran on."""
        end = self.spans.get(line)
        if end is None or end - line < 2:
            return ""
        return (
            f". This row runs on to line {end:,}: a quote opened on it and closed only there "
            f"took in the {end - line:,} lines after it"
        )


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def looks_like_csv(text: str) -> bool:
    """A first line of two or more named columns, as the CSV import reads a header (for a
    file given to the JSON import: `--format json` on a CSV said it was not one)."""
    head = text.lstrip("\ufeff\r\n").partition("\n")[0]
    cells = next(csv.reader([head], delimiter=sniff_delimiter(text)), [])
    return len([cell for cell in cells if cell.strip()]) >= 2


def read_rows(text: str, delimiter: str, source: Path) -> Rows:
    """Every row of ``text``; a quote left open at the end refuses the file."""
    # A cell up to CELL_LIMIT is read, so that a long one is refused with its row (a field's
    # own limit), not the whole file (Python's default, 131,072: an attacker's walk).
    csv.field_size_limit(max(csv.field_size_limit(), CELL_LIMIT))
    fed: list[str] = []  # the lines the reader took for the row it is reading

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            fed.append(line)
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    found = Rows()
    last: tuple[int, list[str]] = (0, [])
    while True:
        start = reader.line_num + 1
        fed.clear()
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise TransferError(
                    f"{source.name}, the row on line {start:,}: a cell is longer than "
                    f"{CELL_LIMIT:,} characters, the most one cell can hold (no field keeps "
                    "nearly that much). Nothing was written."
                ) from None
            raise TransferError(
                f"{source.name}, line {start}: the CSV cannot be read ({exc}). Nothing was written."
            ) from None
        last = (start, list(fed))
        if len(fed) > 1:
            found.spans[start] = reader.line_num
        if any(c.strip() for c in cells):
            found.rows.append((start, cells))
            if len(found.rows) > MAX_ROWS + 1:
                raise TransferError(
                    f"{source.name} has more than {MAX_ROWS:,} rows; split it into smaller files. "
                    "Nothing was written."
                )
    _refuse_open_quote(source, delimiter, *last)
    return found


def _refuse_open_quote(source: Path, delimiter: str, start: int, lines: list[str]) -> None:
    opened = open_quote_at(lines, delimiter)
    if opened is None:
        return
    after = len(lines) - 1 - opened
    took = (
        f", so the {after:,} line{'s' if after != 1 else ''} after it "
        f"{'were' if after != 1 else 'was'} read as part of one cell"
        if after
        else ""
    )
    raise TransferError(
        f"{source.name}, line {start + opened:,}: a quote ({QUOTE}) opened on this line is never "
        f"closed{took}. Close the quote (or remove it) and import again. Nothing was written."
    )


def open_quote_at(lines: list[str], delimiter: str) -> int | None:
    """Which of one row's ``lines`` opened a quote still open at their end (None: all closed),
    read as Python's CSV reader reads them: a quote opens only at the start of a cell, and
    two quotes inside one stand for a quote."""
    quoted = False
    at_start = True
    opened = 0
    for index, line in enumerate(lines):
        position = 0
        while position < len(line):
            char = line[position]
            if quoted:
                if char == QUOTE:
                    if line[position + 1 : position + 2] == QUOTE:
                        position += 1  # "" inside a quote
                    else:
                        quoted = False
            elif char == QUOTE and at_start:
                quoted, opened = True, index
            at_start = not quoted and char in (delimiter, "\r", "\n")
            position += 1
    return opened if quoted else None
