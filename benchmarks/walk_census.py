"""A census of the live objects at chosen steps of a walk (benchmarks/walk_trace.py --census).

At each chosen step, after ``gc.collect()``: every object the collector tracks, counted by
type (module and name) with ``sys.getsizeof``'s bytes, and the objects those refer to that it
does not track (strings, numbers, bytes), counted the same way. From the second census on it
also names the tracked objects that are new since the first one (by id: an id reused by a
new object counts as old, so the figure is a floor), by type, and for the types that grew
most, who holds a few of them: the chain of referrers, three deep, each named by type (and,
for a dict, the key it is under and the object whose ``__dict__`` it is). With
``--tracemalloc-from N`` Python's allocations are traced from step N (slower: about 2x) and
each later census adds the 40 lines whose allocations since then are still alive.

It draws no random number and changes no move; what it builds (the ids of the first census)
is the census's own and is left out of the counts. Each census goes to ``PREFIX-STEP.json``
and a summary line to the trace.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
import tracemalloc
import types
from collections import Counter
from pathlib import Path
from typing import Any

_ListIterator = type(iter([]))
TOP = 60  # types reported by count and by growth
SAMPLES = 4  # new objects of a growing type whose holders are named
HOLDER_TYPES = 12  # growing types whose holders are named


def type_name(obj: object) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def _describe(obj: object, owner_dicts: dict[int, object]) -> str:
    name = type_name(obj)
    if isinstance(obj, dict):
        owner = owner_dicts.get(id(obj))
        if owner is not None:
            return f"__dict__ of {type_name(owner)}"
        return f"dict(len={len(obj)})"
    if isinstance(obj, (list, tuple, set, frozenset)):
        return f"{name}(len={len(obj)})"
    if isinstance(obj, functools._lru_cache_wrapper):
        return f"lru_cache {getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"
    if isinstance(obj, types.FunctionType):
        return f"function {obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, types.CellType):
        return "cell"
    return name


def _key_in(holder: object, obj: object) -> str:
    if isinstance(holder, dict):
        for key, value in holder.items():
            if value is obj:
                return f"[{key!r:.40}]"
            if key is obj:
                return "[key]"
    return ""


class Census:
    def __init__(self, prefix: Path, steps: set[int], tracemalloc_from: int | None) -> None:
        self.prefix = prefix
        self.steps = steps
        self.tracemalloc_from = tracemalloc_from
        self.first_ids: set[int] | None = None
        self.first_counts: Counter[str] = Counter()

    def at_step(self, step: int, out: Any, rss: float) -> bool:
        """Take what is due at ``step``; whether it did (the resident figure moved)."""
        if self.tracemalloc_from is not None and step == self.tracemalloc_from:
            tracemalloc.start(8)
            print(f"CENSUS step={step} tracemalloc started", file=out, flush=True)
        if step in self.steps:
            self.take(step, out, rss)
            return True
        return False

    def take(self, step: int, out: Any, rss: float) -> None:
        garbage = gc.collect()
        # The app freezes what is alive at times (ui/kit/pane_release.py): frozen objects are
        # not listed, and a frozen cycle that dies is never collected. Thawed here, what the
        # freeze kept dead is counted (saved, then freed), and what is alive listed; then
        # frozen again, as the app would (what is alive now is kept frozen: a census run
        # measures nothing else).
        frozen = gc.get_freeze_count()
        gc.unfreeze()
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        gc.set_debug(0)
        dead_frozen = Counter(type_name(obj) for obj in gc.garbage)
        gc.garbage.clear()
        gc.collect()
        ours = {id(self.first_ids), id(self.first_counts), id(self.__dict__)}
        objects = [obj for obj in gc.get_objects() if id(obj) not in ours]
        ours.add(id(objects))
        counts: Counter[str] = Counter()
        sizes: Counter[str] = Counter()
        tracked_ids: set[int] = set()
        owner_dicts: dict[int, object] = {}
        for obj in objects:
            if id(obj) in ours:
                continue
            tracked_ids.add(id(obj))
            name = type_name(obj)
            counts[name] += 1
            try:  # a proxy's __sizeof__ or __getattr__ may raise (a model class's did)
                sizes[name] += sys.getsizeof(obj)
                inner = None if isinstance(obj, type) else object.__getattribute__(obj, "__dict__")
            except Exception:
                inner = None
            if isinstance(inner, dict):
                owner_dicts[id(inner)] = obj
        # What the tracked objects hold that the collector does not track (str, int, bytes..).
        untracked: dict[int, object] = {}
        for start in range(0, len(objects), 10_000):
            for ref in gc.get_referents(*objects[start : start + 10_000]):
                if not gc.is_tracked(ref) and id(ref) not in untracked:
                    untracked[id(ref)] = ref
        for ref in untracked.values():
            name = "untracked " + type_name(ref)
            counts[name] += 1
            sizes[name] += sys.getsizeof(ref, 0)
        del untracked
        record: dict[str, Any] = {
            "step": step,
            "rss_mb": rss,
            "blocks": sys.getallocatedblocks(),
            "tracked": len(tracked_ids),
            "types": {name: [n, sizes[name]] for name, n in counts.most_common()},
        }
        if self.first_ids is None:
            self.first_ids = tracked_ids
            self.first_counts = counts
        else:
            record["growth"] = [
                [name, n - self.first_counts.get(name, 0), n]
                for name, n in counts.most_common()
                if n - self.first_counts.get(name, 0) > 0
            ]
            record["growth"].sort(key=lambda row: -row[1])
            record["growth"] = record["growth"][: TOP * 2]
            record["new"], record["holders"] = self._new_objects(objects, ours, owner_dicts)
            record["retained_by"] = self.retained_by(objects, ours, owner_dicts)
        if tracemalloc.is_tracing():
            record["tracemalloc"] = _traced_lines()
        record["held_in"] = _held_in(objects, owner_dicts)
        record["lru_caches"] = _lru_caches(objects)
        record["modules"] = sorted(sys.modules)
        record["compiled_sql"] = _compiled_sql(objects)
        record["garbage_at_collection"] = garbage
        record["frozen"] = frozen
        record["dead_frozen"] = sum(dead_frozen.values())
        record["dead_frozen_types"] = dead_frozen.most_common(TOP)
        del objects
        gc.freeze()
        path = Path(f"{self.prefix}-{step}.json")
        path.write_text(json.dumps(record, indent=1), encoding="utf-8")
        growth = record.get("growth", [])[:8]
        print(
            f"CENSUS step={step} tracked={len(tracked_ids)} frozen={frozen} "
            f"dead_frozen={record['dead_frozen']} "
            f"blocks={record['blocks']} file={path.name} top_growth={growth}",
            file=out,
            flush=True,
        )

    def _new_objects(
        self, objects: list[Any], ours: set[int], owner_dicts: dict[int, object]
    ) -> tuple[list[list[Any]], dict[str, list[list[str]]]]:
        first = self.first_ids or set()
        new_by_type: dict[str, list[object]] = {}
        for obj in objects:
            if id(obj) in ours or id(obj) in first:
                continue
            new_by_type.setdefault(type_name(obj), []).append(obj)
        ranked = sorted(new_by_type.items(), key=lambda item: -len(item[1]))
        new = [[name, len(found)] for name, found in ranked[:TOP]]
        holders: dict[str, list[list[str]]] = {}
        skip = {id(objects), id(new_by_type), id(ranked), id(owner_dicts)} | ours
        skip |= {id(found) for found in new_by_type.values()}
        for name, found in ranked[:HOLDER_TYPES]:
            step = max(1, len(found) // SAMPLES)
            chains = []
            samples = found[::step][:SAMPLES]
            for index in range(len(samples)):
                chains.append(_chain(samples[index], skip | {id(found), id(samples)}, owner_dicts))
            holders[name] = chains
        return new, holders

    def retained_by(
        self, objects: list[Any], ours: set[int], owner_dicts: dict[int, object]
    ) -> list[list[Any]]:
        """The old objects (alive at the first census) that hold the new ones: each new
        object is climbed, through the first new object found to refer to it, up to an old
        one; counted by that old object's description and the key it holds them under."""
        first = self.first_ids or set()
        new_ids = {id(obj) for obj in objects if id(obj) not in first and id(obj) not in ours}
        parent: dict[int, object] = {}
        for obj in objects:
            if id(obj) in ours:
                continue
            for ref in gc.get_referents(obj):
                if id(ref) in new_ids and id(ref) not in parent:
                    parent[id(ref)] = obj
        roots: Counter[str] = Counter()
        for obj in objects:
            if id(obj) not in new_ids:
                continue
            current: object = obj
            for _ in range(40):
                holder = parent.get(id(current))
                if holder is None:
                    roots["(held by nothing tracked: a root or a frame)"] += 1
                    break
                if id(holder) not in new_ids:
                    owner = owner_dicts.get(id(holder))
                    where = _describe(owner if owner is not None else holder, owner_dicts)
                    if owner is not None:
                        where += _key_in(holder, current)
                    roots[where] += 1
                    break
                current = holder
            else:
                roots["(a chain of 40 new objects)"] += 1
        return [[where, n] for where, n in roots.most_common(TOP)]


