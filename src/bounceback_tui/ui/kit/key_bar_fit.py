"""Which of the key bar's keys are drawn at a width, and in which form (kit/key_bar.py).

The bar's items (a key, or a group of keys on one label) are tried in forms, each narrower
than the one before: every key as declared and the palette's; without the palette's; without
the generic keys (``GIVEN_UP_FIRST``: Quit); with the short labels their widgets declare in
``BAR_LABELS`` (keys sharing a short label share it, ``/ esc Filter``); without the gap after
each label; and last, when even that is too wide, without the pane's last keys (``cut``),
the ones in ``KEPT_FIRST`` (undo) kept before them and the way to all of them kept, saying
so (`? More`).
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from collections.abc import Iterator
from typing import NamedTuple

from rich.cells import cell_len


class KeyItem(NamedTuple):
    keys: tuple[str, ...]  # shown keys, e.g. ("[", "]") for a group
    press: str  # the key a click presses
    label: str
    enabled: bool
    actions: tuple[str, ...] = ()  # the action of each key
    short: str = ""  # the label when the bar is short of room ("" for the label itself)

    @property
    def action(self) -> str:
        return self.actions[0] if self.actions else ""

    @property
    def width(self) -> int:
        # " k " then "label " (see KeyBar.render).
        return cell_len(" ".join(self.keys)) + 2 + cell_len(self.label) + 1


class Layout(NamedTuple):
    """What the bar draws at a width: its items, whether each label loses its trailing
    gap (``compact``), and whether the palette's key has room on the right."""

    items: list[KeyItem]
    compact: bool = False
    palette: bool = True
    cut: bool = False  # the last form: it fits by leaving keys out

    def width(self) -> int:
        return sum(item.width for item in self.items) - (len(self.items) if self.compact else 0)


def shortened(items: list[KeyItem]) -> list[KeyItem]:
    """The items with their short labels; keys whose short labels are the same share one
    item, in the first one's place (``/ Filter`` and ``esc Clear filter`` make ``/ esc
    Filter``)."""
    out: list[KeyItem] = []
    at: dict[str, int] = {}
    for item in items:
        label = item.short or item.label
        if label in at:
            first = out[at[label]]
            out[at[label]] = first._replace(
                keys=(*first.keys, *item.keys),
                enabled=first.enabled or item.enabled,
                actions=(*first.actions, *item.actions),
            )
            continue
        at[label] = len(out)
        out.append(item._replace(label=label))
    return out


# Shown even when the pane's keys do not all fit: "?" lists the rest ("app.help": a modal
# screen's own `?`, kit/help_key.py).
ALWAYS_SHOWN = ("help", "app.help", "quit")
# The generic keys given up first, before the pane's own (they work anyway; `?` lists them).
GIVEN_UP_FIRST = ("quit",)
# Kept, in their place, before the pane's other keys when those do not all fit. Undo is on
# the bar only while there is something to undo (after a delete or a rejection): then it is
# the key that matters, and declared late it fell off the end at 80 columns. A full-size
# dialog's way out too: at 60x20 What's working and the answer bank lost "esc Close" and
# kept "e Role families" (the round's last stranger). A message's Mark as sent: at 40x15
# the bar kept Copy and Open in mail, and nothing said how to mark it sent.
KEPT_FIRST = ("undo", "close", "sent")


def fitting(seen: list[KeyItem], items: list[KeyItem], width: int, palette: int) -> Layout:
    """What is drawn at ``width``: ``items``, the keys shown, in the first form (``forms``)
    that fits every key in ``seen``, those shown since focus came where it is, so a key
    coming and going with the selection (People's `N`) changes no other key's label once it
    has been on the bar. (Should the shown keys not fit that form, the next that fits them.)
    ``palette``: the cells the palette's key takes on the right."""
    start = next(
        index for index, layout in enumerate(forms(seen, width)) if _fits(layout, width, palette)
    )
    for index, layout in enumerate(forms(items, width)):
        if index >= start and _fits(layout, width, palette):
            return layout
    raise AssertionError("the last form always fits")  # pragma: no cover


def _fits(layout: Layout, width: int, palette: int) -> bool:
    return layout.cut or layout.width() <= width - (palette if layout.palette else 0)


def forms(items: list[KeyItem], width: int) -> Iterator[Layout]:
    """The bar's forms, each narrower than the one before: every key as declared and
    the palette's; without the palette's; without the generic keys
    (``GIVEN_UP_FIRST``: Quit); with the short labels; without the gap after each
    label; and last, when even that is too wide, without the pane's last keys
    (``cut``)."""
    yield Layout(items)
    yield Layout(items, palette=False)
    own = [item for item in items if item.action not in GIVEN_UP_FIRST]
    yield Layout(own, palette=False)
    yield Layout(shortened(own), palette=False)
    yield Layout(shortened(own), compact=True, palette=False)
    yield Layout(cut(shortened(items), width), compact=True, palette=False, cut=True)


# The way to all the keys (`?`, as bound), said so when the bar leaves some out: at 50x20 the
# Pipeline's bar read "a Add e Edit v View [ ] Stage x Reject ? Keys", as if those were all,
# with Follow-up, Filter and the rest gone and nothing saying so.
MORE_KEYS = "More"


def cut(items: list[KeyItem], width: int) -> list[KeyItem]:
    """The items that fit whole (each one cell narrower, compact) when some must go:
    the pane's own keys go from the end, the ones in ``KEPT_FIRST`` (undo) last of
    them, and the way to all of them (`?`) stays, saying "More" when keys are left out."""
    more = [item._replace(label=MORE_KEYS) if _the_way_to_all(item) else item for item in items]
    chosen, kept_last = _chosen(more, width)
    if all(index in chosen for index, item in enumerate(items) if _own(item)):
        chosen, kept_last = _chosen(items, width)  # none left out: `?` says "Keys", as ever
        more = items
    return [more[index] for index in sorted(chosen)] + [more[index] for index in kept_last]


def _the_way_to_all(item: KeyItem) -> bool:
    return item.action in ALWAYS_SHOWN and item.action not in GIVEN_UP_FIRST


def _own(item: KeyItem) -> bool:
    """A key of the pane's own, which ``cut`` may leave out (not `?`, nor Quit)."""
    return item.action not in ALWAYS_SHOWN


def _chosen(items: list[KeyItem], width: int) -> tuple[set[int], list[int]]:
    """The places of the items ``cut`` keeps: the pane's first keys, those in ``KEPT_FIRST``
    before them; and of those drawn last, `?`."""

    def size(item: KeyItem) -> int:
        return item.width - 1

    kept_last = [
        index
        for index, item in enumerate(items)
        if _the_way_to_all(item) and size(item) <= width  # none on a terminal too narrow
    ]
    room = width - sum(size(items[index]) for index in kept_last)
    chosen: set[int] = set()
    for index, item in enumerate(items):
        if item.action in KEPT_FIRST and size(item) <= room:
            chosen.add(index)
            room -= size(item)
    for index, item in enumerate(items):
        if item.action in ALWAYS_SHOWN or item.action in KEPT_FIRST:
            continue
        if size(item) > room:
            break
        chosen.add(index)
        room -= size(item)
    return chosen, kept_last
