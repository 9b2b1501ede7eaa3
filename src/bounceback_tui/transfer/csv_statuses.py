"""The statuses in a CSV's stage column, as an import reads them: the words it knows
(``csv_words.status_reading``) and those the person names with ``--status 'Absage=rejected'``
(theirs first, so "Closed" can be a job they stopped on rather than a no).

The plan lists each status with the stage it was read as and how many rows say it, before
anything is written, and a status that names no stage is refused with the command that
names it: leaving the column out (``--map 'Status='``) brought a no and an interview in as
Applied without a word (a tester's walk with a German spreadsheet).
"""

from __future__ import annotations

import shlex
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.csv_readings import ALL, Seen, ValuesSeen, shown_value, value_key
from bounceback_tui.transfer.csv_words import stage_names, status_reading
from bounceback_tui.transfer.files import TransferError

STAGE = "STAGE"  # the place a --status suggested leaves for the stage the person means


def parse_status_overrides(items: list[str]) -> dict[str, Stage]:
    """``["Absage=rejected", ...]`` from --status: each status as written, with its stage."""
    given: dict[str, Stage] = {}
    by_key: dict[str, tuple[str, Stage]] = {}  # a status's key -> the first --status naming it
    for item in items:
        if controls := sorted({ch for ch in item if unicodedata.category(ch) == "Cc"}):
            raise TransferError(
                f"--status {item!r} holds a control character "
                f"({', '.join(repr(ch)[1:-1] for ch in controls)}), which no status in a file "
                "is compared by: write the status as the file shows it, without it. Nothing "
                "was written."
            )
        status, sep, name = item.rpartition("=")
        stage = _stage_named(name) if sep and status.strip() else None
        if stage is None:
            example = f"{(status if sep else item).strip() or 'Status'}={STAGE}"
            raise TransferError(
                f"--status {item!r} should be the status as the file writes it, '=', then a "
                f"stage: {example!r}, {STAGE} one of: {stage_names()}."
            )
        first, earlier = by_key.setdefault(value_key(status), (item, stage))
        if earlier is not stage:
            raise TransferError(
                f"--status {first!r} and --status {item!r} give one status two stages. "
                "Nothing was written."
            )
        given.setdefault(status.strip(), stage)
    return given


def _stage_named(name: str) -> Stage | None:
    try:
        return Stage(name.strip().lower())
    except ValueError:
        return None


@dataclass
class StatusReader:
    """Reads a row's status (the person's --status first) and counts what each one says."""

    given: Mapping[str, Stage] = field(default_factory=dict)
    _given: dict[str, Stage] = field(init=False, default_factory=dict)
    _seen: ValuesSeen = field(init=False, default_factory=ValuesSeen)
    _used: set[str] = field(init=False, default_factory=set)  # given ones a row's cell said

    def __post_init__(self) -> None:
        self._given = {value_key(status): stage for status, stage in self.given.items()}

    def read(self, text: str) -> Stage | None:
        """The stage a status (or a Got as far as) names, or None when it names none."""
        stage, how = self.reading(text)
        if how == "given":  # a --status the Got as far as column uses is used
            self._used.add(value_key(text))
        return stage

    def reading(self, text: str) -> tuple[Stage | None, str]:
        """The stage and how: "given" (by --status), else as ``csv_words.status_reading``."""
        if (stage := self._given.get(value_key(text))) is not None:
            return stage, "given"
        return status_reading(text)

    def saw(self, text: str) -> None:
        """A row's status cell, counted for the plan."""
        self._seen.saw(text)

    def describe(self, header: str, limit: int | None) -> list[str]:
        """Each status in the file (first seen first) with the stage it was read as."""
        lines = self._seen.describe("Statuses", header, limit, self._read)
        lines += [
            f"--status {f'{status}={stage.value}'!r} is not used: no row's status is {status}."
            for status, stage in self.given.items()
            if value_key(status) not in self._seen and value_key(status) not in self._used
        ]
        return lines

    def _read(self, status: Seen) -> str:
        """A status's stage as the plan says it: "Rejected (a close spelling, 1 row)"."""
        stage, how = self.reading(status.written) if status.written else (Stage.APPLIED, "")
        rows = plural(status.rows, "row")
        said = {"given": f"as given, {rows}", "close": f"a close spelling, {rows}"}
        return f"{stage.label} ({said.get(how, rows)})" if stage else f"no stage I know ({rows})"

    def refused_note(self, header: str, refused: int, command: str, limit: int | None) -> list[str]:
        """What to do about the ``refused`` rows whose status names no stage: --status first,
        in the person's own command, then what leaving the column out would do."""
        unknown = [s.written for s in self._seen.values() if s.written and not self.read(s.written)]
        if not refused or not unknown:
            return []
        shown = unknown[:limit]
        more = (
            f", and {len(unknown) - len(shown)} more ({ALL})" if len(unknown) > len(shown) else ""
        )
        one_row, one_word = refused == 1, len(unknown) == 1
        # Every one, whatever the limit: the command is run as it is copied.
        flags = shlex.join(word for status in unknown for word in ("--status", f"{status}={STAGE}"))
        return [
            f"{plural(refused, 'row')} {'is' if one_row else 'are'} refused for Stage: "
            f"{'its' if one_row else 'their'} status in the column {header!r} names no stage I "
            f"know ({', '.join(shown_value(s) for s in shown)}{more}). Say which stage "
            f"{'it' if one_word else 'each one'} is with --status (the stage one of: "
            f"{stage_names()}) and run the import again:",
            f"  {command} {flags}" if command else f"  {flags}",
            f"Leaving the column out instead (--map {f'{header}='!r}) brings every row in as "
            "Applied, whatever its status says: a no or an interview among them would read as "
            "Applied.",
        ]
