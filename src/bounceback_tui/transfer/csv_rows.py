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
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bounceback_tui.domain.encodings import text_codec
from bounceback_tui.domain.text_fit import without_bidi_controls
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.files import TransferError, read_capped, refuse_store_file

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
CELL_LIMIT = 1_000_000  # characters in one cell; each field refuses far less on its own
SNIFF_CHARS = 64 * 1024  # the start of the file the separator is guessed from
_LINE_END = re.compile(r"\r\n|\r|\n")  # where io.StringIO(text, newline="") ends a line
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


SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def cell_count_problem(cells: list[str], headers: list[str], delimiter: str) -> str | None:
    """Why a row cannot be read under the header when its cells do not line up with the
    header's: a comma inside a cell without quotes made one cell two, a line break inside one
    made one row two (a stray carriage return added an application made of a row's last
    cells, and the first half lost them: an attacker's walk).

    Cells past the header's last one are kept when they are empty (a spreadsheet's extra
    commas at a line's end), and a row may leave out the header's last cells when their
    headers are empty too; any other difference in the count refuses the row."""
    named = max((index + 1 for index, header in enumerate(headers) if header.strip()), default=0)
    name = SEPARATORS.get(delimiter, repr(delimiter))
    if len(cells) > len(headers) and any(cell.strip() for cell in cells[len(headers) :]):
        example = ' ("Acme, Inc")' if delimiter == "," else ""
        return (
            f"it has {plural(len(cells), 'cell')} where the header has {len(headers)}: a {name} "
            f"inside a cell needs quotes around that cell{example}"
        )
    if len(cells) < named:
        return (
            f"it has {plural(len(cells), 'cell')} where the header has {named}: a line break "
            f"inside a cell needs quotes around that cell, and an empty cell still needs its {name}"
        )
    return None


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used (without bidi controls, as the forms take
    text); invalid bytes give their line number."""
    raw = read_capped(path, MAX_FILE_BYTES, "that is more than an application list should be")
    refuse_store_file(path, raw)
    if encoding is None:
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    elif text_codec(encoding) is None:  # "hex", "punycode", "undefined" crashed (exit 70)
        raise TransferError(
            f"--encoding {encoding} is not a text encoding I know, so nothing was read; "
            "name one such as utf-8 or cp1252."
        )
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TransferError(
            f"{path.name} has bytes that are not {encoding.removesuffix('-sig').upper()} on line "
            f"{line}. Save it as 'CSV UTF-8', or name its encoding with --encoding "
            "(for example --encoding cp1252). Nothing was written."
        ) from None
    shown = "UTF-8" if encoding in ("utf-8-sig", "utf-8", "utf8") else encoding
    # Without bidi embeddings, overrides and isolates, as a form takes text typed or pasted
    # (``without_bidi_controls``): a note kept U+202E, which a form never lets in.
    return without_bidi_controls(text), shown


# Excel's first line naming the separator, "sep=;" (quoted, or followed by the separators of
# empty cells, when the file was saved again by a spreadsheet).
_SEP_LINE = re.compile(r'\ufeff?"?sep=([^"\r\n])"?[,;\t|]*\r?', re.IGNORECASE)


def separator_line(text: str) -> tuple[str, str | None]:
    """``text`` with Excel's first line ``sep=X`` left empty (the lines keep their numbers)
    and X; ``text`` and None when it has no such line. Read as the header, it refused the
    file: "has no column for: Company and Role. Its columns are 'sep=', ''"."""
    head, newline, rest = text.partition("\n")
    if (match := _SEP_LINE.fullmatch(head)) is None:
        return text, None
    return newline + rest, match.group(1)


def sniff_delimiter(text: str) -> str:
    # The first 20 lines within SNIFF_CHARS: a 50 MB cell was copied out and searched whole.
    sample = "\n".join(text[:SNIFF_CHARS].splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        # Rows that do not all have as many cells (one refused for it, cell_count_problem)
        # leave the sniffer unsure: the header's own separator, the one it has most of, is
        # taken (a semicolon file with one short row was read as one column "Company;Role").
        header = sample.lstrip("\ufeff\r\n").partition("\n")[0]
        return max(SEPARATORS, key=header.count)  # a tie (none at all): the comma, first


def looks_like_csv(text: str) -> bool:
    """A first line of two or more named columns, as the CSV import reads a header (for a
    file given to the JSON import: `--format json` on a CSV said it was not one)."""
    text, given = separator_line(text)
    head = text.lstrip("\ufeff\r\n").partition("\n")[0]
    cells = next(csv.reader([head], delimiter=given or sniff_delimiter(text)), [])
    return len([cell for cell in cells if cell.strip()]) >= 2


def read_rows(text: str, delimiter: str, source: Path) -> Rows:
    """Every row of ``text``; a quote left open at the end refuses the file."""
    # A cell up to CELL_LIMIT is read, so that a long one is refused with its row (a field's
    # own limit), not the whole file (Python's default, 131,072: an attacker's walk).
    csv.field_size_limit(max(csv.field_size_limit(), CELL_LIMIT))
    fed: list[str] = []  # the lines the reader took for the row it is reading

    def lines() -> Iterator[str]:
        for start, end in _line_spans(text):
            # A line longer than a cell may be is looked at before it is copied out for the
            # reader: one cell past the limit ends the reading there (a 50 MB cell took 21 s
            # and 320 MB). The reader is inside a quote when it has lines of its row already.
            if end - start > CELL_LIMIT and cell_passes(text, start, end, delimiter, bool(fed)):
                raise _CellTooLong
            line = text[start:end]
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
        except _CellTooLong:
            raise _too_long(source, start) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _too_long(source, start) from None
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


class _CellTooLong(Exception):
    pass


def _too_long(source: Path, line: int) -> TransferError:
    return TransferError(
        f"{source.name}, the row on line {line:,}: a cell is longer than {CELL_LIMIT:,} "
        "characters, the most one cell can hold (no field keeps nearly that much). Nothing was "
        "written."
    )


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text``, its line end included, as io.StringIO(text,
    newline="") gives them, without copying a line out."""
    position = 0
    for found in _LINE_END.finditer(text):
        yield position, (position := found.end())
    if position < len(text):
        yield position, len(text)


def cell_passes(text: str, start: int, end: int, delimiter: str, quoted: bool) -> bool:
    """Whether a cell of the line ``text[start:end]`` holds more than CELL_LIMIT characters,
    read as Python's CSV reader reads it (``quoted``: the line begins inside a quote). Counted
    low (every quote left out, a cell begun on an earlier line counted from this one), so a
    cell said to pass surely does; the search stops at the first such cell."""
    special = re.compile(f'"|{re.escape(delimiter)}')
    cell, quotes, paired = start, 0, False
    for match in special.finditer(text, start, end):
        at = match.start()
        if at - cell - quotes > CELL_LIMIT:
            return True
        if text[at] != QUOTE:
            if not quoted:
                cell, quotes = at + 1, 0  # a separator outside a quote: the next cell
        elif paired:
            paired = False  # the second of "" inside a quote: the quote the cell holds
        else:
            quotes += 1
            if quoted:
                paired = text[at + 1 : at + 2] == QUOTE
                quoted = paired
            elif at == cell:
                quoted = True
    tail = "" if quoted else text[max(start, end - 2) : end]  # outside a quote the line's
    ending = len(tail) - len(tail.rstrip("\r\n"))  # end is no part of a cell
    return end - ending - cell - quotes > CELL_LIMIT


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
