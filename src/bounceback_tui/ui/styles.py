"""Find the stylesheets whether installed from a wheel or from the source tree.

The wheel carries the top-level ``styles/`` folder as ``bounceback_tui/styles``
(hatchling force-include). An editable install does not, so we fall back to the
repository's ``styles/`` next to ``src/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
BASE_STYLESHEET = "app.tcss"


def styles_dir() -> Path:
    for candidate in (_PACKAGE / "styles", _PACKAGE.parent.parent / "styles"):
        if (candidate / BASE_STYLESHEET).is_file():
            return candidate
    raise FileNotFoundError(
        "bounceback-tui cannot find its stylesheets; reinstall the package "
        f"(looked in {_PACKAGE / 'styles'} and {_PACKAGE.parent.parent / 'styles'})."
    )


# What the first screen (Today) needs: the base only (Today's board and top line style
# themselves), and of the base only the rules the first screen uses (the tab bar's panes);
# the shared rules it does without (cards, pane headers, empty states) are app_later.tcss,
# read first of the rest. The rest is read just after it is painted: parsing every
# stylesheet up front would cost the first paint about 20 ms, and each rule set about 0.8
# million instructions (parsed, then matched against every widget).
FIRST_PAINT_STYLESHEETS = (BASE_STYLESHEET,)


def stylesheet_paths() -> list[Path]:
    """The base stylesheet first, then one per pane or screen, in name order (app_later.tcss,
    the rest of the base, comes first of those, as its rules did in app.tcss)."""
    folder = styles_dir()
    rest = sorted(p for p in folder.glob("*.tcss") if p.name != BASE_STYLESHEET)
    return [folder / BASE_STYLESHEET, *rest]


def first_paint_paths() -> list[Path]:
    folder = styles_dir()
    return [folder / name for name in FIRST_PAINT_STYLESHEETS]


def later_paths() -> list[Path]:
    """Every stylesheet the first paint did not need, in the usual order."""
    return [p for p in stylesheet_paths() if p.name not in FIRST_PAINT_STYLESHEETS]
