"""Lines at one company told apart on Today's due list, in whole words where they fit.

Two lines naming applications at one company (``DueItem.alike``, domain/due_alike.py) are cut
so that neither reads as the other: at 80x40 a plan read "☐ Lumen… (Eng…): Let…" beside "✉
Lumen Health (Data…)", and at 80x24 two plans at one company both read "☐ Lumen Health:
Let…". The names here are the ways ``kit.cells.clip_app_name`` cuts an application that no
other line's name could stand for; ui/today/text.py picks among them."""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len

from bounceback_tui.domain.due import DueItem
from bounceback_tui.domain.text import screen_line
from bounceback_tui.ui.kit.cells import app_name_cut, name_cuts_a_word, reads_as

# A name told apart from another line at its company in whole words keeps up to this much
# before how late it is gives way ("Riverstone… (…Engineer)").
APART_MOST_CELLS = 24


def apart_least(item: DueItem) -> int:
    """The cells of the fewest words that tell ``item``'s application apart from another line
    at its company, up to ``APART_MOST_CELLS`` (a company of one word 200 letters long is
    cut inside it, its day kept); 0 where there are none."""
    assert item.parts is not None
    apart = names_apart(*item.parts, item.alike, APART_MOST_CELLS)
    return cell_len(apart[-1]) if apart else 0


def names_apart(
    company: str, role: str, alike: tuple[str, ...], cells: int, words: bool = True
) -> list[str]:
    """The ways ``clip_app_name`` names an application in at most ``cells`` that no name in
    ``alike`` could stand for, longest first: with ``words``, each part cut at a word's end
    and the company's first word whole; without, any (a piece of a word reads better than
    two lines that read as one)."""
    return [name for name in _all_apart(company, role, alike, words) if cell_len(name) <= cells]


# The widest line a name is asked for: a terminal's width at the most (a company of 10,000
# characters was cut at each of its 10,000 widths).
WIDEST_LINE = 1_000


@lru_cache(maxsize=128)
def _all_apart(company: str, role: str, alike: tuple[str, ...], words: bool) -> tuple[str, ...]:
    """``names_apart`` in any number of cells: made once for a line's application."""
    names: set[str] = set()
    whole = cell_len(f"{screen_line(company)} ({screen_line(role)})")
    for width in range(1, min(whole, WIDEST_LINE) + 1):  # no line is wider than a terminal
        name = app_name_cut(company, role, width, alike, fill=True)  # each width tried here
        if (
            name.endswith(")")  # the company alone stands for any of them
            and not any(reads_as(name, other) for other in alike)
            and not (words and name_cuts_a_word(name, company, role))
            and not (words and first_word_cut(name, company))
        ):
            names.add(name)
    return tuple(sorted(names, key=lambda name: (-cell_len(name), name)))


def first_word_cut(name: str, company: str) -> bool:
    """Whether ``name`` (a plan's company, cut, with or without its role) keeps only a piece
    of the company's first word ("Riv…")."""
    head = name.split("…", 1)[0]
    first = screen_line(company).split(" ", 1)[0]
    return "…" in name and " " not in head and cell_len(head) < cell_len(first)
