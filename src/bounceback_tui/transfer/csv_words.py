"""What other trackers' words mean: their status words as our stages, where an application
came from as our sources, and their work modes as ours. Matched exactly first, then by the
words in a longer phrase, then by a close spelling; what none of these place is left for the
person (or the validator) to name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

from bounceback_tui.domain.stages import Stage


def _key(text: str) -> str:
    return utils.default_process(text)


# What other trackers call each stage. Matched exactly first, then fuzzily.
STATUS_WORDS: dict[Stage, tuple[str, ...]] = {
    Stage.SAVED: (
        "saved",
        "applying",
        "wishlist",
        "wish list",
        "bookmarked",
        "interested",
        "to apply",
        "not applied",
        "draft",
        "planned",
        "researching",
        "lead",
        "prospect",
    ),
    Stage.APPLIED: (
        "applied",
        "submitted",
        "sent",
        "application sent",
        "application submitted",
        "pending",
        "waiting",
        "in review",
        "under review",
        "awaiting response",
    ),
    Stage.SCREENING: (
        "screening",
        "screen",
        "phone screen",
        "phone call",
        "recruiter call",
        "recruiter screen",
        "hr call",
        "hr interview",
        "initial call",
        "intro call",
        "assessment",
        "take home",
        "online assessment",
        "coding test",
    ),
    Stage.INTERVIEWING: (
        "interviewing",
        "interview",
        "interviews",
        "interview scheduled",
        "onsite",
        "on site",
        "technical interview",
        "final round",
        "final interview",
        "second interview",
        "first interview",
        "panel",
    ),
    Stage.OFFER: ("offer", "offered", "offer received", "got offer", "negotiating"),
    Stage.ACCEPTED: ("accepted", "hired", "offer accepted", "signed", "joined", "started"),
    Stage.REJECTED: (
        "rejected",
        "rejection",
        "declined",
        "not selected",
        "turned down",
        "no",
        "unsuccessful",
        "not moving forward",
        "closed",
        "denied",
        "failed",
        "lost",
        "rejected me",
        "not a fit",
        "no offer",
        "position filled",
        "role filled",
    ),
    Stage.WITHDRAWN: (
        "withdrawn",
        "withdrew",
        "withdraw",
        "cancelled",
        "canceled",
        "not interested",
        "i declined",
        "declined offer",
        "offer declined",
        "archived",
        "retracted",
    ),
    Stage.GHOSTED: (
        "ghosted",
        "no response",
        "no reply",
        "no answer",
        "never heard back",
        "no news",
        "silence",
        "expired",
    ),
}
_STATUS: dict[str, Stage] = {_key(w): stage for stage, words in STATUS_WORDS.items() for w in words}
# Longer phrases ("Rejected after interview", "Waiting to hear back") by the words in them,
# in this order: an outcome word outranks the stage it happened at. Each entry is a word's
# start, so "withdr" covers withdrew and withdrawn.
STATUS_KEYWORDS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.WITHDRAWN, ("withdr", "retract", "cancel")),
    (Stage.ACCEPTED, ("accepted", "hired", "signed")),
    (Stage.REJECTED, ("reject", "unsuccessful", "filled", "declined", "turned")),
    (Stage.GHOSTED, ("ghost", "silence")),
    (Stage.OFFER, ("offer",)),
    (Stage.INTERVIEWING, ("interview", "onsite", "panel", "superday")),
    (Stage.SCREENING, ("screen", "assessment", "take", "challenge", "test", "call")),
    (Stage.APPLIED, ("applied", "submitted", "sent", "waiting", "review", "pending")),
    (Stage.SAVED, ("wish", "bookmark", "saved", "draft")),
)


def stage_for_status(text: str) -> Stage | None:
    """Another tracker's status word as one of our stages, or None if it is not clear.

    A known word or phrase first, then a phrase by its words, then a close spelling
    ("rejcted"); what none of these place ("On hold") is left for the person to name.
    """
    return status_reading(text)[0]


def status_reading(text: str) -> tuple[Stage | None, str]:
    """``stage_for_status`` and how it was placed: "word" (a known word or phrase), "words"
    (a phrase by its words), "close" (a close spelling), or "" (not placed)."""
    key = _key(text)
    if not key:
        return None, ""
    if key in _STATUS:
        return _STATUS[key], "word"
    words = key.split()
    for stage, starts in STATUS_KEYWORDS:
        if any(word.startswith(starts) for word in words):
            return stage, "words"
    found = process.extractOne(key, list(_STATUS), scorer=fuzz.ratio, score_cutoff=80)
    return (_STATUS[found[0]], "close") if found else (None, "")


_BOARDS = (
    "linkedin",
    "indeed",
    "glassdoor",
    "otta",
    "welcome to the jungle",
    "wellfound",
    "angellist",
    "monster",
    "ziprecruiter",
    "stepstone",
    "dice",
    "hired",
    "hacker news",
    "hn",
    "xing",
    "seek",
    "reed",
    "totaljobs",
    "remoteok",
    "we work remotely",
    "builtin",
    "job board",
    "jobboard",
    "board",
    "job site",
    "google jobs",
    "handshake",
    "greenhouse",
    "lever",
    "ashby",
)


_BOARD_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(b) for b in _BOARDS) + r")\b")


def source_for(text: str) -> str:
    """Where an application came from, as one of our sources (unknown ones are "other")."""
    key = _key(text)
    if not key:
        return ""
    if "refer" in key or "friend" in key or "network" in key:
        return "referral"
    if "recruit" in key or "agency" in key or "headhunt" in key:
        return "recruiter"
    if "company" in key or "career" in key or "website" in key or "direct" in key:
        return "company_site"
    if _BOARD_WORDS.search(key):
        return "job_board"
    return "other"


_WORK_MODES = {
    "remote": "remote",
    "fully remote": "remote",
    "wfh": "remote",
    "work from home": "remote",
    "anywhere": "remote",
    "yes": "remote",
    "true": "remote",
    "hybrid": "hybrid",
    "flexible": "hybrid",
    "partly remote": "hybrid",
    "partial remote": "hybrid",
    "onsite": "onsite",
    "on site": "onsite",
    "in office": "onsite",
    "office": "onsite",
    "in person": "onsite",
    "no": "onsite",
    "false": "onsite",
}


def work_mode_for(text: str) -> str:
    """Our work mode for theirs; text we cannot place is returned for the validator to refuse."""
    key = _key(text)
    return _WORK_MODES.get(key, text)


def stage_names(stages: Iterable[Stage] = tuple(Stage)) -> str:
    return ", ".join(s.value for s in stages)
