"""Prefilling a Skills item from a written answer: a short title and a first guess at its
kind, from the title's own words (the person can change both before saving)."""

from __future__ import annotations

import re
import unicodedata
from itertools import takewhile

from bounceback_tui.domain.quote_pairs import unquoted, without_lone_quotes
from bounceback_tui.domain.skill_lead_ins import ASKED_FOR, LEAD_IN, WANTS
from bounceback_tui.domain.skill_words import (
    INTERVIEWING_WORDS,
    LOWER_CASE_NAMES,
    RESUME_WORDS,
    SOFT_SKILL_WORDS,
    TECHNICAL_WORDS,
)
from bounceback_tui.domain.skills import SkillKind


def _cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word ("c++" and ".net" too, which ``\\b`` misses)."""
    return re.compile(rf"(?<![\w+#.])(?:{'|'.join(words)})(?![\w+#])")


_KIND_CUES: tuple[tuple[SkillKind, re.Pattern[str]], ...] = (
    (SkillKind.RESUME, _cue(RESUME_WORDS)),
    (SkillKind.SOFT_SKILL, _cue(SOFT_SKILL_WORDS)),
    (SkillKind.INTERVIEWING, _cue(INTERVIEWING_WORDS)),
    (SkillKind.TECHNICAL, _cue(TECHNICAL_WORDS)),
)


def guess_kind(text: str) -> SkillKind:
    """A first guess for the kind of an item prefilled from an answer; the person can change it."""
    lowered = text.lower()
    for kind, pattern in _KIND_CUES:
        if pattern.search(lowered):
            return kind
    return SkillKind.OTHER


TITLE_FROM_LIMIT = 60


def capital_start(text: str) -> str:
    """``text`` starting with a capital when its first word is a plain one ("stakeholder
    experience" -> "Stakeholder experience"); a word whose case is its own stays as written:
    one with a capital inside it ("iOS", "gRPC") or a name written in lower case ("dbt",
    "pandas": ``LOWER_CASE_NAMES``). "Dbt" was offered for "dbt"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    bare = first.strip(",.;:!?()\"'“”‘’")
    if any(c.isupper() for c in bare[1:]) or bare.casefold() in LOWER_CASE_NAMES:
        return text
    # After a quote that opens it: '"Why this company" answer'.
    at = len(text) - len(text.lstrip("\"'“‘„«"))
    return text[:at] + text[at : at + 1].upper() + text[at + 1 :]


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
# Where a lead-in may follow what is said first: after a clause's end, or a turn without a
# comma ("Strong culture fit but we need deeper SQL window functions and system design" was
# titled with the sentence cut at its limit: a tester's note).
_LEAD_IN_AFTER = re.compile(
    rf"{_CLAUSE_END.pattern}|\s+(?:but|however|though|although|yet)\s+", re.IGNORECASE
)
# Small words a title cut at its limit does not end on ("… the trade-offs between").
_DANGLING = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "between", "about", "as", "into", "than", "that", "which", "how", "my", "your",
    "their", "our",
})  # fmt: skip


