"""An engine let go of leaves nothing behind in the ORM's caches of compiled writes.

SQLAlchemy compiles the ORM's INSERT, UPDATE and DELETE statements once and keeps them in a
cache on each table's mapper (``Mapper._compiled_cache``): one cache per table, shared by
every engine, of 100 statements, pruned back to 100 only once it passes 150. Each entry is
keyed by the engine's dialect, so a store handle disposed (``Database.dispose``: the demo
store left, a calendar export, another window's write in the random walk) stayed alive
through its dialect, with every statement it compiled, until 50 newer entries had pushed
it out. A handle that added one application left about 730 of Python's blocks there; 100
such handles, +9.6 MB resident, and the cache keeps up to 150 of them (docs/performance.md,
"After the twenty-third round: the long walk").

``forget_compiled_writes(engine)`` takes that engine's statements out of every mapper's
cache; ``Database.dispose`` calls it. The engines still in use keep theirs: only entries
keyed by the disposed engine's own dialect go.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import SQLModel


def forget_compiled_writes(engine: Engine) -> int:
    """Drop the statements compiled for ``engine`` from every mapper's cache of the ORM's
    writes (see the module); returns how many went."""
    dialect = engine.dialect
    dropped = 0
    for mapper in list(SQLModel._sa_registry.mappers):
        # Made on the table's first write; a table never written has none.
        cache = mapper.__dict__.get("_compiled_cache")
        if cache is None:
            continue
        for key in list(cache):  # a copy: another thread's write may add to the cache
            if isinstance(key, tuple) and key and key[0] is dialect:
                try:
                    del cache[key]
                except KeyError:  # pruned meanwhile by another thread's write
                    continue
                dropped += 1
    return dropped
