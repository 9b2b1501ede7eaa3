"""Reading a reflection answer for one thing: does it say only the technical skills came
across? Such an answer becomes an offer of a soft-skill item (services/skill_suggestions.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

# The recovery step whose answer says whether soft skills came across.
SOFT_SKILLS_STEP_KEY = "reflect.soft_skills"
ANSWER_READ_LIMIT = 5_000

_TECH = (
    r"(?:technical|tech|tools?|tooling|code|coding|stack|frameworks?|syntax|algorithms?|"
    r"architecture|implementation|hard skills|the tech stack|apis?|kubernetes|sql)"
)
_SOFT = (
    r"(?:soft skills?|soft side|team ?work|teams?|collaborat\w*|communicat\w*|leadership|"
    r"leading|mentor\w*|people|conflicts?|disagreements?|stakeholders?|empathy|judge?ment|"
    r"stor(?:y|ies)|examples?|interpersonal|listening)"
)
_WORDS = r"(?:[\w'’-]+\s+)"
_NEGATOR = re.compile(r"\b(?:not|never|no|hardly|barely|wasn't|weren't|isn't)\b|n't\b")

# Phrases that say technical talk filled the conversation or soft skills did not show.
_TECH_ONLY_CUES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        rf"\b(?:mostly|mainly|largely|only|just|purely|all|entirely|too|overly|heavily|"
        rf"way too|very)\s+(?:about\s+)?(?:the\s+)?{_TECH}\b",
        rf"\b(?:only|just|mostly|mainly)\s+(?:talked|spoke|discussed|covered|focused|went on|"
        rf"mentioned|showed|explained|answered|described)\s+(?:about\s+|on\s+)?{_WORDS}{{0,3}}?"
        rf"{_TECH}\b",
        rf"\b(?:talked|spoke|focused|went on)\s+(?:only|just|mostly|mainly)\s+(?:about|on)\s+"
        rf"{_WORDS}{{0,3}}?{_TECH}\b",
        rf"\b{_TECH}\s+(?:skills?\s+|stuff\s+|side\s+|things\s+|answers\s+|details?\s+)?only\b",
        rf"\b(?:leaned|leant|relied|focused|stuck|hid)\s+(?:\w+\s+){{0,2}}?(?:on|to|behind)\s+"
        rf"{_WORDS}{{0,2}}?{_TECH}\b",
        rf"\b(?:never|didn't|did not|forgot to|failed to|couldn't|could not|no chance to|"
        rf"no time to|not once)\s+{_WORDS}{{0,3}}?(?:mention|talk|bring|show|tell|told|get|"
        rf"share|discuss|demonstrat|highlight|say|said|raise|gave|give)\w*\s+"
        rf"{_WORDS}{{0,4}}?{_SOFT}\b",
        rf"\b(?:no|zero|not one|not a single|not enough|too little|little)\s+(?:\w+\s+)?{_SOFT}\b",
        rf"\b{_SOFT}\s+{_WORDS}{{0,3}}?(?:didn't|did not|never|barely|hardly|wasn't|weren't|"
        rf"did not really|didn't really)\s+(?:\w+\s+)?(?:come|came|get|got|make|made|show|"
        rf"land|feature|register|appear|happen|surface)\w*",
        rf"\b{_SOFT}\s+(?:\w+\s+)?(?:got|were|was|went)\s+(?:completely\s+)?(?:lost|buried|"
        rf"squeezed out|crowded out|left out|missing|absent|forgotten)\b",
        rf"\b{_TECH}\s+(?:details?|questions|stuff|talk|answers)\s+{_WORDS}{{0,2}}?(?:filled|"
        rf"took|dominated|ate|crowded|swallowed|used)\b",
        rf"\btoo much\s+(?:\w+\s+)?{_TECH}\b",
    )
)
# Phrases that say the soft skills did come across (they win over a cue above).
_CAME_ACROSS_CUES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        rf"\b{_SOFT}\s+{_WORDS}{{0,4}}?(?:came across|came through|landed|went well|worked|"
        rf"shone|stood out|got through|were clear|was clear)\b",
        r"^(?:both|a bit of both|a good mix|a good balance|balanced|well balanced|a mix)\b",
        r"\bboth\s+(?:came|landed|showed|got|were)\b",
        rf"\b(?:did|got to|managed to|made sure to)\s+(?:mention|talk about|tell|share|show|"
        rf"bring up|discuss)\s+{_WORDS}{{0,4}}?{_SOFT}\b",
        rf"\b(?:i|we)\s+(?:also\s+)?(?:talked|spoke|mentioned|told|shared|described|explained)"
        rf"\s+(?:about\s+)?{_WORDS}{{0,3}}?{_SOFT}\b",
    )
)
_BARE_NO = re.compile(
    r"^(?:no|nope|not really|not at all|hardly|barely|only the technical ones?|"
    r"only technical|just the technical ones?|technical only|the technical ones?)$"
)


def _clauses(text: str) -> list[str]:
    normal = text.lower().replace("’", "'").replace("‘", "'")
    return [c.strip() for c in re.split(r"[.;!?\n]+|,\s*but\b|\bbut\b", normal) if c.strip()]


def _negated_before(clause: str, start: int) -> bool:
    """True if the two words before a match negate it ("not only technical")."""
    before = clause[:start].split()[-2:]
    return bool(_NEGATOR.search(" ".join(before)))


@lru_cache(maxsize=4096)  # pure, and the pane asks again on every reload
def leaned_on_technical_only(answer: str) -> bool:
    """Does a reflection answer say the person showed technical skills only?

    Reads the answer to "Did my soft skills come across, or only the technical ones?".
    True for "Mostly technical", "I only talked about tools", "never mentioned teamwork";
    False when the answer says soft skills came across, or says nothing either way.
    """
    # The first few thousand characters say it if anything does; this bounds the cost.
    clauses = _clauses(answer[:ANSWER_READ_LIMIT])
    if not clauses:
        return False
    whole = " ".join(" ".join(clauses).split())
    if _BARE_NO.match(whole.strip(" ,")):
        return True
    tech_only = False
    for clause in clauses:
        for pattern in _CAME_ACROSS_CUES:
            match = pattern.search(clause)
            if (
                match
                and not _NEGATOR.search(match.group(0))
                and not _negated_before(clause, match.start())
            ):
                return False
        for pattern in _TECH_ONLY_CUES:
            match = pattern.search(clause)
            if match and not _negated_before(clause, match.start()):
                tech_only = True
    return tech_only