# "... React hooks well enough", "... Airflow too": what follows the thing, once its lead-in
# is gone.
_TAIL = re.compile(
    r"\s+(?:well enough|enough|well|properly|at all|very well|too|as well|next time|"
    r"going forward|in (?:the )?future|for next time|for the next one|please|"
    r"for (?:this|the|that|a|our)(?: \w+)? (?:role|position|job|team|level|seniority))$",
    re.IGNORECASE,
)
# Between the things a sentence lists, and the words before one that is no longer a thing
# but a reason or a new clause ("SQL window functions, so I should practise them").
_CLAUSES = re.compile(r"\s*[,;:]\s+|\s[-–—]\s")
_JOINS = re.compile(r"\s+(?:and|or|plus|as well as|&)\s+", re.IGNORECASE)
_NOT_A_THING = re.compile(
    r"(?:because|since|as|so|which|but|though|although|especially|e\.g\.|like|not|then|"
    r"i|they|we|it|he|she|you|also|too|someone|somebody|a candidate|another|"
    # A new clause about something else: "and my resume barely mentioned it", "and that
    # was fair" (offered as a skill: a stranger's fortnight).
    r"my|our|their|his|her|your|its|me|us|them|this|that|these|those|there|here|what|how|"
    r"when|where|who|nothing|everything|never|still|even|only|just|yet|otherwise|"
    # What to do next, not a thing: "and show stakeholder work on the CV".
    r"show|put|add|mention|ask|tell|talk|say|make sure|try|keep|stop|start|remember|be|"
    r"bring|send|follow up|highlight|include|please|"
    # Nothing named: "work on myself", "I should practise more".
    r"myself|yourself|ourselves|themselves|itself|more|less|often|"
    # What to do, not a thing: "learn to say no" ("To say no" was a title).
    r"to(?=\s))\b",
    re.IGNORECASE,
)
# One more thing in brackets ("SQL (and Python)"), and a clause that says how much a thing
# matters ("B2B sales experience, ideally in fintech, and a network in the region"): the
# one is listed, the other passed over; neither is a skill of its own as written.
_JOINED_IN_BRACKETS = re.compile(r"\s*\(\s*((?:and|or|plus|as well as|&)\s+[^()]+?)\s*\)")
_ASIDE = re.compile(r"(?:ideally|preferably|for example|e\.g\.|i\.e\.|if possible)\b", re.I)
# A clause's "and" before a thing ("SQL, Python, and dbt"), or before a new clause ("SQL,
# and my resume barely mentioned it"): taken off, what follows is looked at alone.
_LEADING_JOIN = re.compile(r"^(?:and|or|plus|as well as|&|but)\s+", re.IGNORECASE)
# A verb says a clause is a sentence, not a thing: "the take-home was fine", "my answers
# were too short", "dashboards barely mentioned". An "-ed" word alone is no verb ("advanced
# Excel", "distributed systems"), only after a word that says how it went ("barely
# mentioned"); not after one that says what the thing is ("highly distributed systems",
# "widely used tools", "fully managed services" were taken for clauses and dropped).
_A_VERB = re.compile(
    r"\b(?:is|was|were|are|am|been|being|had|has|have|did|does|do|didn't|don't|doesn't|"
    r"wasn't|isn't|weren't|aren't|haven't|hasn't|hadn't|can't|couldn't|won't|wouldn't|"
    r"shouldn't|could|would|should|will|might|must|went|got|said|told|felt|seemed)\b"
    r"|\b(?:barely|hardly|rarely|scarcely|seldom|never|not|just|also|even|always|only|"
    r"really|still|clearly|obviously|probably|actually|apparently|briefly|finally)"
    r"\s+\w+ed\b",
    re.IGNORECASE,
)
# How feedback judges a thing after naming it: "System design round was weak", "SQL was a
# concern", "They felt my stakeholder communication was not strong enough". The whole
# sentence was the skill's name (a tester's month); the thing before the judgement is the
# skill, without the part of the process it was seen in ("round", "interview").
_JUDGED = re.compile(
    r"^(?:(?:they|he|she|the \w+(?: \w+)?)\s+(?:said|told me|mentioned|felt|thought)\s+"
    r"(?:that\s+)?)?(?:the\s+|my\s+|our\s+|their\s+)?(?P<thing>.+?)"
    r"(?:\s+(?:round|interview|part|section|stage|questions?|exercise|task|test|skills?))?"
    r"\s+(?:was|were|is|are|felt|seemed|came across as)\s+"
    r"(?:(?:a bit|a little|too|rather|quite|pretty|very|somewhat|not|still)\s+)*"
    r"(?:weak|weaker|a concern|a worry|an issue|a problem|a gap|a weakness|lacking|shaky|"
    r"rusty|thin|light|missing|strong enough|there yet|up to (?:the )?(?:bar|par)|"
    r"below (?:the )?bar|underwhelming)"
    r"(?:\s+(?:for (?:them|the (?:team|role|panel|company))|overall))?$",
    re.IGNORECASE,
)
# What a judgement names that is no skill: the sentence stays whole ("The interview was
# weak", "Overall it was a concern").
_NO_SKILL = re.compile(
    r"\b(?:it|this|that|everything|nothing|overall|interview|interviews|round|call|screen|"
    r"answers?|performance|fit|process|conversation|chat)\b",
    re.IGNORECASE,
)
# Between clauses a judgement can be in: "The take-home was great but the live coding was
# a bit shaky" judges the live coding.
_BUT = re.compile(rf"{_CLAUSES.pattern}|\s+but\s+", re.IGNORECASE)
_SOFTENERS = re.compile(r"^(?:(?:more|stronger|deeper|better|some|the|my|a|an)\s+)+", re.I)
# A listed thing longer than this is a phrase that holds an "and", not two things.
_THING_MAX_WORDS = 4
SKILLS_NAMED_LIMIT = 3


