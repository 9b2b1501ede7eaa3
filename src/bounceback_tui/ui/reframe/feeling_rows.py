"""A row for one of the person's own feelings on the feelings step: a name and a rating.

A row's two boxes are mounted a moment after the row itself (Textual mounts a container's
children after the container). Reading the step in between, as ``ctrl+n`` can on a busy
machine, must not fail or lose what the row holds: until its boxes are there, the row
answers with the name and rating it was built with.
"""

from __future__ import annotations

from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input

from bounceback_tui.reframe.record import FEELING_NAME_LIMIT
from bounceback_tui.ui.kit.fields import PlainInput


class FeelingRow(Horizontal):
    """A name box and a rating box; the step keeps one row without a name to write in."""

    leaving = False  # emptied, and on its way out (a spare empty row: FeelingsStep._tidy_rows)

    def __init__(self, name: str = "", rating: str = "") -> None:
        self._built_with = (name, rating)
        super().__init__(
            PlainInput(
                name,
                placeholder="another feeling",
                classes="rf-custom-name",
                compact=True,
                # The limit the name is kept to: a paste cut to 60 was then refused
                # ("A feeling's name is 60 characters; the limit is 40": a tester's walk).
                max_length=FEELING_NAME_LIMIT,
            ),
            PlainInput(
                rating, placeholder="0-100", classes="rf-rating", compact=True, max_length=5
            ),
            classes="rf-feeling-row rf-custom-row",
        )

    def boxes(self) -> tuple[Input, Input] | None:
        """The name box and the rating box, or None while they are still being mounted."""
        found = list(self.query(Input))
        return (found[0], found[1]) if len(found) == 2 else None

    def values(self) -> tuple[str, str]:
        """What the row holds: the boxes' text, or what it was built with until they exist."""
        boxes = self.boxes()
        return (boxes[0].value, boxes[1].value) if boxes else self._built_with

    def name_box(self) -> Widget:
        """Where a refused name is shown: its box, or the row while the box is not there."""
        boxes = self.boxes()
        return boxes[0] if boxes else self

    def rating_box(self) -> Widget:
        """Where a refused rating is shown: its box, or the row while the box is not there."""
        boxes = self.boxes()
        return boxes[1] if boxes else self
