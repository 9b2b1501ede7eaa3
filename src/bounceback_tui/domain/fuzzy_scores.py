"""How alike two words are: the scoring behind ``domain/fuzzy``, over rapidfuzz.

A module of its own so that rapidfuzz (its C++ extensions and the C++ runtime they load,
about 3 MiB resident) is imported when something is first matched, not when a list or its
index is built: a person who opens every pane and never types a filter never pays for it
(docs/performance.md, "Memory, mem4's round"). ``domain/fuzzy`` imports this module on the
first match; a filter box starts that import in a thread when it opens
(``fuzzy.load_matcher_soon``), so the first letter typed does not wait for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA, Indel, Levenshtein

# Swapped letters are looked for only in words this long; in shorter ones they are noise.
_SWAP_MIN_LENGTH = 3
# Letters typed that the word has nowhere: one is a slip (a key beside the right one,
# "numetique"), two are another word ("enginzzr" is not "engineer", though it scored 75).
_FOREIGN_LETTERS = 1

# A word typed as the text has it ranks by where it is in the word: the whole word, then the
# start of one, then inside one ("eta" puts "Eta" above "Etamine" above "Zeta"; "31" puts
# "Acme 31" above "Acme 314" above "Acme 631"). All three list "Zeta Labs" with "Eta Health"
# scored the same, so the order was the list's. A slip scores below all three
# (``SLIP_MOST``), as it scored below a word as typed before; the initials of a name
# (``fuzzy_initials.INITIALS_SCORE``, 95) still rank below them and above most slips.
WHOLE_WORD = 100.0
WORD_START = 99.0
INSIDE_WORD = 98.0
SLIP_MOST = 97.0


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """How alike two words are, 0-100: rapidfuzz's ratio (a letter left out or added
    is one slip), except that two neighbouring letters swapped also count as one slip
    rather than two. Below ``cutoff`` the exact figure does not matter, which saves the
    work of looking for swaps in words that are nothing alike."""
    total = len(a) + len(b)
    if not total:
        return 100.0
    distance = Indel.distance(a, b)
    # Each swap Indel counted as two slips; at best every slip was half a swap.
    if (
        distance >= 2
        and min(len(a), len(b)) >= _SWAP_MIN_LENGTH
        and 100.0 * (1 - (distance + 1) // 2 / total) >= cutoff
    ):
        # Levenshtein counts a swap as two edits, OSA as one: the difference is the
        # number of swaps.
        distance -= Levenshtein.distance(a, b) - OSA.distance(a, b)
    return 100.0 * (1 - distance / total)


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
# Myanmar, Tibetan): a run of their letters is one "word" to the matcher, so one letter of
# them is still found inside it ("京" finds "東京").
_UNSPACED = (
    (0x0E00, 0x0FFF),  # Thai, Lao, Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # CJK extensions B to G
)


def starts_a_word(query_word: str) -> bool:
    """Whether ``query_word`` (folded) is one letter that matches only the start of a word:
    "b" finds "Backend" and the initial "B.", not the inside of "Numérique", which any
    longer text holds ("b q" found "Café Numérique" by its "q"). A letter of a script
    written without spaces (``_UNSPACED``) is still found inside its run of letters."""
    if len(query_word) != 1:
        return False
    code = ord(query_word)
    return not any(low <= code <= high for low, high in _UNSPACED)


def same_start(query_word: str, word: str) -> bool:
    """Whether a word typed begins as ``word`` does (both folded): its first letter is the
    word's, or its first two letters are the word's swapped ("ocme" for "acme", one slip).
    A slip inside a word is forgiven, not a first letter left out or another one typed:
    "zeta" is not "eta" (scored 86, the "z" taken as one letter too many) nor "beta" (75,
    one letter for another), words that merely share its tail."""
    if word[:1] == query_word[:1]:
        return True
    return len(query_word) >= _SWAP_MIN_LENGTH and word[:2] == query_word[1::-1]


def word_score(query_word: str, word: str, cutoff: float = 0.0) -> float:
    """How well one typed word matches one word of the text, 0-100 (both folded). A word of
    one letter matches the start of a word only (``starts_a_word``): one letter against any
    other word is at most 67 (two letters, one of them it), under every cutoff used. A
    longer word is found inside a word as typed ("book" in "facebook"); with a slip, it
    matches a word from its first letter only (``same_start``). As typed, the whole word
    scores above the start of one, and that above the inside of one (``WHOLE_WORD``)."""
    if starts_a_word(query_word):
        return 100.0 if word.startswith(query_word) else 0.0
    if query_word in word:
        if word == query_word:
            return WHOLE_WORD
        return WORD_START if word.startswith(query_word) else INSIDE_WORD
    if not same_start(query_word, word):
        return 0.0
    score = similarity(query_word, word, cutoff)
    length = len(query_word)
    if len(word) > length >= 2:
        # Typing is usually a prefix: "interv" should find "interviewing", and "nrth"
        # (a letter left out) "northwind", so the prefix one letter longer counts too.
        prefix = max(
            similarity(query_word, word[:length], cutoff + 5),
            similarity(query_word, word[: length + 1], cutoff + 5),
        )
        score = max(score, prefix - 5)
    if score >= cutoff and _foreign_letters(query_word, word) > _FOREIGN_LETTERS:
        return 0.0
    return min(score, SLIP_MOST)


def _foreign_letters(query_word: str, word: str) -> int:
    """How many of the letters typed ``word`` does not hold anywhere."""
    return sum(letter not in word for letter in query_word)


def matching_words(query_word: str, vocabulary: Sequence[str], cutoff: float) -> dict[str, float]:
    """The words of ``vocabulary`` that ``query_word`` (folded) matches, with scores."""
    if starts_a_word(query_word):  # one letter: the words it begins, no scoring of each
        return dict.fromkeys((w for w in vocabulary if w.startswith(query_word)), 100.0)
    return {
        vocabulary[index]: score
        for _word, score, index in process.extract(
            query_word,
            vocabulary,
            scorer=lambda a, b, **_: word_score(a, b, cutoff),
            processor=None,
            score_cutoff=cutoff,
            limit=None,
        )
    }


def best_match(
    query: str, candidates: Iterable[str], *, cutoff: float = 85.0, whole: bool = False
) -> str | None:
    """The candidate closest to ``query`` if it is close enough (e.g. a CSV header);
    ``whole``: compared as a whole, not a part of it ({frist_name} is first_name, not name)."""
    found = process.extractOne(
        utils.default_process(query),
        {c: utils.default_process(c) for c in candidates},
        scorer=fuzz.ratio if whole else fuzz.WRatio,
        score_cutoff=cutoff,
    )
    return found[2] if found else None