def _chain(obj: object, skip: set[int], owner_dicts: dict[int, object]) -> list[str]:
    """Who holds ``obj``, three deep: the first referrer at each level that is not a frame
    or the census's own list."""
    chain = [_describe(obj, owner_dicts)]
    current = obj
    for _ in range(4):
        referrers_of = gc.get_referrers(current)
        referrers = [
            ref
            for ref in referrers_of
            if id(ref) not in skip
            and id(ref) != id(referrers_of)
            and not isinstance(ref, (types.FrameType, _ListIterator))
        ]
        if not referrers:
            chain.append("(no holder)")
            break
        holder = referrers[0]
        chain.append(f"{_describe(holder, owner_dicts)}{_key_in(holder, current)}")
        # A __dict__'s owner is the interesting holder: go on from the object itself.
        current = owner_dicts.get(id(holder), holder)
        if len(referrers) > 1:
            chain[-1] += f" (+{len(referrers) - 1} more)"
        del referrers, referrers_of, holder  # not to be met as holders one level up
    return chain


_PLAIN = (dict, str, tuple, list, set, frozenset, bytes, int, float)


def _held_in(objects: list[Any], owner_dicts: dict[int, object]) -> list[list[Any]]:
    """Plain objects (dicts, strings, tuples, lists...) counted by what holds them: the
    first object found to refer to each, named by type (a ``__dict__`` by its owner's type
    and attribute). Diffed between two censuses, it says where the plain objects went."""
    parent: dict[int, object] = {}
    for obj in objects:
        for ref in gc.get_referents(obj):
            if isinstance(ref, _PLAIN) and id(ref) not in parent:
                parent[id(ref)] = obj
    counts: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    seen: set[int] = set()
    for obj in objects:
        for ref in gc.get_referents(obj):
            if not isinstance(ref, _PLAIN) or id(ref) in seen:
                continue
            seen.add(id(ref))
            holder = parent[id(ref)]
            owner = owner_dicts.get(id(holder))
            if owner is not None:
                where = f"{type_name(owner)}{_key_in(holder, ref)}"
            elif isinstance(holder, _PLAIN) and id(holder) in parent:
                above = parent[id(holder)]
                above_owner = owner_dicts.get(id(above))
                where = (
                    type_name(holder)
                    + " in "
                    + (
                        f"{type_name(above_owner)}{_key_in(above, holder)}"
                        if above_owner is not None
                        else type_name(above)
                    )
                )
            else:
                where = _describe(holder, owner_dicts).split("(len=")[0]
            label = f"{type_name(ref)} in {where}"
            counts[label] += 1
            sizes[label] += sys.getsizeof(ref, 0)
    return [[label, n, sizes[label]] for label, n in counts.most_common(400)]


