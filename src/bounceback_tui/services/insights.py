"""What is working: the comparisons, the suggestions and the flow, read from the store.

Read with sqlite3 only (``store/insights_read``): no ORM, nothing written, nothing sent
anywhere. Shared by the "What's working" screen, Today's suggestion (filled in after the
first paint) and ``bounceback-tui insights``. The store adds the applications up
(``read_facts``: a few thousand rows). What's working read them one by one before (4 to 11 s
of CPU at 100,000); that read is kept in the tests (tests/insights_oracle.py), as what the
tallies are tested against (tests/test_insights_tallied.py).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bounceback_tui.domain.flow import Link
from bounceback_tui.domain.insight_suggestions import suggestions
from bounceback_tui.domain.insights import MIN_GROUP, Comparison
from bounceback_tui.domain.insights_tally import Tally, compare_tallied, flow_tallied
from bounceback_tui.domain.stages import ALL_STAGES, REPLIED_STAGES, STAGE_ORDER, Stage
from bounceback_tui.store.insights_read import InsightsReader

ROLE_FAMILIES_SETTING = "role_families"


@dataclass(frozen=True)
class InsightsView:
    start: date | None
    end: date | None
    sent: int
    comparisons: tuple[Comparison, ...]
    suggestions: tuple[str, ...]
    flow: tuple[Link, ...]
    renames: dict[str, str]


# The stages a tally's mask names, bit by bit (``InsightsReader.sent_tallies``).
_REPLIED = tuple(sorted(REPLIED_STAGES, key=STAGE_ORDER.__getitem__))


@dataclass(frozen=True)
class SentFacts:
    """The sent applications, added up: how many, each grouping's values and their
    tallies (``compare_tallied``), and where they stand with theirs (``flow_tallied``)."""

    sent: int
    tallied: dict[str, list[tuple[Any, Tally]]]
    standing: list[tuple[Stage | None, Tally]]


def _named(mask: int) -> frozenset[Stage]:
    return frozenset(stage for bit, stage in enumerate(_REPLIED) if mask >> bit & 1)


def read_facts(reader: InsightsReader) -> SentFacts:
    """The sent applications of all time, added up by the store."""
    return read_facts_between(reader, None, None)


def read_facts_between(reader: InsightsReader, start: date | None, end: date | None) -> SentFacts:
    """The applications sent from ``start`` to ``end`` (either open), added up by the store."""
    rows = reader.sent_tallies(
        [stage.value for stage in _REPLIED],
        Stage.APPLIED.value,
        [stage.value for stage in ALL_STAGES],
        start,
        end,
    )
    # A family is spelt as its first title: the titles as they were first sent.
    rows.sort(key=lambda row: row[5] or "")
    reached = {mask: _named(mask) for mask in {row[2] for row in rows}}
    tallied: dict[str, list[tuple[Any, Tally]]] = {}
    standing: list[tuple[Stage | None, Tally]] = []
    for key, value, mask, days, count, _first in rows:
        tally = Tally(reached[mask], days, count)
        if key == "now":
            standing.append((None if value is None else Stage(value), tally))
        else:
            tallied.setdefault(key, []).append((value, tally))
    return SentFacts(sum(t.count for _, t in standing), tallied, standing)


def read_renames(reader: InsightsReader) -> dict[str, str]:
    return _renames_in(reader.setting(ROLE_FAMILIES_SETTING, {}))


def _stored_in(value: Any) -> dict[str, str]:
    """The names as the setting keeps them: each family as typed (a store saved before this
    round: by its key)."""
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _renames_in(value: Any) -> dict[str, str]:
    """The names by family key, as the grouping looks them up."""
    from bounceback_tui.domain.role_families import renames_kept

    return renames_kept(_stored_in(value))


def _spellings_in(value: Any) -> dict[str, str]:
    from bounceback_tui.domain.role_families import spellings_given

    return spellings_given(_stored_in(value))


def load_insights(
    db_path: Path, start: date | None = None, end: date | None = None
) -> InsightsView:
    with InsightsReader(db_path) as reader:
        # All time (Today's suggestions, What's working as it opens) is read as one.
        whole = start is None and end is None
        facts = read_facts(reader) if whole else read_facts_between(reader, start, end)
        renames = read_renames(reader)
    from bounceback_tui import clock

    comparisons = compare_tallied(facts.tallied, renames, clock.today())
    return InsightsView(
        start=start,
        end=end,
        sent=facts.sent,
        comparisons=comparisons,
        suggestions=tuple(suggestions(comparisons)),
        flow=tuple(flow_tallied(facts.standing)),
        renames=renames,
    )


# The last figures read, each with the store's stamp taken before its read began (the
# store's change counter and the day, ``BouncebackApp.data_stamp``). What's working read a
# 100,000 store whole at every open, 11 s the first time and 5 s each later one, the store
# unchanged (a stranger's walk). A commit in any window, a replaced file or a new day gives
# another stamp, and the figures are read again; an unknown stamp (None) keeps nothing.
_kept: dict[tuple[Path, date | None, date | None], tuple[Hashable, InsightsView]] = {}


def kept_insights(
    db_path: Path, start: date | None, end: date | None, stamp: Hashable | None
) -> InsightsView | None:
    """The figures read last for this range, if the store has not changed since (``stamp``
    is the same as when they were read); else None."""
    kept = _kept.get((db_path, start, end))
    if stamp is None or kept is None or kept[0] != stamp:
        return None
    return kept[1]


# One read at a time: What's working opened while Today's suggestions were still being read
# read the same figures again beside them (at 100,000 applications, `w` a second after launch
# cost 3.6 s of CPU where one read is 0.95 s); it now waits for that read, and shows its
# figures.
_reading = threading.Lock()


def load_insights_once(
    db_path: Path,
    start: date | None,
    end: date | None,
    stamp: Hashable | None,
    repair_command: str = "bounceback-tui repair",
) -> InsightsView:
    """``load_insights``, or the figures kept from the last read at the same ``stamp``
    (taken before this is called, on the thread that asks the store's watcher). A read
    that fails raises a ``StoreError`` in plain words (store/read_failure.py), a fix named
    with ``repair_command`` (`bounceback-tui repair` as the window names it)."""
    view = kept_insights(db_path, start, end, stamp)
    if view is not None:
        return view
    try:
        return _read_once(db_path, start, end, stamp)
    except sqlite3.Error as exc:  # in plain words, as every other read says it
        from bounceback_tui.store.read_failure import read_failure

        raise read_failure(exc, db_path, repair_command) from exc


def _read_once(
    db_path: Path, start: date | None, end: date | None, stamp: Hashable | None
) -> InsightsView:
    with _reading:
        view = kept_insights(db_path, start, end, stamp)  # read meanwhile, by another thread
        if view is None:
            view = load_insights(db_path, start, end)
            if stamp is not None:
                for key in [key for key, (seen, _) in _kept.items() if seen != stamp]:
                    _kept.pop(key, None)  # read before a change: never shown again
                _kept[(db_path, start, end)] = (stamp, view)
    return view


def today_suggestions(db_path: Path) -> list[str]:
    """At most two plain suggestions for Today, from all time (none when nothing is clear)."""
    return list(load_insights(db_path).suggestions)


ROLE_FAMILIES_CHANGED = "Your role family names were changed in another window."


def role_families_now(db: Any) -> tuple[dict[str, str], int]:
    """The person's role family names and the version of the setting they are kept in
    (0 while none were ever saved), read together: the form that edits them saves
    against that version."""

    renames, _spelt, version = role_families_spelt_now(db)
    return renames, version


def role_families_spelt_now(db: Any) -> tuple[dict[str, str], dict[str, str], int]:
    """``role_families_now``, with each family as the person typed it (by its key), for
    the editor to show the families no application's title spells."""
    from bounceback_tui.services.settings import read_setting_value

    found = read_setting_value(db, ROLE_FAMILIES_SETTING)
    return _renames_in(found.value), _spellings_in(found.value), found.version


def role_families_of_applications(db: Any) -> dict[str, str]:
    """Each application's role family, sent or not, before the person's names: what the
    left side of a line in the role family editor must be to group anything; and how each
    is shown there, in the words of its first title (the application applied to first,
    then the first added), as What's working shows it."""
    from sqlmodel import col, select

    from bounceback_tui.domain.role_families import spellings_of
    from bounceback_tui.store.models import Application

    applied = col(Application.date_applied)
    with db.read() as session:
        roles = session.exec(
            select(col(Application.role)).order_by(applied.is_(None), applied, col(Application.id))
        ).all()
    return spellings_of(roles)


def role_families_of(current: dict[str, Any]) -> dict[str, str]:
    """The names a ConflictError's ``current`` (the setting's columns) holds."""
    from bounceback_tui.services.settings import setting_value_of

    return _renames_in(setting_value_of(ROLE_FAMILIES_SETTING, current))


def role_family_spellings_of(current: dict[str, Any]) -> dict[str, str]:
    """Each family a ConflictError's ``current`` names, as the person typed it."""
    from bounceback_tui.services.settings import setting_value_of

    return _spellings_in(setting_value_of(ROLE_FAMILIES_SETTING, current))


def save_role_families(
    db: Any,
    renames: dict[str, str],
    *,
    expected_version: int | None = None,
    typed: dict[str, str] | None = None,
) -> int:
    """Store the person's own grouping of role families (one transaction); returns the
    setting's new version. Each family is kept as ``typed`` spells it (key -> the line's
    family as typed: ``families_as_typed``), else by its key. With ``expected_version``
    (0: none saved yet), only if no other window saved them since: else ConflictError
    (``role_families_of`` reads its ``current``)."""
    from bounceback_tui.domain.role_families import renames_to_store
    from bounceback_tui.services.settings import save_setting

    return save_setting(
        db,
        ROLE_FAMILIES_SETTING,
        renames_to_store(renames, typed or {}),
        expected_version=expected_version,
        changed=ROLE_FAMILIES_CHANGED,
    )


def as_json(view: InsightsView) -> dict[str, Any]:
    """The comparisons, suggestions and flow as plain JSON-ready data (for --json)."""

    def interval(rate: Any) -> list[float] | None:
        return None if rate.interval is None else [round(v, 4) for v in rate.interval]

    return {
        "from": view.start.isoformat() if view.start else None,
        "to": view.end.isoformat() if view.end else None,
        "sent": view.sent,
        "min_group": MIN_GROUP,
        "comparisons": [
            {
                "key": c.dimension.key,
                "title": c.dimension.title,
                "groups": [
                    {
                        "name": g.name,
                        "count": g.count,
                        "too_few_to_tell": g.too_few,
                        "median_days_to_first_reply": g.median_days_to_reply,
                        # Replies that were a no and nothing more.
                        "replies_only_a_no": g.noes,
                        **{
                            outcome.value: {
                                "count": rate.successes,
                                "rate": None if rate.value is None else round(rate.value, 4),
                                "wilson_95": interval(rate),
                            }
                            for outcome, rate in g.rates.items()
                        },
                    }
                    for g in c.groups
                ],
                # Months whose answers are still coming: sent in the last EARLY_DAYS.
                "still_early": sorted(c.early, reverse=True),
                "clear_differences": [
                    {
                        "outcome": d.outcome.value,
                        "better": d.better.name,
                        "worse": d.worse.name,
                    }
                    for d in c.differences
                ],
            }
            for c in view.comparisons
        ],
        "suggestions": list(view.suggestions),
        "flow": [
            {"from": link.source, "to": link.target, "count": link.count} for link in view.flow
        ],
    }
