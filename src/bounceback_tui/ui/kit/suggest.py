"""A field's completion as it is typed, from a list read only when first needed.

Textual's ``SuggestFromList`` takes its list when the field is built; the interview form's
time zones come from the zone database (a few hundred files' names), which the form need not
read unless the person types in that field. ``LaterSuggestions`` asks for the list at the
first keystroke and keeps it. The suggestion is shown after the cursor, dimmed; the right
arrow at the end of the text takes it (Textual's Input), and nothing else does: saving reads
what was typed. Saving once took a completion still showing ("chi" saved as Chicago, the
sixteenth round), and so "India", completed to Indianapolis, was saved as Indianapolis time,
ten and a half hours off (a tester's walk, twenty-first round); "chic" is now refused with
"did you mean Chicago (America/Chicago)? Press the right arrow to take it."
(``ui/people/forms.checked_interview``), and the field the refusal puts the cursor back in
shows the completion again (``PlainInput``, kit/fields.py: Textual's Input drops it when
focused). Text that is already a whole name (``whole``: "India", a country) is shown no
longer completion. Accents fold as the filters fold them: "são" completes to Sao Paulo.
A completion the form would refuse (``offer_if``) is not offered at all: "Austra" was
completed to Australia, which keeps several time zones, and saving it was refused (a
tester's walk).

A name offered ``instead`` of what is typed (a short name: "EST", New York) is shown after an
arrow, "EST → New York", and the right arrow puts the name in place of the text
(``PlainInput``, kit/fields.py): "EST" was completed to Estonia (a stranger's walk).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.suggester import Suggester

# Between what is typed and a name offered in its place: the right arrow takes what follows.
INSTEAD = " → "


def taken(suggestion: str) -> str:
    """What the right arrow puts in the field for ``suggestion``: the name after ``INSTEAD``
    if it offers one in place of the text, else the whole completion."""
    return suggestion.partition(INSTEAD)[2] or suggestion


class LaterSuggestions(Suggester):
    """The first of ``read()``'s items that starts with what is typed, ignoring case; the
    items in the order to prefer them. None for what ``whole`` says is a whole name already
    (a longer completion would offer to change what the person meant), unless a space after
    it says more is coming; and None when that first item is one ``offer_if`` says the form
    would refuse (the items after it are not offered instead: they are not what was begun).
    What ``instead`` names for the text is offered first, after ``INSTEAD``."""

    def __init__(
        self,
        read: Callable[[], Sequence[str]],
        whole: Callable[[str], bool] | None = None,
        offer_if: Callable[[str], bool] | None = None,
        instead: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(use_cache=True, case_sensitive=False)
        self._read = read
        self._whole = whole
        self._offer_if = offer_if
        self._instead = instead
        self._items: list[tuple[str, str]] | None = None

    async def get_suggestion(self, value: str) -> str | None:
        if value and self._instead is not None and (other := self._instead(value)) is not None:
            return f"{value}{INSTEAD}{other}"  # "EST → New York"
        going_on = value[-1:].isspace()
        if not value or (self._whole is not None and not going_on and self._whole(value)):
            return None  # "India"; but "Mexico " goes on, to Mexico City
        from bounceback_tui.domain.fuzzy_text import fold

        if self._items is None:
            self._items = [(fold(item), item) for item in self._read()]
        begun = fold(value)
        found = next((item for folded, item in self._items if folded.startswith(begun)), None)
        if found is None or (self._offer_if is not None and not self._offer_if(found)):
            return None
        return found
