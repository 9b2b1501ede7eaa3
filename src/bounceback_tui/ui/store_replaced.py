"""The note a window shows when another window or a command replaced its whole store, or
when its store file was replaced (moved over, moved away, deleted) outside the app; and the
one saying it opened a read-only store. Each names the store's path as a toast names a file
(kit/toast_path.py, ``width`` the screen's): a store in a deep folder was folded across two
lines at 80 columns ("…/bounceback-tui/bounc" then "eback.sqlite3)")."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content

from bounceback_tui.domain.text import clip_name
from bounceback_tui.services.replaced_file import TakenUp
from bounceback_tui.services.store_replaced import Replacement
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.toast_path import toast_path

# Short: a note taller than a 40x15 terminal lost its first lines (a stranger's walk).
_KEPT = " The store as it was is in the backups folder."


def replaced_note(found: Replacement) -> Content:
    """What replaced the store, and what the window shows now. The file's name whole (a
    backup's is longer than a toast's usual cut), on one line and shown as it is."""
    source = clip_name(found.source, 120)
    if found.how == "restore":
        said = markup_with(
            "Restored from the backup $source elsewhere: what you see is what it held.",
            source=source,
        )
    elif found.how == "import":
        said = markup_with(
            "Replaced by the import of $source elsewhere: what you see is what it held.",
            source=source,
        )
    else:
        said = plain("Filled with demo data elsewhere: what you see is the demo.")
    return said + plain(_KEPT)


_HAD = " The store as this window had it is in the backups folder."


def file_replaced_title(found: TakenUp) -> str:
    return "Store file gone" if found.gone else "Store replaced"


def read_only_note(path: Path, width: int) -> Content:
    """Said at launch on a store the person made read-only (or a folder that is)."""
    return markup_with(
        "This store is read-only ($path): you can look at everything, and nothing can be "
        "saved until the file and its folder are writable again.",
        path=toast_path(path, width, joined=3),  # "(" before it, "):" after
    )


def file_replaced_note(found: TakenUp, path: Path, width: int) -> Content:
    """What became of a store file replaced by hand under the window: the new file shown,
    one that cannot be used (its reason, as a launch says it), or none there yet."""
    if found.gone:
        said = markup_with(
            "The store file at $path was moved or deleted outside the app. Nothing is "
            "saved until it is back.",
            path=toast_path(path, width),
        )
    elif found.problem is not None:
        said = markup_with(
            "The store file was replaced outside the app, by one that cannot be used: "
            "$problem Nothing is saved until a store that can be used is there.",
            problem=found.problem.in_app,
        )
    else:
        said = plain("The store file was replaced outside the app: what you see is the new one.")
        if found.read_only:
            said += plain(" It is read-only: nothing can be saved until it is writable.")
    return said + plain(_HAD if found.kept is not None else "")


def file_back_note(path: Path, width: int) -> Content:
    return markup_with(
        "The store file this window opened is back at $path: saving works again.",
        path=toast_path(path, width),
    )


def log_removed_note(path: Path, width: int) -> Content:
    return markup_with(
        # Named as store/replaced_file.LOG_FILE names it in the refusals.
        "The store's log file (its latest saves, kept beside $path) was removed outside the "
        "app. Nothing is saved in this window: quit it and open the app again.",
        path=toast_path(path, width),
    )
