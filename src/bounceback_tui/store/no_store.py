"""What is said when there is no store to read: why, when something other than a store has
its name or its folder's, as the command line and the app's launch say it."""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.paths import wrong_kind


def no_store_message(path: Path) -> str:
    """Why there is no store at ``path``: its folder is not one (`--data-dir notes.txt`), or
    something else has its name (a folder, a pipe, a link to nothing or to /dev/zero: "There
    is no bounceback-tui store" was said of them, even by `demo`), or nothing is there."""
    if wrong := wrong_kind(path.parent, "folder"):
        return f"{wrong}. Choose a folder with --data-dir."
    if wrong := wrong_kind(path, "file"):
        return (
            f"{wrong}, so no store can be read or made there. Nothing was changed; move it "
            "out of the way, or choose another folder with --data-dir."
        )
    return (
        f"There is no bounceback-tui store at {path}. `bounceback-tui paths` shows where "
        "the store is looked for; --data-dir points at another folder."
    )
