"""What a thought record is called wherever it is named: Today's due list, the `today`
command, Reframe's list and a recovery plan's "Reframed:" line say it one way.

A draft begun with its situation alone was "untitled" on Today and in `today`, and "(no
thought yet)" in Reframe's list (a tester's hard week): it is named by the start of what
the person wrote, its situation, so they recognise it, as the receipt after saving it
names it ("the thought record about …").
"""

from __future__ import annotations

from bounceback_tui.domain.text import NAME_CELLS, clip_name, screen_line

# A record with neither a thought nor a situation written yet.
NO_THOUGHT_YET = "(no thought yet)"


def record_named(thought: str | None, situation: str | None = "", cells: int = NAME_CELLS) -> str:
    """ "“I'll never get hired”" (its thought), else "about “Call with Acme's recruiter”"
    (its situation, while it has no thought), else "(no thought yet)"; each on one line, cut
    to ``cells``.

    >>> record_named("", "Call with the recruiter")
    'about “Call with the recruiter”'
    """
    form, words = record_name_form(thought, situation)
    return form.format(clip_name(words, cells))


def record_name_form(thought: str | None, situation: str | None = "") -> tuple[str, str]:
    """How ``record_named`` names a record, for a sentence that cuts the words itself (a
    toast): the form, with ``{}`` where its words go, and its words on one line, uncut.

    >>> record_name_form("", "Call with the recruiter")
    ('about “{}”', 'Call with the recruiter')
    """
    if said := screen_line(thought or ""):
        return "“{}”", said
    if said := screen_line(situation or ""):
        return "about “{}”", said
    return NO_THOUGHT_YET, ""
