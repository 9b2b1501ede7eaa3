"""A sentence of the app's joined after a colon, a field's label or "Not saved:", starts in
lower case ("Date applied: could not read …", not "…: Could not read …"); a name or a path
keeps its letters. In domain/ so a validator joining a label to its refusal uses it too
(``dates.record_day``); ``ui/kit/text.after_colon`` is this one.
"""

from __future__ import annotations

# Words a sentence of the app's starts with, lower-cased when it follows a colon; any other
# first word may be a name (a company, a file) and is left as written.
_COMMON_STARTS = frozenset(
    {
        "a",
        "an",
        "another",
        "could",
        "each",
        "every",
        "it",
        "its",
        "no",
        "none",
        "not",
        "nothing",
        "one",
        "only",
        "some",
        "that",
        "the",
        "there",
        "these",
        "this",
        "those",
        "your",
    }
)


def after_colon(text: object) -> str:
    """``text``, a sentence of its own, joined after a colon ("That did not work: the backup
    …", not "…: The backup …"): its first letter lower-cased where its first word is a
    common one, never a name or a path ("Date applied: could not read 'xxx' as a date")."""
    said = str(text)
    first = said.split(" ", 1)[0]
    if first.lower() in _COMMON_STARTS and first == first.capitalize():
        return said[:1].lower() + said[1:]
    return said