def skills_named(text: str) -> list[str]:
    """The skills an answer names after saying they were missing, each with a capital start
    unless its first word keeps its own case (``capital_start``): "They wanted more SQL and
    stakeholder experience." names "SQL" and "Stakeholder experience"; "I bluffed on SQL
    window functions, so I should practise them." names "SQL window functions". None (an
    empty list) when the answer does not open that way."""
    sentence = _bare(chosen_sentence(text))
    named = _after_lead_in(sentence)
    # A clause that names no skill before a colon gives way to a lead-in after it: "Only
    # the technical side: they wanted more iOS, gRPC and pandas" was titled "Only the
    # technical side" (a tester's note).
    for stop in _LEAD_IN_AFTER.finditer(sentence):
        if named is not None or _judged(sentence[: stop.start()]):
            break
        named = _after_lead_in(_LEADING_JOIN.sub("", unquoted(sentence[stop.end() :])))
    if named is None:
        judged = without_lone_quotes(_judged(sentence))
        return [capital_start(judged)] if judged else []
    return named


def _after_lead_in(sentence: str) -> list[str] | None:
    """The things ``sentence`` names after its lead-in ("I need SQL and dbt" -> "SQL",
    "dbt"), None when it opens with none."""
    # The longest: "Lacked experience with C++" leads in to "C++", not "Experience with C++".
    found = [m for lead in (LEAD_IN, WANTS, ASKED_FOR) if (m := lead.match(sentence))]
    lead_in = max(found, key=lambda m: m.end(), default=None)
    if lead_in is None:
        return None
    if len(sentence[lead_in.end() :].strip()) < 3:
        return []
    things: list[str] = []
    rest = _JOINED_IN_BRACKETS.sub(r", \1", sentence[lead_in.end() :])
    for clause in _CLAUSES.split(rest):
        clause = _SOFTENERS.sub("", unquoted(_LEADING_JOIN.sub("", clause.strip())))
        if _ASIDE.match(clause):
            continue
        # Each part judged without its softeners: "my system design" is a thing, and
        # "my resume barely mentioned it" a new clause for its verb, not for its "my".
        raw = [_SOFTENERS.sub("", unquoted(p)) for p in _JOINS.split(clause)]
        # The things up to a part that starts a new clause ("SQL and I never mentioned it").
        parts = list(takewhile(_is_a_thing, raw))
        if len(parts) < len(raw):
            things.extend(p for p in parts if p)
            break
        if len(parts) > 1 and all(0 < len(p.split()) <= _THING_MAX_WORDS for p in parts):
            things.extend(parts)
        else:
            things.append(clause)
    named = [without_lone_quotes(_TAIL.sub("", thing) or thing) for thing in things]
    return [capital_start(thing) for thing in named if thing][:SKILLS_NAMED_LIMIT]


def _bare(sentence: str) -> str:
    """``sentence`` without its full stop and the emoji at either end: "System design round
    was weak 😕" judges system design, and "Leadership experience 🤷" was a title."""
    chars = list(sentence.strip())
    while chars and (chars[-1] in " .!?" or _is_emoji(chars[-1])):
        chars.pop()
    while chars and (chars[0] == " " or _is_emoji(chars[0])):
        chars.pop(0)
    return "".join(chars)


def _is_emoji(char: str) -> bool:
    """A pictograph, or what joins or styles one (a zero-width joiner, a variation selector)."""
    return unicodedata.category(char) in {"So", "Sk", "Cf", "Cs"} or char == "\ufe0f"


def _judged(sentence: str) -> str:
    """The thing the first clause that judges one names ("System design round was weak"
    -> "System design"), or ""."""
    for clause in _BUT.split(sentence):
        found = _JUDGED.match(_LEADING_JOIN.sub("", clause.strip()))
        if found is None:
            continue
        thing = found["thing"].strip()
        short = len(thing) >= 2 and len(thing.split()) <= _THING_MAX_WORDS
        if short and not _NO_SKILL.search(thing) and _is_a_thing(thing):
            return thing
    return ""


def _is_a_thing(words: str) -> bool:
    """True when ``words`` (a clause or a part of one) can name a skill: not empty, not
    opening a new clause ("my resume …", "I never …"), with no verb in it."""
    return bool(words) and not _NOT_A_THING.match(words) and not _A_VERB.search(words)


