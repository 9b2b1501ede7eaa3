"""Shared fixtures. Every test runs against a temporary data folder and a frozen clock.

The autouse ``isolated_environment`` fixture points HOME, the XDG folders and
the BOUNCEBACK_* variables at a temporary directory, so no test can read or
write the person's real store or settings.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

# The app draws in truecolor in every test, whatever TERM the run has: in 16 colours
# (TERM=xterm) it moves some text colours (kit/theme_looks.sixteen_colour_variables), and a
# snapshot must not depend on the terminal the tests were started from. The variable is for
# the processes tests start; Textual read it into textual.constants when a plugin
# (pytest-textual-snapshot) first imported it, before this file, so the constant is set
# too: an app reads it as it is made (`-n 0` drew the snapshots in 16 colours under
# TERM=xterm while the workers of `-n 2`, started after this file, did not).
os.environ["TEXTUAL_COLOR_SYSTEM"] = "truecolor"

import textual.constants

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths, resolve_paths
from tests.pilot_waits import wait_only_for_busy_nodes
from tests.worker_caches import (
    count_parameters_by_code,
    hash_rule_sets_in_c,
    match_queries_on_the_last_selector_first,
    read_reactives_directly,
    reject_on_the_last_selector_first,
    share_parsed_css,
    share_parsed_styles,
    tint_each_style_once,
)

textual.constants.COLOR_SYSTEM = "truecolor"  # type: ignore[misc]  # see TEXTUAL_COLOR_SYSTEM above

# A worker's start (docs/testing.md, "The twenty-first round"). Every xdist worker imports
# every test module to collect the tests; the objects that makes all live to the end, so the
# collector's own schedule (a young collection every 700 allocations, a full one whenever a
# quarter more has reached the oldest generation) walked the growing heap again and again
# (nine full collections, about half a second of each worker's start). Young collections are
# as rare as they are between tests (below) from the moment this file is read; the first
# test's setup collects once, as before.
YOUNG_THRESHOLD = 100_000
gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def leave_hypothesis_unrewritten() -> None:
    """pytest rewrites the asserts of every module of a package that provides a plugin, for
    its messages: Hypothesis' 73 modules, in every worker and in the controller, about 0.5 s
    of CPU each time (docs/testing.md, "The twenty-first round"). The suite's tests and
    conftest are rewritten as before; Hypothesis' own asserts (its internal checks) raise as
    they always do, with a plain message. It reads two private attributes of pytest's import
    hook: an upgrade that renames them fails the suite at its start, not silently."""
    from _pytest.assertion.rewrite import AssertionRewritingHook

    if "hypothesis" in sys.modules:
        return  # already imported (and rewritten): nothing to save
    for finder in sys.meta_path:
        if isinstance(finder, AssertionRewritingHook):
            finder._must_rewrite.discard("hypothesis")
            finder._marked_for_rewrite_cache.clear()


leave_hypothesis_unrewritten()


def no_deadlines() -> None:
    """A property's examples have no deadline: what they check is not their speed, and on a
    loaded machine an example waiting 200 ms for the CPU failed one (test_store_funnel_summary,
    twice in the twenty-first round). Hypothesis is imported here, after the line above."""
    from hypothesis import settings

    settings.register_profile("bounceback", deadline=None)
    settings.load_profile("bounceback")


no_deadlines()

# A Monday, so "this week" figures are easy to check by hand.
FIXED_NOW = datetime(2026, 3, 16, 9, 30)
FIXED_TODAY: date = FIXED_NOW.date()
# The person's zone in every test (two weeks before its clocks go forward, on 29 March).
FIXED_ZONE = "Europe/London"

# Tests that take tens of seconds alone (besides those marked slow), and how long each took
# (its wall seconds in a whole run with the per-test plugin, 2026-12-04 20:11, at a load of
# about 6: weights, not promises): the monkey's two walks (meant to run side by side), mypy
# over the tree, the hostile corpus through every dialog, the longest Pilot walks. Tests
# marked slow that are not listed weigh SLOW_SECONDS. A name that no longer matches is
# harmless.
LONG_TESTS: dict[str, float] = {
    "tests/test_monkey.py::test_a_walk_through_half_a_": 94,
    "tests/test_monkey.py::test_a_walk_through_half_b_": 76,
    "tests/test_hostile_screens.py::test_recovery_": 37,
    "tests/test_types.py::test_mypy_passes": 36,
    "tests/test_hostile_screens.py::test_pipeline_dialogs_": 35,
    "tests/test_benchmarks_smoke.py::test_benchmark_smoke_run_produces_every_figure": 34,
    "tests/test_sdist.py::test_tests_that_need_ci_and_benchmarks_run_from_the_sdist": 20,
    "tests/test_wheel.py::test_wheel_installs_and_launches": 15,
    "tests/test_monkey_quit.py::test_the_walk_that_ended_in_a_feeling_without_a_rating_quits": 13,
    "tests/test_care_insights_ui.py::test_belief_is_asked_at_both_ends_and_a_card_": 12,
    "tests/test_hostile_screens.py::test_pipeline_detail_": 11,
    "tests/test_steady_memory_lazy.py::test_every_pane_shown_leaves_the_matcher_out_": 11,
    "tests/test_pipeline_filter_repaint.py::test_the_screen_after_each_keystroke_is_what_": 9,
    "tests/test_properties_input.py::test_json_import_gives_a_clear_error_": 9,
    "tests/test_reframe_pane.py::test_the_whole_exercise_ends_on_a_summary": 9,
    "tests/test_two_windows.py::test_a_restore_under_an_open_form_is_not_overwritten": 8,
    "tests/test_hostile_screens.py::test_reframe_": 8,
    "tests/test_pane_release.py::test_a_closed_dialogs_text_areas_are_let_go": 8,
    "tests/test_reframe_model.py::test_cut_offs_decide_between_quiet_a_guess_and_several": 8,
    "tests/test_app.py::test_switching_panes_and_closing_dialogs_freezes_nothing_more": 6,
    "tests/test_two_windows.py::test_a_stale_form_keeps_a_rejection_made_in_another_window": 2,
}
SLOW_SECONDS = 3.0


def _weight(item: pytest.Item) -> float | None:
    """The seconds ``item`` is expected to take if it is a long test, else None."""
    for prefix, seconds in LONG_TESTS.items():
        if item.nodeid.startswith(prefix):
            return seconds
    return SLOW_SECONDS if item.get_closest_marker("slow") is not None else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start the long tests first, longest first, shared out by their weight, instead of
    wherever their file sorts.

    pytest-xdist's worksteal scheduler gives each worker one contiguous slice of this order
    and lets idle workers take the not-yet-started tail of a busy one. Left in file order, the
    wheel, the sdist and mypy came last (test_t*, test_w*) and ran alone while the other
    workers had nothing left. Here each slice starts with its share of the long tests: the
    longest goes to the slice with the least long work so far (the monkey's two walks head
    two slices), so no long test starts behind another that takes as long. The rest keep
    their order. Nothing is added, dropped or skipped: only the order changes."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    weights = {item.nodeid: _weight(item) for item in items}
    long = [item for item in items if weights[item.nodeid] is not None]
    if workers < 2 or not long:
        return
    long.sort(key=lambda item: -(weights[item.nodeid] or 0.0))  # stable: ties in file order
    shares: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for item in long:
        least = loads.index(min(loads))
        shares[least].append(item)
        loads[least] += weights[item.nodeid] or 0.0
    rest = [item for item in items if weights[item.nodeid] is None]
    ordered: list[pytest.Item] = []
    pending = len(items)
    for worker in range(workers):
        # The scheduler's first slices: len(pending) // workers left, worker by worker.
        size = pending // (workers - worker)
        pending -= size
        mine = shares[worker]
        ordered += mine
        take = max(size - len(mine), 0)
        ordered += rest[:take]
        del rest[:take]
    ordered += rest
    assert len(ordered) == len(items)
    items[:] = ordered


# Bytecode (docs/testing.md, "Bytecode"). Every xdist worker imports the app and the test
# modules; without bytecode on disk each compiles them again (and pytest rewrites every test
# module's asserts again): about 5 s of CPU per worker. The controller writes it once, before
# the workers start, where Python and pytest look for it: the app's modules and the tests'
# helpers as Python compiles them, the test modules and conftest as pytest rewrites them.
# It is written even where PYTHONDONTWRITEBYTECODE is set (this is the suite's own cache,
# in __pycache__ folders git ignores); a file changed later is compiled again on import.
TESTS = Path(__file__).resolve().parent
SOURCE = TESTS.parent / "src" / "bounceback_tui"


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return  # a worker, or no workers: each module is compiled once anyway
    compile_for_the_workers(config)


def compile_for_the_workers(config: pytest.Config) -> None:
    import compileall
    import fnmatch

    from _pytest.assertion.rewrite import (
        PYC_TAIL,
        _rewrite_test,
        _write_pyc_fp,
        get_cache_dir,
    )

    compileall.compile_dir(SOURCE, quiet=1)
    patterns = config.getini("python_files")
    for path in sorted(TESTS.glob("*.py")):
        rewritten = path.name == "conftest.py" or any(
            fnmatch.fnmatch(path.name, pattern) for pattern in patterns
        )
        if not rewritten:
            compileall.compile_file(path, quiet=1)
            continue
        cache = get_cache_dir(path)
        cache.mkdir(exist_ok=True)
        if rewritten_pyc_is_current(path, cache / f"{path.stem}{PYC_TAIL}"):
            continue  # what a worker's import would read (a warm tree: about 3.5 s)
        stat, code = _rewrite_test(path, config)
        partial = cache / f"{path.stem}{PYC_TAIL}.{os.getpid()}"
        with open(partial, "wb") as out:
            _write_pyc_fp(out, stat, code)
        partial.replace(cache / f"{path.stem}{PYC_TAIL}")


def rewritten_pyc_is_current(source: Path, pyc: Path) -> bool:
    """Whether ``pyc`` is the rewritten bytecode pytest would read for ``source``: its header
    holds this Python's magic number, no flags, and the source's modification time and size,
    as pytest's ``_read_pyc`` checks before it uses one (a pyc damaged past its header is
    found there, and that worker rewrites the module itself)."""
    import importlib.util

    try:
        stat = source.stat()
        with open(pyc, "rb") as file:
            header = file.read(16)
    except OSError:
        return False
    return header == (
        importlib.util.MAGIC_NUMBER
        + b"\x00\x00\x00\x00"
        + (int(stat.st_mtime) & 0xFFFFFFFF).to_bytes(4, "little")
        + (stat.st_size & 0xFFFFFFFF).to_bytes(4, "little")
    )


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BOUNCEBACK_CONFIG_DIR", str(tmp_path / "config"))
    clock.freeze(FIXED_NOW, tz=FIXED_ZONE)
    yield home
    clock.freeze(None)


# The garbage collector between tests (docs/testing.md, "Garbage collection"). A UI test
# leaves its app behind as cyclic garbage, and Textual's caches keep what it drew; left to
# the collector's own schedule, full collections walked every module, cache and earlier
# app over and over (about a quarter of a worker's CPU). Instead, before each test: one
# collection (the previous test's garbage) and everything still alive is frozen, so the
# test's own collections only walk what the test makes. Young collections run less often
# (every 100,000 allocations, not 700: objects that live a few thousand allocations, such
# as a frame's strips, no longer reach the older generations).
# Every RESET_EVERY tests everything is unfrozen and collected once, so nothing that died
# while frozen is held for the whole run.
RESET_EVERY = 200
_gc_state = {"tests": 0, "app_froze": False}


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    share_parsed_css()
    share_parsed_styles()
    count_parameters_by_code()
    hash_rule_sets_in_c()
    read_reactives_directly()
    reject_on_the_last_selector_first()
    match_queries_on_the_last_selector_first()
    tint_each_style_once()
    idle_in_short_windows()
    wait_only_for_busy_nodes()  # tests/pilot_waits.py: parked nodes are not woken


# Pilot's idle wait (docs/testing.md, "Pilot's idle wait"). Textual's wait_for_idle, after
# every key and pause, sleeps in 20 ms windows until one passes with under 1 ms of the
# process's CPU: at least 20 ms each, twice a key, about half of a worker's time. Here the
# windows are 5 ms (the same 1:20 ratio), and the app is not idle while what a 20 ms window
# always outlasted is still to come: a one-shot timer due within SOON_TIMER (the Pipeline's
# detail after 50 ms, the key bar after 150 ms), or the screen's next update (a layout, a
# repaint, or callbacks waiting for it: call_after_refresh), which comes every 1/60 s.
# Longer timers (a toast's life) are not waited for, as before. Once the app has stopped (a
# test pressed its Quit) neither will come: its last screen keeps its pending update for good
# (Textual stops drawing as it shuts down), which held every later wait to its 1 s limit.
IDLE_WINDOW = 0.005
SOON_TIMER = 0.2


def idle_in_short_windows() -> None:
    import asyncio
    import time
    import weakref

    import textual.app
    import textual.pilot
    from textual.timer import Timer

    soon: weakref.WeakSet[Timer] = weakref.WeakSet()
    start = Timer._start

    def start_and_note(timer: Timer) -> None:
        start(timer)
        if timer._repeat == 0 and timer._interval <= SOON_TIMER:
            soon.add(timer)

    def timer_due() -> bool:
        return any(t._task is not None and not t._task.done() for t in list(soon))

    def stopped() -> bool:
        from textual._context import active_app

        app = active_app.get(None)
        return app is not None and not app.is_running

    def update_due() -> bool:
        from textual._context import active_app

        app = active_app.get(None)
        if app is None or not app.screen_stack:
            return False
        screen = app.screen_stack[-1]
        return bool(
            screen._callbacks
            or screen._layout_required
            or screen._scroll_required
            or screen._repaint_required
            or screen._recompose_required
            or screen._dirty_widgets
        )

    async def wait_for_idle(min_sleep: float = 0.02, max_sleep: float = 1) -> None:
        began = time.monotonic()
        while True:
            cpu = time.process_time()
            await asyncio.sleep(IDLE_WINDOW)
            busy = time.process_time() - cpu
            waited = time.monotonic() - began
            if waited >= max_sleep:
                break
            quiet = busy < IDLE_WINDOW / 20
            if waited > min_sleep and quiet and (stopped() or not (timer_due() or update_due())):
                break

    Timer._start = start_and_note  # type: ignore[method-assign]
    textual.pilot.wait_for_idle = wait_for_idle  # type: ignore[assignment]
    textual.app.wait_for_idle = wait_for_idle  # type: ignore[assignment]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _gc_state["tests"] += 1
    if _gc_state["app_froze"] or _gc_state["tests"] % RESET_EVERY == 0:
        gc.unfreeze()
        _gc_state["app_froze"] = False
    gc.enable()  # Textual pauses the collector during a scroll; a test may end in one
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def app_freeze_only_where_tested(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app freezes everything alive once a pane is built (``ui.app.freeze_long_lived``):
    right for one long session, but in a test process it would freeze each test's app and
    its garbage. Tests keep the collector as ``pytest_runtest_setup`` left it, except those
    marked ``app_gc_freeze``, which check the app's freezing itself (the next test's setup
    unfreezes what they froze)."""
    from bounceback_tui.ui import app

    if request.node.get_closest_marker("app_gc_freeze") is not None:
        _gc_state["app_froze"] = True
    else:
        monkeypatch.setattr(app, "freeze_long_lived", gc.enable)


