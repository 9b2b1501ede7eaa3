"""Prefilling a Skills item from a written answer: a first guess at its kind and a short
title (the person can change both before saving)."""

from __future__ import annotations

import re

from bounceback_tui.domain.skills import SkillKind

_KIND_CUES: tuple[tuple[SkillKind, re.Pattern[str]], ...] = (
    (SkillKind.RESUME, re.compile(r"\b(resume|résumé|cv|cover letter|portfolio|linkedin)\b")),
    (
        SkillKind.SOFT_SKILL,
        re.compile(
            r"\b(soft skills?|team ?work|collaborat\w*|communicat\w*|leadership|mentor\w*|"
            r"stakeholders?|conflicts?|empathy|people skills|presenting|presentations?|"
            r"public speaking|negotiat\w*|networking|storytelling|listening)\b"
        ),
    ),
    (
        SkillKind.INTERVIEWING,
        re.compile(r"\b(interview\w*|star method|behaviou?ral|live coding|whiteboard|take-home)\b"),
    ),
    (
        SkillKind.TECHNICAL,
        re.compile(
            r"\b(system design|sql|python|kubernetes|aws|cloud|algorithms?|architecture|"
            r"coding|code|data|testing|security|frontend|backend|stack|technical|terraform|"
            r"docker|linux|git|javascript|typescript|java|rust|react|devops|apis?|"
            r"machine learning|statistics|excel|databases?|networks?)\b"
        ),
    ),
)


def guess_kind(text: str) -> SkillKind:
    """A first guess for the kind of an item prefilled from an answer; the person can change it."""
    lowered = text.lower()
    for kind, pattern in _KIND_CUES:
        if pattern.search(lowered):
            return kind
    return SkillKind.OTHER


TITLE_FROM_LIMIT = 60
# Where a clause ends inside a sentence: a comma, semicolon or colon, or a spaced dash.
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[-–—]\s")
# A first clause shorter than this says too little on its own ("Looking back").
_CLAUSE_MIN_WORDS = 3


def title_from(text: str, limit: int = TITLE_FROM_LIMIT) -> str:
    """A short title from an answer: the first clause of its first sentence, cut at a word
    if it is still longer than ``limit`` (the whole sentence goes in the notes)."""
    sentence = first_sentence(text).rstrip(".!?")
    if not sentence:
        return ""
    title = sentence
    for end in _CLAUSE_END.finditer(sentence):
        clause = sentence[: end.start()].strip()
        if len(clause.split()) >= _CLAUSE_MIN_WORDS:
            title = clause
            break
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0] or title[: limit - 1]
    return cut.rstrip(" ,;:-–—") + "…"


def first_sentence(text: str) -> str:
    """The answer's first sentence, whole, on one line (with its full stop)."""
    flat = " ".join(text.split()).strip(" \"'“”‘’")
    return re.split(r"(?<=[.!?])\s", flat, maxsplit=1)[0] if flat else ""
