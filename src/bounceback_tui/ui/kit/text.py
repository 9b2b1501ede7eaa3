"""The one way to put a person's text on screen: plain by construction.

Textual reads a ``str`` handed to ``Static``, ``Label``, ``notify``, ``OptionList`` or a
``DataTable`` cell as markup, so a company called ``Initech [link=http://x]y`` or a skill
``Speak up [ in meetings [/]`` would be styled, mangled or refused (``MarkupError``), and no
escape function handles every bracket form. These helpers build ``Content`` objects instead,
which Textual shows as they are, and neutralise control characters and bidi overrides on the
way (``domain.text.display_text``) so nothing stored can command the terminal.

- ``plain(text, style)``: a person's text, as typed (optionally in one style).
- ``plain_line(text, style)``: ``plain`` for a one-line field: a stored line break or tab
  shown as a space.
- ``markup_with(template, **values)``: app-written markup (a string literal) with ``$name``
  slots filled by a person's text, which stays plain: ``markup_with("Deleted [b]$title[/b].",
  title=row.title)``. Write ``${name}`` when letters follow the slot.
- ``toast_with(template, **values)``: ``markup_with`` for a toast (``notify``) or any other
  one-line message: each value on one line and clipped (``domain.text.clip_name``), so a
  300-character company name cannot fill the toast and push the app's sentence ("u brings it
  back") out of sight, nor a pasted page in the filter turn "Nothing matches …" into 80 lines
  that push the list below it out of sight.
- ``step_toast(template, step, **values)``: ``toast_with`` for a sentence that names a plan
  step (``$step``), whose title is shown to ``STEP_CELLS`` cells, not the 32 of a name.
- ``question_toast(template, question, **values)``: the same for a question of the answer
  bank (``$question``), as long as a step's title can be.
- ``display_text(text)``: the neutralised ``str``, for places that never read markup (a
  toast's title, Rich ``Text`` and ``Segment`` in line-API widgets, an Input's value).
- ``ContentNotify``: a base that lets ``notify()`` take the ``Content`` these build.

docs/architecture.md ("A person's text on screen") has the rule; tests/test_markup_guard.py
enforces it.
"""

from __future__ import annotations

from typing import cast

from textual.content import Content
from textual.notifications import SeverityLevel

from bounceback_tui.domain.after_colon import after_colon
from bounceback_tui.domain.text import (
    NAME_CELLS,
    AppName,
    clip_name,
    clip_near_word,
    display_text,
    ends_a_sentence,
    line_breaks,
)
from bounceback_tui.domain.wording import number

__all__ = [
    "STEP_CELLS",
    "ContentNotify",
    "after_colon",
    "display_text",
    "markup_with",
    "plain",
    "plain_line",
    "question_toast",
    "step_toast",
    "ticked_in_plan",
    "toast_with",
]

# A plan step's title in a sentence: to this many cells, then "…". The built-in titles are
# shown whole ("Watch for negative thought patterns"), and a person's own up to about a line of
# a toast; the 32 cells of a name cut "Send a thank-you note to the reference who …" short.
STEP_CELLS = 60


def plain(text: object, style: str = "") -> Content:
    """``text`` shown exactly as typed (never read as markup), in ``style`` if given: a
    carriage return (``\\r``, ``\\r\\n``) as a line break, as a many-line field means it."""
    shown = display_text(line_breaks(str(text)))
    return Content.styled(shown, style) if style else Content(shown)


_LINE_BREAKS_AS_SPACES = str.maketrans(dict.fromkeys("\n\r\t\v\f\x85\u2028\u2029", " "))


def plain_line(text: object, style: str = "") -> Content:
    """``plain`` for a one-line field (a name, a company, a title): a line break or a tab an
    older or hand-edited store holds in it is shown as a space, never drawn as a second line
    (the rest as ``plain``: spaces kept as typed)."""
    return plain(str(text).translate(_LINE_BREAKS_AS_SPACES), style)


def markup_with(template: str, **values: object) -> Content:
    """App-written ``template`` markup, each ``$name`` slot filled with ``values[name]`` as
    plain text: brackets and backslashes in the values are shown, never parsed (a carriage
    return as a line break, as ``plain``). A whole number is a count, written with thousands
    separators ("1,204") as everywhere."""
    return Content.from_markup(
        _asked_once(template, values),
        **{name: display_text(line_breaks(_shown(value))) for name, value in values.items()},
    )


def _asked_once(template: str, values: dict[str, object]) -> str:
    """``template`` without the "?" after a quoted value that is a question itself: "Delete
    “…difficult stakeholder?”", not "…stakeholder?”?" (a new user's walk)."""
    for name, value in values.items():
        if isinstance(value, str) and value.rstrip().endswith("?"):
            for slot in (f"${name}", f"${{{name}}}"):
                template = template.replace(f"{slot}”?", f"{slot}”")
    return template


