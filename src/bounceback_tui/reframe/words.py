"""Turning a thought into comparable tokens: contractions, light stemming, typo repair.

Every token keeps the character span it came from, so a cue can quote the person's own
words back to them. Stemming is deliberately crude (strip one common suffix, unify British
-ise with -ize): it only has to treat the lexicon and the text the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

# Whole-word spellings people type without (or with) an apostrophe.
_WHOLE: dict[str, tuple[str, ...]] = {
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "id": ("i", "would"),
    "ill": ("i", "will"),  # unless it is the adjective, see _ILL_AFTER and _ILL_BEFORE
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "wont": ("will", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "shouldnt": ("should", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "mustnt": ("must", "not"),
    "shouldve": ("should", "have"),
    "couldve": ("could", "have"),
    "wouldve": ("would", "have"),
    "mustve": ("must", "have"),
    "shoulda": ("should", "have"),
    "coulda": ("could", "have"),
    "woulda": ("would", "have"),
    "musta": ("must", "have"),
    "gonna": ("going", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "wanna": ("want", "to"),
    "oughta": ("ought", "to"),
    "theyre": ("they", "are"),
    "theyll": ("they", "will"),
    "theyve": ("they", "have"),
    "theyd": ("they", "would"),
    "youll": ("you", "will"),
    "itll": ("it", "will"),
    "thatll": ("that", "will"),
    "nobodyll": ("nobody", "will"),
    "noones": ("no", "one", "is"),
    "youre": ("you", "are"),
    "thats": ("that", "is"),
    "whats": ("what", "is"),
    "theres": ("there", "is"),
    "everyones": ("everyone", "is"),
    "nobodys": ("nobody", "is"),
    "noone": ("no", "one"),
    "no1": ("no", "one"),
    "every1": ("everyone",),
    # Short misspellings that are too short to repair by edit distance.
    "nevr": ("never",),
    "neva": ("never",),
    "evry": ("every",),
    "evr": ("ever",),
    "alwys": ("always",),
    "shud": ("should",),
    "shld": ("should",),
    "ppl": ("people",),
    "probly": ("probably",),
    "prolly": ("probably",),
    "def": ("definitely",),
    "sb": ("somebody",),
    "everytime": ("every", "time"),
    "u": ("you",),
    "r": ("are",),
    "cuz": ("because",),
    "coz": ("because",),
    "cos": ("because",),
    "bc": ("because",),
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("am", "not"),
}
# "'s" after these means "is"; after anything else it is a possessive and is dropped.
_S_IS = frozenset(
    str.split(
        "it that he she what there here who everyone everybody everything nobody nothing "
        "someone something this life career"
    )
)
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "n't": ("not",),
    "'ll": ("will",),
    "'re": ("are",),
    "'ve": ("have",),
    "'m": ("am",),
    "'d": ("would",),
}


@dataclass(frozen=True, slots=True)
class Token:
    stem: str
    start: int  # character span in the original text
    end: int


def _expand(word: str) -> tuple[str, ...]:
    """Split contractions into plain words ("i'll" -> "i", "will")."""
    word = word.replace("’", "'")
    if word in _WHOLE:
        return _WHOLE[word]
    if "'" in word:
        base, _, tail = word.partition("'")
        tail = "'" + tail
        if tail == "'s":
            return (base, "is") if base in _S_IS else (base,)
        if tail == "'t" and base.endswith("n"):  # don't, didn't, shouldn't
            return (*_expand(base[:-1]), "not")
        if tail in _SUFFIXES:
            return (*_expand(base), *_SUFFIXES[tail])
        return (base,)
    return (word,)


# "ill" typed for "I'll" starts a clause ("ill never get hired"); the adjective follows a
# linking verb or an adverb ("my mother was ill", "fell ill", "seriously ill") or comes
# before a noun ("ill health"). After or before these words it stays "ill" ("she's ill" and
# "I'm ill" by their endings). Words that often come before either ("so", "and") are left out:
# "I failed so ill never get in" is "I'll".
_ILL_AFTER = frozenset(
    str.split(
        "am is are was were be been being feel feels felt feeling fell fall falls falling "
        "get gets got getting gotten become becomes became look looks looked seem seems "
        "seemed seriously terminally critically chronically mentally physically very too "
        "quite really rather bit slightly fairly pretty me him them us s m re the an"
    )
)
_ILL_BEFORE = frozenset(
    str.split("health effects effect feeling will treatment treated advised fated at with")
)


_BRITISH = re.compile(r"(?<=..[a-z])is(e|es|ed|ing|ation|ations)$")
_DOUBLE = re.compile(r"([bdfgkmnprt])\1$")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude, consistent stem: "catastrophising" and "catastrophize" both -> "catastrophiz"."""
    word = word.lower()
    if len(word) <= 3:
        return word
    word = _BRITISH.sub(r"iz\1", word)
    if word.endswith("ly") and len(word) >= 6:
        word = word[:-2]
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("e", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: len(word) - len(suffix)] + replacement
            if suffix in ("ing", "ed"):
                word = _DOUBLE.sub(r"\1", word)
            break
    return word


