"""suggest_traps: each trap on examples written here, empty and trap-free text, typos,
inflections, the shape of what it returns, and the labelled set in tests/data."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.reframe import TRAP_KEYS, TRAPS, suggest_traps

DATA = Path(__file__).parent / "data" / "thoughts.csv"

# One or two thoughts per trap, written for this test (not in the benchmark set).
EXAMPLES = [
    ("all_or_nothing", "My answer wasn't perfect, so the interview was a complete failure."),
    ("all_or_nothing", "Either I get an offer this month or I give up on tech."),
    ("overgeneralization", "I always freeze in technical interviews."),
    ("overgeneralization", "Every time I apply somewhere good, it goes nowhere."),
    ("mental_filter", "They praised my portfolio but all I can think about is the one bug."),
    ("mental_filter", "I keep replaying the moment my screen share froze."),
    ("disqualifying_positive", "Getting the interview was just luck."),
    ("disqualifying_positive", "They said nice things, but they were just being polite."),
    ("mind_reading", "The hiring manager must think I'm too junior."),
    ("mind_reading", "I could tell the panel was bored by my answers."),
    ("fortune_telling", "I'm going to bomb the interview next week."),
    ("fortune_telling", "Why bother, nobody will reply."),
    ("catastrophizing", "If I don't get this job my life is over."),
    ("emotional_reasoning", "I feel like a failure, so I must be a failure."),
    ("emotional_reasoning", "I feel so stupid, it must be true that I'm not good at this."),
    ("should_statements", "I should have answered that question better."),
    ("should_statements", "I ought to have a job by now."),
    ("labeling", "I'm such a loser."),
    ("labeling", "I'm an idiot for forgetting the company's name."),
    ("personalization", "The team lost the bid and it's all my fault."),
    ("personalization", "They paused hiring because of me."),
    ("blaming", "It's the recruiter's fault I didn't get the offer."),
    ("blaming", "My old manager sabotaged my reference."),
    ("comparing", "Everyone else from my course already has a job."),
    ("comparing", "Other candidates are so much better than me."),
]


@pytest.mark.parametrize(("key", "thought"), EXAMPLES)
def test_each_trap_is_suggested_first(key: str, thought: str) -> None:
    suggestions = suggest_traps(thought)
    assert suggestions, thought
    assert suggestions[0].key == key, [s.key for s in suggestions]


# Thoughts that fall into two traps at once: both are suggested, in either order.
TWO_TRAPS = [
    (("catastrophizing", "fortune_telling"), "This is a disaster, I'll end up homeless."),
    (("mind_reading", "labeling"), "They must think I'm a fraud."),
]


@pytest.mark.parametrize(("keys", "thought"), TWO_TRAPS)
def test_a_thought_with_two_traps_gets_both_first(keys: tuple[str, str], thought: str) -> None:
    assert {s.key for s in suggest_traps(thought)[:2]} == set(keys)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "...", "🙂"])
def test_empty_text_gives_nothing(text: str) -> None:
    assert suggest_traps(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The interview is on Thursday at ten.",
        "I didn't get the job and I'm disappointed.",
        "I want to practise system design before the next round.",
        "They went with someone who had more Kubernetes experience.",
        "I should ask the recruiter for feedback tomorrow.",
        "Good morning, I heard back today.",
    ],
)
def test_trap_free_text_gives_nothing(text: str) -> None:
    assert suggest_traps(text) == []


@pytest.mark.parametrize(
    ("text", "key", "cue"),
    [
        ("I shoulda prepared more", "should_statements", "shoulda"),
        ("i shouldve known", "should_statements", "shouldve"),
        ("nobody ever calls back", "overgeneralization", "nobody ever"),
        ("noone ever calls back", "overgeneralization", "noone ever"),
        ("I'm catastrophising again", "catastrophizing", "catastrophising"),
        ("I catastrophized the whole week", "catastrophizing", "catastrophized"),
        ("I alwyas blow interviews", "overgeneralization", "alwyas"),
        ("I nevr get past screening", "overgeneralization", "nevr"),
        ("everyboyd else has a job", "comparing", "everyboyd else"),
        ("they probly think im stupid", "mind_reading", "they probly think"),
        ("i shuold be better at this", "should_statements", "shuold"),
    ],
)
def test_typos_and_inflections(text: str, key: str, cue: str) -> None:
    found = {s.key: s for s in suggest_traps(text)}
    assert key in found, [s.key for s in found.values()]
    assert cue in found[key].cues


def test_everyday_words_are_not_mistaken_for_typos() -> None:
    # One letter away from a cue word ("loser", "moron", "haunt"), but ordinary words.
    assert suggest_traps("The salary was lower than I hoped.") == []
    assert suggest_traps("This morning I went job hunting.") == []


def test_result_shape_and_order() -> None:
    suggestions = suggest_traps("I'll never get hired, they must think I'm a fraud.", limit=3)
    assert 1 <= len(suggestions) <= 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)
    for suggestion in suggestions:
        assert suggestion.key in TRAP_KEYS
        assert 0.0 < suggestion.score <= 1.0
        assert suggestion.cues


def test_cues_quote_the_persons_words() -> None:
    (first, *_) = suggest_traps("Honestly, I ALWAYS mess this up")
    assert first.key == "overgeneralization"
    assert first.cues == ("ALWAYS",)
    gap = {s.key: s for s in suggest_traps("I feel useless, so I must be useless")}
    assert gap["emotional_reasoning"].cues[0] == "feel … so … must be"


def test_limit() -> None:
    text = "I always fail, everyone else is better than me, it's a disaster and my fault"
    assert len(suggest_traps(text, limit=1)) == 1
    assert len(suggest_traps(text, limit=5)) > 3
    assert suggest_traps(text, limit=0) == []


def test_every_catalogue_example_suggests_its_trap() -> None:
    for trap in TRAPS:
        keys = [s.key for s in suggest_traps(trap.example)]
        assert trap.key in keys, (trap.key, keys)


def test_very_long_and_odd_text() -> None:
    long = "I always mess up. " * 20_000
    assert suggest_traps(long)[0].key == "overgeneralization"
    assert suggest_traps("אני תמיד נכשל 🙃 ‏I always fail‏") != []
    odd = suggest_traps("\x00\x1b[31m never \u200b")
    assert (odd[0].key, odd[0].cues) == ("overgeneralization", ("never",))
    assert all("never" in cue for s in odd for cue in s.cues)  # the only real word there


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_safe(text: str) -> None:
    suggestions = suggest_traps(text)
    assert len(suggestions) <= 3
    assert len({s.key for s in suggestions}) == len(suggestions)
    for suggestion in suggestions:
        assert suggestion.key in TRAP_KEYS
        assert 0.0 <= suggestion.score <= 1.0
        for cue in suggestion.cues:
            for part in cue.rstrip("…").split(" … "):
                assert part.strip() in text


def _load() -> list[dict[str, str]]:
    with DATA.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_labelled_set_is_big_and_varied() -> None:
    rows = _load()
    assert len(rows) >= 150
    assert len({row["text"] for row in rows}) == len(rows)
    counts = Counter(key for row in rows for key in row["traps"].split())
    assert set(counts) == set(TRAP_KEYS)
    assert min(counts.values()) >= 8
    assert sum(1 for row in rows if not row["traps"]) >= 20
    assert {row["about"] for row in rows} == {"job", "life"}
    assert {row["split"] for row in rows} == {"dev", "test", "blind", "blind2"}


def test_accuracy_on_the_development_set_stays_high() -> None:
    # A floor against regressions, not the reported figure (see docs/reframe.md).
    rows = [row for row in _load() if row["split"] == "dev" and row["traps"]]
    top1 = sum(
        bool(found) and found[0].key in row["traps"].split()
        for row in rows
        for found in [suggest_traps(row["text"])]
    )
    assert top1 / len(rows) >= 0.9


def test_importing_the_package_stays_light() -> None:
    code = (
        "import sys, bounceback_tui.reframe as r\n"
        "r.suggest_traps('I always fail')\n"
        "heavy = [m for m in ('textual', 'sqlmodel', 'sqlalchemy', 'httpx', 'pydantic')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_benchmark_script_prints_both_figures() -> None:
    script = Path(__file__).parent.parent / "benchmarks" / "reframe_accuracy.py"
    result = subprocess.run(
        [sys.executable, str(script), "--split", "dev"], capture_output=True, text=True, check=True
    )
    assert "top-1" in result.stdout and "top-3" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "My mother was ill last week.",
        "my mother was ill",
        "He fell ill in May and recovered.",
        "I feel ill today.",
        "She has been seriously ill since the spring.",
        "Ill health runs in the family.",
    ],
)
def test_ill_as_a_word_is_not_read_as_i_will(text: str) -> None:
    # "ill" without an apostrophe is also how people type "I'll"; after "was", "fell",
    # "feel", an adverb, or before "health", it is the adjective and predicts nothing.
    from bounceback_tui.reframe.words import tokenize

    assert "will" not in [token.stem for token in tokenize(text)]
    assert "fortune_telling" not in {s.key for s in suggest_traps(text)}


@pytest.mark.parametrize(
    "text",
    ["ill never get a job", "Ill be alone forever", "if i fail ill lose the flat"],
)
def test_ill_at_the_head_of_a_clause_is_still_i_will(text: str) -> None:
    from bounceback_tui.reframe.words import tokenize

    assert "will" in [token.stem for token in tokenize(text)]
    # The prediction it makes is found, and quoted through the "ill" that carries it ("if I
    # fail I'll lose the flat" may come first as catastrophizing, as the catalogue's own
    # example "If I don't get this job, ... I'll lose everything" does).
    found = {s.key: s for s in suggest_traps(text)}
    assert "fortune_telling" in found, list(found)
    assert any("ill" in cue.casefold() for cue in found["fortune_telling"].cues)


# Everyday sentences from life outside the job search, written for this test and kept out of
# the training data: plans, errands and facts, a few with words a cue list reads as a trap
# ("always", "never", "should", "everyone").
EVERYDAY = [
    "We're having lasagne tonight and my brother is bringing dessert.",
    "The bus was ten minutes late, so I read my book at the stop.",
    "I need to buy milk, bread and batteries for the remote.",
    "My daughter started swimming lessons on Saturday mornings.",
    "The window cleaner comes every other Tuesday.",
    "We painted the spare room a pale green last weekend.",
    "I always take the stairs at work, it's only three floors.",
    "My neighbour lent me his ladder to clear the gutters.",
    "The library closes early on Wednesdays.",
    "I've booked the car in for its service next Thursday.",
    "Grandpa turns eighty in March and we're planning a small lunch.",
    "It rained all afternoon, so the match was called off.",
    "I'm reading a novel about a lighthouse keeper in Cornwall.",
    "My flatmate and I split the electricity bill every quarter.",
    "The cat knocked a glass off the table this morning.",
    "I walked the dog along the canal before breakfast.",
    "Everyone in our street put their bins out a day early because of the holiday.",
    "I should pick up the dry cleaning on my way home.",
    "My sister never eats mushrooms, so I left them out of the risotto.",
    "The nurse took my blood pressure and weighed me at the check-up.",
]


def test_everyday_sentences_mostly_get_no_suggestion() -> None:
    # Issue 17 asks for no suggestion on at least 8 in 10 neutral everyday sentences; a
    # guess counts as a suggestion. (The first model suggested something for 5 of these.)
    loud = {text: [s.key for s in found] for text in EVERYDAY if (found := suggest_traps(text))}
    assert len(loud) <= 2, loud


# Plans said with "I'll" (or "ill", as it is often typed) are the commonest everyday future
# tense; a prediction about oneself ("I'll never get a job") is fortune telling, a plan is not.
# Written for this test and kept out of the training data.
PLANS = [
    "I'll call you later.",
    "I'll be there at 6.",
    "ill be there at 6",
    "ill call you later",
    "ill text you when im home",
    "I'll see you at the station.",
    "I'll pick up the kids after work.",
    "I'll put the bins out tonight.",
    "Ill book the dentist for next week",
    "I'll pay you back on Friday.",
]

# "Feel" about the body is a sensation, not a feeling taken as proof of anything.
BODILY = [
    "been feeling ill since monday",
    "feeling sick since monday",
    "I feel dizzy when I stand up too fast.",
    "My throat feels sore this morning.",
    "I felt hot and shivery all night.",
]


def test_plans_with_ill_mostly_get_no_suggestion() -> None:
    # The third model suggested fortune telling for 5 of these, 1.0 sure for "I'll be there at 6".
    loud = {text: [s.key for s in found] for text in PLANS if (found := suggest_traps(text))}
    assert len(loud) <= 2, loud


def test_a_bodily_feeling_is_not_emotional_reasoning() -> None:
    # The third model suggested emotional reasoning for all five.
    reasoned = [t for t in BODILY if "emotional_reasoning" in {s.key for s in suggest_traps(t)}]
    assert len(reasoned) <= 1, reasoned


def _paste(chars: int) -> str:
    """Neutral everyday text, at least ``chars`` long."""
    text = ""
    while len(text) < chars:
        text += " ".join(EVERYDAY[:6] + EVERYDAY[8:16] + EVERYDAY[19:]) + " "
    return text


def test_a_long_paste_is_read_at_its_end() -> None:
    # A person who pastes a long story usually ends with the thought itself.
    text = _paste(9_000) + "Anyway. I'm such a loser."
    keys = [s.key for s in suggest_traps(text)]
    assert "labeling" in keys, keys


def test_a_long_paste_is_read_at_its_beginning() -> None:
    text = "I'm such a loser. " + _paste(9_000)
    assert "labeling" in [s.key for s in suggest_traps(text)]


def test_the_work_on_a_long_paste_is_bounded() -> None:
    # However long the text, the words read are its beginning and its end, cut at spaces,
    # so scoring a 5,000- or 50,000-character paste costs what a short story does.
    from bounceback_tui.reframe.words import HEAD_CHARS, TAIL_CHARS, reading_window, tokenize

    story = _paste(HEAD_CHARS + TAIL_CHARS - 200)[: HEAD_CHARS + TAIL_CHARS]
    assert reading_window(story) == [(0, len(story))]
    read = []
    for size in (5_000, 50_000):
        text = _paste(size)
        parts = reading_window(text)
        assert parts[0][0] == 0 and parts[-1][1] == len(text)
        assert sum(end - start for start, end in parts) <= HEAD_CHARS + TAIL_CHARS
        for start, end in parts:
            assert start == 0 or text[start] == " "
            assert end == len(text) or text[end] == " "
        read.append(len(tokenize(text, parts)))
    assert abs(read[0] - read[1]) <= 5
    assert read[0] < len(tokenize(_paste(5_000))) / 2


@pytest.mark.parametrize(
    "text",
    [
        "Should I bring a bottle of wine or a dessert?",
        "What should we cook for the kids tonight?",
        "I should renew my passport before the summer.",
        "We should pick up the keys from the agent on Friday.",
        "I should ring the garage about the tyres.",
    ],
)
def test_should_in_a_plan_or_a_question_is_no_rule_for_the_lexicon(text: str) -> None:
    # A plan or a request for advice, not a rigid rule about how one must be.
    from bounceback_tui.reframe.suggest import THRESHOLD, lexicon_totals

    total, _ = lexicon_totals(text).get("should_statements", (0.0, ()))
    assert total < THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "I should be over this by now.",
        "I should have known he'd say no.",
        "We should never have moved here.",
        "I should buy my own house at my age, not rent.",
    ],
)
def test_should_as_a_rule_still_counts_for_the_lexicon(text: str) -> None:
    from bounceback_tui.reframe.suggest import THRESHOLD, lexicon_totals

    total, _ = lexicon_totals(text).get("should_statements", (0.0, ()))
    assert total >= THRESHOLD


def test_nobody_will_hire_me_is_not_read_as_blaming() -> None:
    """A new user's walk: the traps step said "'hire me' → Blaming" for this thought. It
    blames no one; it foretells, from one word for everyone. The job search's own words
    ("hire", "job", "company") are in nearly every thought here, and a trap the model alone
    found, weakly, is not offered on the word already quoted for a trap above it."""
    found = suggest_traps("Nobody will hire me.")
    assert [s.key for s in found] == ["fortune_telling", "overgeneralization"]
    assert found[0].cues == ("Nobody will",)
    for text in ("Nobody will hire me.", "No company will hire me.", "I can't get a job."):
        for suggestion in suggest_traps(text):
            assert suggestion.key != "blaming", (text, suggestion)
            for word in ("hire", "company", "job"):
                assert not any(cue.casefold() == word for cue in suggestion.cues), suggestion
            assert "hire me" not in suggestion.cues
