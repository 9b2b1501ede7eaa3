"""Reading one of a fixed set of choices from what a person typed.

A choice (an interview's kind, a contact's kind, what happened) is typed in a form or on
the command line as its stored value ("phone_screen"), its label ("Phone screen") or
anything in between: case, spaces, hyphens and underscores do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar


class Labelled(Protocol):
    @property
    def value(self) -> str: ...

    @property
    def label(self) -> str: ...


C = TypeVar("C", bound=Labelled)

_SEPARATORS = re.compile(r"[\s_-]+")


def _folded(text: str) -> str:
    return _SEPARATORS.sub(" ", text.strip().lower()).strip()


def parse_choice(choices: Iterable[C], text: str, *, what: str = "Kind") -> C:
    """The choice ``text`` names; ValueError with the whole list when it names none."""
    wanted = _folded(text)
    options = list(choices)
    for choice in options:
        if wanted in (_folded(choice.value), _folded(choice.label)):
            return choice
    names = ", ".join(choice.label.lower() for choice in options)
    raise ValueError(f"{what} must be one of: {names}.")