def _lru_caches(objects: list[Any]) -> list[list[Any]]:
    """Every ``functools.lru_cache`` alive: its entries and its cap (bounded caches filling
    towards their caps grow with the walk, then stop)."""
    rows = []
    for obj in objects:
        if isinstance(obj, functools._lru_cache_wrapper):
            info = obj.cache_info()
            if info.currsize:
                name = f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"
                rows.append([name, info.currsize, info.maxsize])
    rows.sort(key=lambda row: -row[1])
    return rows


def _compiled_sql(objects: list[Any]) -> list[list[Any]]:
    """SQLAlchemy's caches of compiled statements (an engine's, capped at 500 entries, pruned
    at 750): how many each has, and the statements' first words."""
    caches = []
    for obj in objects:
        if type(obj).__name__ not in ("Engine", "OptionEngine"):
            continue
        cache = obj.__dict__.get("_compiled_cache")
        if cache is not None:
            if any(cache is seen for seen, _ in caches):
                continue
            texts = [str(getattr(value, "string", value))[:160] for value in list(cache.values())]
            caches.append((cache, [type(obj).__name__, len(cache), texts]))
    return [row for _, row in caches]


def _traced_lines() -> list[list[Any]]:
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [
            tracemalloc.Filter(False, tracemalloc.__file__),
            tracemalloc.Filter(False, __file__),
        ]
    )
    rows = []
    for stat in snapshot.statistics("traceback")[:40]:
        frames = [
            f"{frame.filename.split('site-packages/')[-1]}:{frame.lineno}"
            for frame in stat.traceback
        ]
        rows.append([stat.size, stat.count, frames])
    return rows
