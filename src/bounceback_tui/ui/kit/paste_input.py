"""A paste arrives whole and in order, without control characters.

A terminal sends a paste between two markers (bracketed paste: ``ESC [200~`` … ``ESC
[201~``). Textual's parser (``textual._xterm_parser.XTermParser``) takes every ESC inside a
paste for the start of a key's sequence: the characters after it (up to 32, or to the next
ESC) went to the app as key presses at once, the first ESC as ``^``, and the rest of the
paste came after them as the paste. ``abc<ESC>defg`` pasted into a field read ``^defgabc``;
a Tab or a line break after the ESC moved focus or pressed Enter on the form.

``PasteInput`` cleans what the terminal sends before that parser reads it: inside a paste,
every control character but tab and line breaks is dropped (the ESC of an escape sequence
copied from a terminal, BEL, backspace, DEL, the C1 controls; Textual already drops NUL), so
the paste comes in one piece, in order, and nothing in it is read as a key. The markers
themselves pass untouched; one cut between two reads of the terminal is recognised (a start
marker's beginning is let through and looked for again with the next read; inside a paste,
the possible beginning of the end marker is held back until the next read).

``PastesInOrder.get_driver_class`` has the driver read the terminal through it (the parser
is a name in the driver's module, so it is set there). Text fields still refuse stored
control characters on save (``domain.text.clean_text``); this only keeps a paste from
bringing any.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual._xterm_parser import XTermParser

if TYPE_CHECKING:
    from textual.app import App
    from textual.driver import Driver
    from textual.message import Message

    _AppBase = App[Any]
else:
    _AppBase = object

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
KEPT = frozenset("\t\n\r")


def _dropped(ch: str) -> bool:
    return ch not in KEPT and unicodedata.category(ch) == "Cc"


class PasteCleaner:
    """Follows the terminal's input across reads; ``clean`` returns a read with the control
    characters inside each paste removed."""

    def __init__(self) -> None:
        self.pasting = False
        self._recent = ""  # outside a paste: the read's last characters (a cut start marker)
        self._held = ""  # inside a paste: what may be the end marker's beginning

    def clean(self, data: str) -> str:
        text, self._held = self._held + data, ""
        out: list[str] = []
        at = 0
        while at < len(text):
            if not self.pasting:
                seen = self._recent + text[at:]
                found = seen.find(PASTE_START)
                if found < 0:
                    out.append(text[at:])
                    self._recent = seen[-(len(PASTE_START) - 1) :]
                    break
                after = at + found + len(PASTE_START) - len(self._recent)
                out.append(text[at:after])
                at, self._recent, self.pasting = after, "", True
                continue
            end = text.find("\x1b", at)
            piece = text[at:] if end < 0 else text[at:end]
            out.append("".join(ch for ch in piece if not _dropped(ch)))
            if end < 0:
                break
            if text.startswith(PASTE_END, end):
                out.append(PASTE_END)
                at, self.pasting = end + len(PASTE_END), False
            elif PASTE_END.startswith(text[end:]):
                self._held = text[end:]  # the rest comes with the next read
                break
            else:
                at = end + 1  # an ESC inside the paste: dropped
        return "".join(out)

    def flush(self) -> str:
        """What is held back, at the end of input."""
        held, self._held = self._held, ""
        return held


class PasteInput(XTermParser):
    """Textual's terminal parser, reading the terminal through a ``PasteCleaner``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.cleaner = PasteCleaner()
        super().__init__(*args, **kwargs)

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # the end of input: whatever was held back goes first
            held = self.cleaner.flush()
            return [*super().feed(held), *super().feed("")] if held else super().feed("")
        cleaned = self.cleaner.clean(data)
        # Nothing left (all dropped or held back) is not "" to the parser, which means the end.
        return super().feed(cleaned) if cleaned else ()


class PastesInOrder(_AppBase):
    """Mix into the App (before App): its terminal driver reads through ``PasteInput``."""

    def get_driver_class(self) -> type[Driver]:
        driver = super().get_driver_class()
        module = sys.modules.get(driver.__module__)
        if module is not None and getattr(module, "XTermParser", None) is XTermParser:
            module.XTermParser = PasteInput  # type: ignore[attr-defined]  # a driver module, typed as any module
        return driver
