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

from rapidfuzz import utils

from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import text_cells
from bounceback_tui.domain.wording import plural
from bounceback_tui.transfer.csv_words import stage_names, status_reading
from bounceback_tui.transfer.files import TransferError

STAGE = "STAGE"  # the place a --status suggested leaves for the stage the person means
SHOWN = 32  # a status is cut to this many characters in the plan, as a header is
ALL = "--all lists every one"


def status_key(text: str) -> str:
    """A status as it is compared: case, punctuation and emoji aside, as the known words
    are; one that is punctuation alone ("???") is compared as written."""
    return utils.default_process(text) or text.strip().casefold()


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
        first, earlier = by_key.setdefault(status_key(status), (item, stage))
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
class _Seen:
    written: str  # the first spelling in the file
    rows: int = 0


@dataclass
class StatusReader:
    """Reads a row's status (the person's --status first) and counts what each one says."""

    given: Mapping[str, Stage] = field(default_factory=dict)
    _given: dict[str, Stage] = field(init=False, default_factory=dict)
    _seen: dict[str, _Seen] = field(init=False, default_factory=dict)
    _used: set[str] = field(init=False, default_factory=set)  # given ones a row's cell said

    def __post_init__(self) -> None:
        self._given = {status_key(status): stage for status, stage in self.given.items()}

    def read(self, text: str) -> Stage | None:
        """The stage a status (or a Got as far as) names, or None when it names none."""
        stage, how = self.reading(text)
        if how == "given":  # a --status the Got as far as column uses is used
            self._used.add(status_key(text))
        return stage

    def reading(self, text: str) -> tuple[Stage | None, str]:
        """The stage and how: "given" (by --status), else as ``csv_words.status_reading``."""
        if (stage := self._given.get(status_key(text))) is not None:
            return stage, "given"
        return status_reading(text)

    def saw(self, text: str) -> None:
        """A row's status cell, counted for the plan."""
        self._seen.setdefault(status_key(text), _Seen(text.strip())).rows += 1

    def describe(self, header: str, limit: int | None) -> list[str]:
        """Each status in the file (first seen first) with the stage it was read as."""
        if not self._seen:
            return []
        seen = list(self._seen.values())
        shown = seen[:limit]
        width = max(text_cells(_shown(s.written)) for s in shown)
        lines = [f"Statuses in the column {header!r}, as read:"]
        for status in shown:
            stage, how = self.reading(status.written) if status.written else (Stage.APPLIED, "")
            rows = plural(status.rows, "row")
            said = {"given": f"as given, {rows}", "close": f"a close spelling, {rows}"}
            read = (
                f"{stage.label} ({said.get(how, rows)})" if stage else f"no stage I know ({rows})"
            )
            written = _shown(status.written)
            lines.append(f"  {written}{' ' * (width - text_cells(written))}  ->  {read}")
        if len(seen) > len(shown):
            lines.append(f"  ... and {len(seen) - len(shown)} more ({ALL}).")
        lines += [
            f"--status {f'{status}={stage.value}'!r} is not used: no row's status is {status}."
            for status, stage in self.given.items()
            if status_key(status) not in self._seen and status_key(status) not in self._used
        ]
        return lines

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
            f"know ({', '.join(_shown(s) for s in shown)}{more}). Say which stage "
            f"{'it' if one_word else 'each one'} is with --status (the stage one of: "
            f"{stage_names()}) and run the import again:",
            f"  {command} {flags}" if command else f"  {flags}",
            f"Leaving the column out instead (--map {f'{header}='!r}) brings every row in as "
            "Applied, whatever its status says: a no or an interview among them would read as "
            "Applied.",
        ]


def _shown(text: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text) or "(empty)"
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."