def _shown(value: object) -> str:
    return number(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)


def toast_with(template: str, **values: object) -> Content:
    """``markup_with`` for a toast: each value is a person's text (or a count), put on one
    line and clipped to ``NAME_CELLS`` cells with an ellipsis, so the toast stays two or
    three lines however long the name (tests/test_toast_text.py). An exception's message
    is shown whole."""
    clipped = _in_a_toast(values)
    return markup_with(_no_stop_after_cut(template, clipped), **clipped)


def step_toast(template: str, step: str, **values: object) -> Content:
    """``toast_with`` for a sentence naming a plan step as ``$step``: its title on one line,
    to ``STEP_CELLS`` cells, with "…" when cut; the other values as ``toast_with`` has them."""
    clipped = {**_in_a_toast(values), "step": _cut(step, STEP_CELLS)}
    return markup_with(_no_stop_after_cut(template, clipped), **clipped)


def question_toast(template: str, question: str, **values: object) -> Content:
    """``step_toast`` for a sentence naming a question of the answer bank as ``$question``:
    "Tell me about a time you disagreed with your manager…" cut at the 32 cells of a name
    read as a different question."""
    return markup_with(template, **_in_a_toast(values), question=clip_name(question, STEP_CELLS))


def _in_a_toast(values: dict[str, object]) -> dict[str, object]:
    return {
        # An error's message is the app's sentence (a name in it was clipped where it was
        # written: domain.wording); shown whole, as an application named "Company (Role)",
        # clipped already (domain.text.app_name). A count is written 1,204.
        name: value if isinstance(value, BaseException | int | AppName) else _cut(value)
        for name, value in values.items()
    }


# Left off before a cut's "…": "Senior Staff Product Designer,…" read as a list cut short.
_BEFORE_CUT = " \t,;:"


def _cut(value: object, cells: int = NAME_CELLS) -> str:
    """``clip_near_word`` (at a word's end where one is near), a cut's "…" put after the last
    word, not after a comma or a space."""
    clipped = clip_near_word(value, cells)
    if not clipped.endswith("…") or clipped == clip_name(str(value), 10**9):
        return clipped
    return clipped[:-1].rstrip(_BEFORE_CUT) + "…"


def _no_stop_after_cut(template: str, values: dict[str, object]) -> str:
    """``template`` without the full stop after a value cut with "…", or ending in ".", "?"
    or "!" (the sentence ends there): "Saved Northwind Traders: Senior Staff Product
    Designer…", not "…."; "Saved Acme Inc." with one stop."""
    for name, value in values.items():
        if isinstance(value, str) and ends_a_sentence(value):
            for slot in (f"${name}", f"${{{name}}}"):
                template = template.replace(f"{slot}.", slot)
    return template


def ticked_in_plan(done: str | Content, step: str) -> Content:
    """ "Finished, and ticked “Watch for negative thought patterns” in your plan.": what was
    done (app-written, or Content already made) and the plan step it ticked, whose title is
    shown to ``STEP_CELLS`` cells (the 32 of ``toast_with`` cut the built-in titles short)."""
    said = done if isinstance(done, Content) else Content(done)
    return said + step_toast(", and ticked “$step” in your plan.", step)


# How long a warning or an error stays unless its caller says (Textual's default is five).
WARNING_SECONDS = 10.0

# The title a warning or an error carries when its caller gives none: what only the colour
# of its bar said, in words ("That item is no longer there." read as a note under NO_COLOR).
SEVERITY_TITLES: dict[str, str] = {"warning": "Warning", "error": "Error"}


class ContentNotify:
    """Mixed into a Textual app, screen or widget: ``notify()`` typed to take ``Content``.

    Toasts are built with ``plain()`` and ``toast_with()``. Textual shows a ``Content``
    message as it is (``Content.from_markup`` returns it unchanged) but types the message as
    ``str``; this widens the type once, for every caller, instead of at each call. Put it
    first among the bases: ``class Pane(ContentNotify, Vertical)``.

    A warning or an error stays ``WARNING_SECONDS`` unless told otherwise, not Textual's five:
    the Skills pane's "2 skills are in progress now; your limit is 1…" was gone before it was
    read, sooner than the information notes beside it that set their own (a stranger's walk).
    And it always has a title (``SEVERITY_TITLES`` when its caller gives none): without colour
    a warning read exactly as a note, its bar's colour the only difference.
    """

    def notify(
        self,
        message: str | Content,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        if timeout is None and severity != "information":
            timeout = WARNING_SECONDS
        if not title.strip():
            title = SEVERITY_TITLES.get(severity, title)
        super().notify(  # type: ignore[misc]  # a mixin: Textual's notify() is next in the MRO
            cast(str, message),  # Content at run time, shown as it is (see above)
            title=title,
            severity=severity,
            timeout=timeout,
            markup=markup,
        )
