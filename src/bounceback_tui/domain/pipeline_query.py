"""The Pipeline's `/` filter: fuzzy words plus a few `key:value` prefixes.

    gogle                      fuzzy over company, role, location and notes
    stage:int                  stages by prefix; several with commas (stage:applied,screening)
    since:2026-10-01           applied on or after a day (any date form: since:-2w; a bare
                               length of time is that long ago: since:30d, as --from 30d)
    until:2026-12-31           applied on or before a day (also before:; until:30d too)
    is:quiet / is:due          suggested as ghosted / follow-up due by today

A prefix that cannot be read is reported and left out; the rest still filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bounceback_tui.domain.after_colon import after_colon
from bounceback_tui.domain.dates import DateParseError, parse_date_or_ago
from bounceback_tui.domain.stages import ALL_STAGES, Stage, stages_starting_with
from bounceback_tui.domain.text import clip_near_word

_FLAGS = ("quiet", "due")
_KEYS = ("stage", "since", "until", "before", "is")
# What a problem quotes of the filter as typed, cut at a word's end with "…" as every
# person's words are (``clip_near_word``): the message keeps its advice in sight.
QUOTED_CELLS = 24


@dataclass(frozen=True)
class PipelineQuery:
    words: str = ""
    stages: frozenset[Stage] = frozenset()
    since: date | None = None
    until: date | None = None
    flags: frozenset[str] = frozenset()
    problems: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.stages or self.since or self.until or self.flags)

    @property
    def has_conditions(self) -> bool:
        """Anything besides the fuzzy words."""
        return bool(self.stages or self.since or self.until or self.flags)


def parse_query(text: str, today: date) -> PipelineQuery:
    """Split what was typed in the filter into words and conditions."""
    words: list[str] = []
    stages: set[Stage] = set()
    since: date | None = None
    until: date | None = None
    flags: set[str] = set()
    problems: list[str] = []
    for token in text.split():
        key, sep, value = token.partition(":")
        key = key.lower()
        if not sep or key not in _KEYS:
            words.append(token)
            continue
        if not value:
            # "stage:" while still typing: nothing to apply yet, nothing to complain about.
            continue
        if key == "stage":
            for part in filter(None, value.split(",")):
                found = stages_starting_with(part)
                if found:
                    stages.update(found)
                else:
                    names = ", ".join(s.value for s in ALL_STAGES)
                    typed = clip_near_word(part, QUOTED_CELLS)
                    problems.append(f"No stage starts with {typed!r}; stages: {names}.")
        elif key == "is":
            flag = next((f for f in _FLAGS if f.startswith(value.lower())), None)
            if flag:
                flags.add(flag)
            else:
                typed = clip_near_word(value, QUOTED_CELLS)
                problems.append(f"is:{typed} is not known; use is:quiet or is:due.")
        else:
            try:
                day = parse_date_or_ago(value, today)
            except DateParseError as exc:
                problems.append(f"{key}: {after_colon(exc)}")
                continue
            if key == "since":
                since = day
            else:
                until = day
    return PipelineQuery(
        words=" ".join(words),
        stages=frozenset(stages),
        since=since,
        until=until,
        flags=frozenset(flags),
        problems=tuple(problems),
    )
