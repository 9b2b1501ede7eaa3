"""Stores built once per worker and copied per test (docs/testing.md, "Stores built once").

Many tests build the same store the same way: the Skills backlog (``seed_backlog``), the
Pipeline's eight applications (``small_pipeline``), the palette's records, demo stores of a
given scale. ``store_once(where, build, *args)`` runs ``build(database, *args)`` on the
test's empty store the first time a worker meets that build, keeps the file and what
``build`` returned, and afterwards writes that file over the next test's empty store and
returns a copy of the answer. The test sees the store the build makes, byte for byte.

Built once only where building the same thing again would give the same bytes:

- on the empty store every test starts from (a copy of the worker's template, see
  ``opened_paths``); a store written to before (or any other file) is built as usual;
- at the same frozen moment and zone (the key holds them), so dates come out the same;
- by a build that writes nothing but the store file (checked: no journal, no other file
  in the data folder, else nothing is kept).

``tests/test_store.py`` holds a copy to the store its build makes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database

T = TypeVar("T")

# (the build, its arguments, the moment, the zone) -> (the store's bytes, what build returned)
_built: dict[tuple[Any, ...], tuple[bytes, Any]] = {}
# How often each way was taken in this worker: "copied", "built" (and kept), "not kept".
taken: dict[str, int] = {"copied": 0, "built": 0, "not kept": 0}
# The bytes of the worker's empty store (set by conftest's empty_store_template).
_empty: dict[str, bytes] = {}


def note_empty_store(template: Path) -> None:
    _empty["bytes"] = template.read_bytes()


def _is_empty_store(path: Path) -> bool:
    empty = _empty.get("bytes")
    if empty is None or not path.is_file() or _journal(path):
        return False
    return path.stat().st_size == len(empty) and path.read_bytes() == empty


def _journal(path: Path) -> bool:
    return any(Path(f"{path}{tail}").exists() for tail in ("-wal", "-journal"))


def _only_the_store(path: Path) -> bool:
    return [p.name for p in path.parent.iterdir()] == [path.name]


def store_once(
    where: DataPaths | Database, build: Callable[..., T], *args: Any, **options: Any
) -> T:
    """``build(database, *args, **options)`` on ``where`` (the test's empty store, as paths
    or an open ``Database``), built once per worker and copied afterwards; see above."""
    database = where if isinstance(where, Database) else None
    path = where.path if isinstance(where, Database) else where.database
    if database is not None:
        database.dispose()  # closes its connections (it opens new ones on next use)
    key = (
        build.__module__,
        build.__qualname__,
        args,
        tuple(sorted(options.items())),
        clock.now_utc(),
        clock.zone_name(),
    )
    fresh = _is_empty_store(path)
    if fresh and key in _built:
        content, answer = _built[key]
        path.write_bytes(content)
        taken["copied"] += 1
        answer = copy.deepcopy(answer)
    else:
        db = Database(path) if database is None else database
        try:
            answer = build(db, *args, **options)
        finally:
            db.dispose()  # its journal written into the file
        if fresh and not _journal(path) and _only_the_store(path):
            _built[key] = (path.read_bytes(), copy.deepcopy(answer))
            taken["built"] += 1
        else:
            taken["not kept"] += 1
    if database is not None:
        # The caller's Database keeps a connection open, as after a build of its own (the
        # store's journal stays while one is open: a reader's stat of it sees no change).
        database.engine.connect().close()
    return answer