# The Pipeline redraws its key bar once the cursor rests for KEYS_SETTLE_SECONDS (0.15 s), so
# a held arrow key does not redraw it on every line. Pilot's press waits for that timer after
# every cursor key (SOON_TIMER above): keys pressed one at a time meet the same bar either way,
# 0.15 s later. There it is 0.01 s (docs/testing.md, "The key bar's settle"). Files that post
# keys in bursts (``post_burst``: what a held or typed-ahead key meets) keep the app's own.
TEST_KEYS_SETTLE = 0.01


@pytest.fixture(autouse=True)
def keys_settle_short_for_keys_one_at_a_time(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if getattr(request.module, "post_burst", None) is not None:
        return
    from bounceback_tui.ui.pipeline import listing

    monkeypatch.setattr(listing, "KEYS_SETTLE_SECONDS", TEST_KEYS_SETTLE)


@pytest.fixture(autouse=True)
def no_idle_check_in_snapshots(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot is a picture of one moment. The app's idle check (``ui.app.WATCH_SECONDS``)
    re-reads the pane whenever the store changed, at a time set by how busy the machine is,
    so a picture taken across one would depend on the machine. Snapshot tests run without
    it; tests/test_two_windows.py tests it."""
    if "snap_compare" in request.fixturenames:
        monkeypatch.setattr("bounceback_tui.ui.app.WATCH_SECONDS", 3600.0)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """Paths inside this test's temporary data folder (nothing created yet)."""
    return resolve_paths(tmp_path / "data")


@pytest.fixture(scope="session")
def empty_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty store made by ``open_store`` (created, migrated, WAL on), once per worker.

    About 1,000 tests start from an empty store; migrating each one cost about 40 ms of CPU
    and 0.15 s of fsync. ``tests/test_store.py`` checks that a copy is the store
    ``open_store`` makes."""
    from bounceback_tui.store.sqlite_file import open_store
    from tests.built_stores import note_empty_store

    paths = resolve_paths(tmp_path_factory.mktemp("template") / "data")
    open_store(paths)
    # Closed cleanly, the file holds everything: no journal to copy with it.
    assert not Path(f"{paths.database}-wal").exists()
    note_empty_store(paths.database)  # tests/built_stores.py builds only on this
    return paths.database


def copy_store(template: Path, paths: DataPaths) -> None:
    """Put a copy of ``template`` where ``paths`` keeps its store, with the modes the app
    gives them (folder 0700, file 0600 from the start)."""
    from bounceback_tui.paths import create_private_file

    paths.ensure_data_dir()
    create_private_file(paths.database)
    shutil.copyfile(template, paths.database)


@pytest.fixture
def opened_paths(data_paths: DataPaths, empty_store_template: Path) -> DataPaths:
    """A freshly created, fully migrated, empty store (a copy of the worker's template)."""
    copy_store(empty_store_template, data_paths)
    return data_paths


@pytest.fixture
def db(opened_paths: DataPaths) -> Iterator[object]:
    from bounceback_tui.store.database import Database

    database = Database(opened_paths.database)
    yield database
    database.dispose()


@pytest.fixture
def snap_compare(snap_compare):  # type: ignore[no-untyped-def]
    """pytest-textual-snapshot's snap_compare, taking the picture only once the app is quiet
    (tests/quiet.py): every worker done and every one-shot timer fired after the keys, so a
    loaded machine cannot catch a pane half-drawn."""
    import inspect

    from tests.quiet import until_quiet

    def compare(app, press=(), terminal_size=(80, 24), run_before=None, **options):  # type: ignore[no-untyped-def]
        async def before(pilot) -> None:  # type: ignore[no-untyped-def]
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result
            await pilot.pause()
            await pilot.press(*press)
            await until_quiet(pilot)

        return snap_compare(app, terminal_size=terminal_size, run_before=before, **options)

    return compare