# A long text (a pasted essay) is read in two parts, its beginning and its end, so a
# thought costs the same few milliseconds however long it is: the situation is usually
# told first and the thought about it last.
HEAD_CHARS = 400
TAIL_CHARS = 1_100

Part = tuple[int, int]


def reading_window(text: str, head: int = HEAD_CHARS, tail: int = TAIL_CHARS) -> list[Part]:
    """The character ranges of ``text`` that are read: all of it when it is short enough,
    otherwise its first ``head`` and last ``tail`` characters, cut at a space."""
    if len(text) <= head + tail:
        return [(0, len(text))]
    end = text.rfind(" ", 0, head + 1)
    if end <= 0:
        end = head
    start = text.find(" ", len(text) - tail)
    if start < 0:
        start = len(text) - tail
    return [(0, end), (start, len(text))]


def tokenize(text: str, parts: list[Part] | None = None) -> list[Token]:
    """Words of ``text`` (or of its ``parts``) as stems, contractions expanded, each with its
    span in ``text``."""
    tokens: list[Token] = []
    for begin, end in parts if parts is not None else [(0, len(text))]:
        matches = list(_WORD.finditer(text[begin:end].lower()))
        for index, match in enumerate(matches):
            word = match.group()
            if word == "ill" and _adjective_ill(matches, index):
                expanded: tuple[str, ...] = ("ill",)
            else:
                expanded = _expand(word)
            start, stop = match.start() + begin, match.end() + begin
            for part in expanded:
                tokens.append(Token(stem(part), start, stop))
    return tokens


def _adjective_ill(matches: list[re.Match[str]], index: int) -> bool:
    """Whether the "ill" at ``matches[index]`` is the adjective rather than "I'll"."""
    if index > 0:
        before = matches[index - 1].group().replace("’", "'")
        if before in _ILL_AFTER or before.rpartition("'")[2] in _ILL_AFTER:
            return True
    if index + 1 < len(matches):
        return matches[index + 1].group() in _ILL_BEFORE
    return False


class TypoRepair:
    """Maps a misspelt stem onto the nearest lexicon stem ("allways" -> "alway").

    Only words of five letters or more that are neither in the lexicon nor common English
    are repaired, only onto a lexicon stem of five letters or more that starts with the
    same letter, and only within one edit (two for long words). In short words the edit
    must be a missing, extra or swapped letter: real words one substituted letter apart
    ("lower" and "loser", "thing" and "think") are too common to guess between.
    """

    def __init__(self, lexicon: set[str], common: set[str]) -> None:
        self._lexicon = lexicon
        self._common = common
        by_initial: dict[str, list[str]] = {}
        for word in sorted(lexicon):
            if len(word) >= 5:
                by_initial.setdefault(word[0], []).append(word)
        self._by_initial = by_initial
        self.repair = lru_cache(maxsize=8192)(self._repair)

    def _repair(self, word: str) -> str:
        if word in self._lexicon or word in self._common or len(word) < 5 or not word.isalpha():
            return word
        limit = 1 if len(word) < 9 else 2
        best, best_distance = word, limit + 1
        for candidate in self._by_initial.get(word[0], ()):
            if abs(len(candidate) - len(word)) > limit:
                continue
            distance = OSA.distance(word, candidate, score_cutoff=limit)
            if distance < best_distance and _plausible_typo(word, candidate):
                best, best_distance = candidate, distance
        return best


def _plausible_typo(word: str, candidate: str) -> bool:
    if len(word) >= 7:
        return True
    if Indel.distance(word, candidate) <= 1:
        return True  # a letter missing or doubled
    return len(word) == len(candidate) and sorted(word) == sorted(candidate)  # two swapped
