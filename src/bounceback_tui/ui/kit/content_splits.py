"""A ``Static``'s text, without the cut lines it kept once they were drawn.

A ``Static`` draws its ``Content`` by cutting it into lines (``Content.split``) and each line
at the width (``Content.divide``); the ``Content`` keeps its last cuts (two small caches of
its own) for as long as the ``Static`` shows it, next to the lines the ``Static`` drew from
them (``Widget._render_cache``), which are what it paints from. For a person linked to a
few hundred applications, the People pane's detail kept about 680 cut lines, each a
``Content`` with its spans, and their spans' ranges, after they were drawn: about 0.3 MiB
for as long as the app is open (docs/performance.md, "Memory, mem10's round").

``forget_drawn_splits`` makes a ``Static`` let go of those cuts once it has drawn its lines.
What is drawn is the same; a later drawing of the same text at the same width (a restyle,
the pane shown again after the lines were dropped) cuts it again, as a new text is cut.

It patches Textual's ``Static``, so it checks that ``Static`` keeps ``Widget``'s own way
of drawing (``Widget._render_content``, which takes no argument); otherwise it leaves the
class alone.
"""

from __future__ import annotations

import inspect

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

_state: dict[str, bool] = {"patched": False}


def drop_splits(content: object) -> None:
    """Let ``content`` (a ``Content``; anything else is left alone) forget its cuts."""
    if isinstance(content, Content):
        content._split_cache = None
        content._divide_cache = None


def forget_drawn_splits() -> bool:
    """Make every ``Static`` drop its text's cuts once drawn (see the module). True if
    ``Static`` is patched (now or before)."""
    if _state["patched"]:
        return True
    original = Static._render_content
    parameters = tuple(inspect.signature(original).parameters)
    if original is not Widget._render_content or parameters != ("self",):
        return False

    def _render_content(self: Static) -> None:
        original(self)
        # The visual Static drew (its name-mangled attribute; None until first drawn).
        drop_splits(self.__dict__.get("_Static__visual"))

    Static._render_content = _render_content  # type: ignore[method-assign,assignment]  # the patch itself
    _state["patched"] = True
    return True
