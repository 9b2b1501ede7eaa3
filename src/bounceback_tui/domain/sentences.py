"""Sentences as the app writes them round a person's words: the marks that end one, the
common words that start one (lower-cased inside another), and a full stop only where one is
missing. Kept apart from domain/text.py (a person's text made safe, cut and named); that module
still offers these names. Standard library only.
"""

from __future__ import annotations

# The marks that end a question: "?", the Arabic "؟" and the full-width "？" (Chinese, Japanese).
QUESTION_MARKS = "?\u061f\uff1f"
# The marks that end a sentence, one definition for every reader of sentences: the answer
# bank's questions from a note (a sentence starts after one), and the thinking-trap cues (never
# matched across one). A line break ends one too; each reader splits on it itself.
SENTENCE_ENDS = ".!\u2026" + QUESTION_MARKS


# Words that begin a reason written as its own sentence and read lower-case inside one.
# A word not here keeps its capital: it may be a name ("Maria said…") or a product.
SENTENCE_STARTERS = frozenset(
    """a after all also although an another any as at because before being both budget but
    candidate chose decided due each even experience few great had has have he her his
    however in internal it its just lack lacked less looking many more most my need needed
    no none not nothing now one only other our overqualified position role sadly she since
    so some someone something still that the their there these they this those though too
    unfortunately wanted was we went were what when while with you your""".split()  # noqa: SIM905
)


def mid_sentence(text: str) -> str:
    """``text`` to follow words in a sentence: its first word lower-cased when it is a
    common word that only has its capital for starting the sentence ("They wanted…" →
    "they wanted…"), and left alone otherwise, as in a name or an abbreviation ("Maria
    said…", "SQL was…", "I was…")."""
    words = text.split(maxsplit=1)
    word = words[0].rstrip(".,;:!?") if len(words) == 2 else ""
    capital_only = word[:1].isupper() and (len(word) == 1 or word[1:].islower())
    if capital_only and word.lower() in SENTENCE_STARTERS:
        return text[0].lower() + text[1:]
    return text


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends in one of ``SENTENCE_ENDS``: a person's text ending so takes
    no full stop after it."""
    return text.rstrip()[-1:] in tuple(SENTENCE_ENDS)


def with_stop(text: str) -> str:
    """``text`` ending a sentence the app writes: a full stop after it, unless it ends one
    already ("Which of the posting's asks did my application show?", "Acme Inc.", "…")."""
    return text if ends_a_sentence(text) else f"{text}."
