"""Prefilling a Skills item from a written answer: a short title and a first guess at its
kind, from the title's own words (the person can change both before saving)."""

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
# A first clause shorter than this says too little on its own ("Looking back") ...
_CLAUSE_MIN_WORDS = 3
# ... unless what follows explains it: "Stakeholder communication, because my CV only lists
# tools" is about stakeholder communication (it was titled "Stakeholder communication,
# because my CV only lists tools…", the "…" saved with it: a new user's walk).
_EXPLAINS = re.compile(
    r"\s*(?:because|since|as|so|which|but|though|although|especially|e\.g\.|like|not|and)\b",
    re.IGNORECASE,
)
# Small words a title cut at its limit does not end on ("… the trade-offs between").
_DANGLING = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "between", "about", "as", "into", "than", "that", "which", "how", "my", "your",
    "their", "our",
})  # fmt: skip


# How a person says what they lack, before the thing itself: "I bluffed on SQL window
# functions" is about "SQL window functions", and was a skill's title as it stood (a new
# user's walk). Only these; any other opening keeps the clause whole.
_LEAD_IN = re.compile(
    r"^(?:i\s+(?:really\s+|just\s+|totally\s+)?)?(?:"
    r"bluffed|struggled|fumbled|stumbled|blanked|floundered|got stuck|was (?:weak|shaky|rusty|"
    r"unsure|vague)|wasn't (?:sure|confident|clear)|didn't know(?: enough)?|lacked|"
    r"(?:need(?:ed)?|should|have|had) to (?:practi[cs]e|learn|improve|work on|brush up on|"
    r"get better at)|should (?:practi[cs]e|learn|improve|work on|brush up on)"
    r")(?:\s+(?:on|with|at|about|in|over))?\s+(?:the\s+|my\s+)?",
    re.IGNORECASE,
)


# "... React hooks well enough": what follows the thing, once its lead-in is gone.
_TAIL = re.compile(r"\s+(?:well enough|enough|well|properly|at all|very well)$", re.IGNORECASE)


def title_from(text: str, limit: int = TITLE_FROM_LIMIT) -> str:
    """A short title from an answer: the first clause of its first sentence, without a lead-in
    such as "I bluffed on", cut at a word if it is still longer than ``limit`` (the whole
    sentence goes in the notes). Never an ellipsis: the title is saved as the form shows it,
    and a "…" in it was saved too."""
    sentence = first_sentence(text).rstrip(".!?")
    if not sentence:
        return ""
    title = sentence
    for end in _CLAUSE_END.finditer(sentence):
        clause = sentence[: end.start()].strip()
        explained = _EXPLAINS.match(sentence, end.end()) is not None
        if clause and (len(clause.split()) >= _CLAUSE_MIN_WORDS or explained):
            title = clause
            break
    lead_in = _LEAD_IN.match(title)
    if lead_in and len(title[lead_in.end() :].strip()) >= 3:
        rest = _TAIL.sub("", title[lead_in.end() :].strip()) or title[lead_in.end() :].strip()
        title = rest[0].upper() + rest[1:]
    if len(title) <= limit:
        return title
    words: list[str] = []  # whole words within the limit
    for word in title.split():
        if len(" ".join([*words, word])) > limit:
            break
        words.append(word)
    words = words or [title[:limit]]
    while len(words) > 1 and words[-1].casefold() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:-–—")


def first_sentence(text: str) -> str:
    """The answer's first sentence, whole, on one line (with its full stop)."""
    flat = " ".join(text.split()).strip(" \"'“”‘’")
    return re.split(r"(?<=[.!?])\s", flat, maxsplit=1)[0] if flat else ""
