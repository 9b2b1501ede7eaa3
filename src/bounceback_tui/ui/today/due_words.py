"""The words of a due line on Today, cut or padded (ui/today/due_fit.DuePrompt uses them):
a name cut wider where a cut at a word's end left room, a form cut at a word's end, and
what when it is due says."""

# Annotations are evaluated (no `from __future__ import annotations`), as in due_fit.py.
from collections.abc import Callable

from textual.content import Content

from bounceback_tui.domain.text import to_word_end
from bounceback_tui.ui.kit.cells import cut_content


def widest(cut: Callable[[int], Content], cells: int, room: int) -> Content:
    """The words with their name cut to ``cells``, or to more where a cut at a word's end left
    cells of ``room`` unused and more of the name fits in them: at 80x24 "☐ Tidewater…:
    How…" stood beside seven empty cells, "Tidewater Foods" planned to half the room before
    its step was cut."""
    words = cut(cells)
    for more in range(1, room - words.cell_length + 1):
        wider = cut(cells + more)
        # Fewer of the step's words after the name only where the wider words fill the
        # room: at 80x24 "☐ Initech (Analyst): Let…" gave up "yourself" for the role and
        # still left five cells unused.
        filled = wider.cell_length == room or step_kept(words, wider)
        if words.cell_length < wider.cell_length <= room and filled:
            words = wider
    return words


def step_kept(words: Content, wider: Content) -> bool:
    """Whether ``wider`` says at least the words after the name that ``words`` says (a
    plan's step after its ": "; True for words without one)."""
    said = words.plain.partition(": ")[2].rstrip("…")
    return not said or wider.plain.partition(": ")[2].rstrip("…").startswith(said)


def day_of(when: str) -> str:
    """When it is due, without a plan's "(+4 more)" before it ("  today")."""
    return when[when.rfind("  ") :]


def says_day(when: str) -> bool:
    """Whether ``when`` says a day ("due 26 Nov", "in 4d"), not how late ("11d late")."""
    return any(c.isdigit() for c in when) and not when.endswith(" late")


def no_more(words: str, steps_open: str) -> bool:
    """Whether a plan's ``words`` leave its "(+4 more)" unsaid: its name alone, or how many
    of its steps are open."""
    return ": " not in words or words.endswith(f": {steps_open}")


def cut_words(form: Content, room: int) -> Content:
    """``form`` cut to ``room`` cells at a word's end ("↑ System design…", not "↑ System
    design intervie…" or "↑ Talking through trade-…"), inside its first word only where no
    whole word after its icon fits."""
    cut = cut_content(form, room)
    said = to_word_end(form.plain, cut.plain)  # a hyphen is inside its word
    if cut is form or " " not in said:
        return cut
    piece = form[: len(said)]
    return Content(said, list(piece.spans), strip_control_codes=False)
