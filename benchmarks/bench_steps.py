"""The pane-specific keystroke scenarios (kept apart so they follow the panes' keys)."""

from __future__ import annotations


async def filter_samples(app, pilot, runs, timed):  # type: ignore[no-untyped-def]
    """Typing into the Pipeline filter, one character at a time."""
    await pilot.press("2")
    await pilot.pause()
    if "pipeline.filter" not in {b.id for _, b in app.current_pane._bindings}:
        return []
    await pilot.press("slash")
    await pilot.pause()
    samples = []
    for index in range(runs):
        samples.append(await timed(pilot, "abcdefghij"[index % 10]))
        if index % 5 == 4:
            for _ in range(5):
                await pilot.press("backspace")
            await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()
    return samples


async def tick_samples(app, pilot, runs, timed):  # type: ignore[no-untyped-def]
    return []


async def rejected_samples(app, pilot, runs, timed):  # type: ignore[no-untyped-def]
    return []