def title_from(text: str, limit: int = TITLE_FROM_LIMIT) -> str:
    """A short title from an answer: the first clause of its sentence that says what to do
    (``chosen_sentence``; "" when it has none, only "Not really."), without a lead-in
    such as "I bluffed on", cut at a word if it is still longer than ``limit`` (the whole
    sentence goes in the notes). Never an ellipsis: the title is saved as the form shows it,
    and a "…" in it was saved too."""
    sentence = _bare(chosen_sentence(text))
    if not sentence:
        return ""
    named = skills_named(sentence)
    if named:
        return _within(named[0], limit)
    title = sentence
    for end in _CLAUSE_END.finditer(sentence):
        clause = sentence[: end.start()].strip()
        explained = _EXPLAINS.match(sentence, end.end()) is not None
        if clause and (len(clause.split()) >= _CLAUSE_MIN_WORDS or explained):
            title = clause
            break
    lead_in = LEAD_IN.match(title)
    after = title[lead_in.end() :].strip() if lead_in else ""
    # Only before a thing: "I should work on myself" keeps its words.
    if lead_in and len(after) >= 3 and _is_a_thing(_SOFTENERS.sub("", after)):
        rest = _TAIL.sub("", title[lead_in.end() :].strip()) or title[lead_in.end() :].strip()
        title = capital_start(rest)
    return _within(capital_start(without_lone_quotes(title)), limit)


def titles_from(text: str, limit: int = TITLE_FROM_LIMIT) -> list[str]:
    """The titles of the items an answer makes: one for each skill it names
    (``skills_named``), else its one title (``title_from``)."""
    named = skills_named(text)
    return [_within(thing, limit) for thing in named] if named else [title_from(text, limit)]


def _within(title: str, limit: int) -> str:
    """The title cut at a word to ``limit`` characters, never on a small word."""
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


# A sentence that only answers yes or no, or hedges ("Not really.", "Kind of.", "I think so."),
# and the same words opening a longer one ("No, but ..."): never a skill's title (the answer
# "Not really. The feedback said ..." was titled "Not really": a stranger's walk).
_HEDGE = (
    r"(?:no|nope|yes|yeah|yep|not really|not quite|not exactly|kind of|sort of|a bit|a little|"
    r"maybe|perhaps|probably|possibly|partly|somewhat|honestly|well|hmm|i think so|i guess( so)?|"
    r"i suppose( so)?|i don't know|i'm not sure|not sure|i hope so|definitely|absolutely|"
    r"of course|sure|ok|okay)"
)
_HEDGE_ONLY = re.compile(rf"^(?:{_HEDGE}[\s,.!?…-]*)+$", re.IGNORECASE)
# An opening is taken off only with its comma or stop ("No, but ...", "Well, ..."): "No one
# asked" and "Well written letters" keep theirs.
_HEDGE_OPENING = re.compile(rf"^(?:{_HEDGE}[,.!?…]+\s+(?:(?:but|and|though)\s+)?)+", re.IGNORECASE)
# Words that say what to do or what was missing: the sentence to take a title from.
_ACTION = re.compile(
    r"\b(?:practi[cs]e|practi[cs]ing|learn|learning|improve|improving|work on|get better|"
    r"brush up|build|study|read up|prepare|more experience|lack(?:ed|s)?|"
    r"(?:need(?:ed|s)?|(?:looking|hoping) for) (?:more|stronger|deeper|better|someone|a candidate)|"
    r"wanted more|were looking for|wanted|asked for|i need|pick up|focus on|master|went with|"
    r"forward with|proceed(?:ed)? with)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """The answer's sentences, each whole, on one line (with its full stop)."""
    flat = unquoted(" ".join(text.split()))
    return [part for part in re.split(r"(?<=[.!?])\s", flat) if part] if flat else []


def chosen_sentence(text: str) -> str:
    """The sentence of an answer a skill's title comes from: the first that says what to do
    or what was missing (``_ACTION``: "practise ...", "more experience ..."), else the first
    that judges a thing ("System design round was weak"), else the first that is more than
    a yes, a no or a hedge; each without a hedge opening it ("No, but I should ..." -> "I
    should ..."). "" when it is all hedges ("Not really.")."""
    kept: list[str] = []
    for sentence in sentences(text):
        opening = _HEDGE_OPENING.match(sentence)
        bare = sentence[opening.end() :] if opening else sentence
        if bare and not _HEDGE_ONLY.match(bare):
            kept.append(capital_start(bare))
    judged = next((s for s in kept if _judged(s.rstrip(".!?"))), kept[0] if kept else "")
    return next((s for s in kept if _ACTION.search(s)), judged)


def first_sentence(text: str) -> str:
    """The answer's first sentence, whole, on one line (with its full stop)."""
    flat = unquoted(" ".join(text.split()))
    return re.split(r"(?<=[.!?])\s", flat, maxsplit=1)[0] if flat else ""
