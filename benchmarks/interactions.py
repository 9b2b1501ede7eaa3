"""Keystroke timings, run inside the benchmark venv: `python interactions.py STORE RUNS`.

Prints one JSON line. Each timing runs from handing the key to the app until every
widget has processed the messages it caused and the screen has been re-rendered.
Pilot's own press() waits for the CPU to go idle in 20 ms steps, which would
swamp what we measure, so the key is sent directly and completion is detected
with callbacks (no sleeps).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def summary(samples: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in samples]
    return {"median_ms": statistics.median(ms), "max_ms": max(ms), "n": len(ms)}


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Until the screen's widgets have handled everything, including messages that
    handling posted (a keystroke in an Input posts Changed, which the pane handles)."""
    for _ in range(4):
        await pilot._wait_for_screen()
        await asyncio.sleep(0)


async def timed(pilot, key: str) -> float:  # type: ignore[no-untyped-def]
    from textual import events

    app = pilot.app
    start = time.perf_counter()
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)
    await settle(pilot)
    app.screen._on_timer_update()
    return time.perf_counter() - start


async def bare(runs: int) -> dict[str, float]:
    from bare_app import BareApp

    app = BareApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return summary([await timed(pilot, "space") for _ in range(runs)])


async def app_keys(store: Path, runs: int) -> dict[str, dict[str, float]]:
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.ui.app import BouncebackApp

    app = BouncebackApp(resolve_paths(store))
    out: dict[str, dict[str, float]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        # Pane switches: alternate between two built panes.
        await pilot.press("2")
        await pilot.pause()
        out["pane_switch"] = summary(
            [await timed(pilot, key) for _ in range(runs // 2 + 1) for key in ("1", "2")]
        )
        await pilot.pause()
        from bench_steps import filter_samples, rejected_samples, tick_samples

        for name, steps in (
            ("filter_keystroke", filter_samples),
            ("tick_step", tick_samples),
            ("mark_rejected", rejected_samples),
        ):
            samples = await steps(app, pilot, runs, timed)
            if samples:
                out[name] = summary(samples)
    return out


def main() -> None:
    store, runs = Path(sys.argv[1]), int(sys.argv[2])
    figures = {"bare_keystroke": asyncio.run(bare(runs))}
    figures.update(asyncio.run(app_keys(store, runs)))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
