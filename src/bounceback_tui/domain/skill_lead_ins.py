"""The words a person writes before the skill itself, in an answer or a no's feedback ("I
bluffed on", "Next time I want to learn", "They wanted more"): what
``skill_prefill.skills_named`` takes off to find the things named."""

from __future__ import annotations

import re

# How a person says what they lack, before the thing itself: "I bluffed on SQL window
# functions" is about "SQL window functions", and was a skill's title as it stood (a new
# user's walk). Only these; any other opening keeps the clause whole.
LEAD_IN = re.compile(
    r"^(?:i\s+(?:really\s+|just\s+|totally\s+)?)?(?:"
    r"bluffed|struggled|fumbled|stumbled|blanked|floundered|got stuck|(?:weak|shaky|rusty)(?= on)|"
    r"was (?:weak|shaky|rusty|"
    r"unsure|vague)|wasn't (?:sure|confident|clear)|didn't know(?: enough)?|lacked|"
    r"(?:need(?:ed)?|should|have|had) to (?:practi[cs]e|learn|improve|work on|brush up on|"
    r"get better at)|should (?:practi[cs]e|learn|improve|work on|brush up on)"
    r")(?:\s+(?:on|with|at|about|in|over))?\s+(?:the\s+|my\s+)?",
    re.IGNORECASE,
)


# How a person says what they mean to learn, before the list of it: "Next time I want to
# learn SQL, Python, and stakeholder communication" was titled "Next time I want to learn
# SQL", and "I need SQL, Python and dbt." named nothing (a stranger's walk). A time it is
# for ("next time", "going forward"), who wants it ("I'd like to", "I should", "I'll"), and
# what they will do ("learn", "work on", "brush up on", "get better at"), or "I need" or
# "more" before the things themselves. Never before words that are no thing ("learn from
# it", "work on myself", "I need a break", "more than anything").
_WHEN = (
    r"(?:(?:and\s+)?(?:next time|going forward|from now on|in (?:the )?future|for next time|"
    r"this time|before the next (?:one|interview))[,]?\s+)?"
)
_WHO = (
    r"i\s+(?:really\s+|just\s+|definitely\s+|also\s+|still\s+|probably\s+|"
    r"honestly\s+)?(?:want(?:ed)? to|wanna|would (?:really )?like to|would love to|need to|"
    r"have to|had to|should|must|will|am going to|plan to|hope to|intend to|ought to|"
    r"could|can|got to|gotta|mean to)\s+"
    r"|i['’](?:d (?:really )?(?:like|love) to|ll|m going to|m planning to)\s+"
)
_DO = (
    r"(?:learn(?: more about)?|practi[cs]e(?: more)?|work (?:more )?on|brush up(?: on)?|"
    r"get (?:better|good|stronger|more confident) (?:at|with|in|on)|study|read up on|"
    r"focus (?:more )?on|pick up|dig into|go deeper (?:on|into)|master|"
    r"get (?:some |more )?(?:experience|practice) (?:with|in|on))"
)
# Said by someone ("I want to improve my SQL"); alone it keeps its clause ("Improve my
# portfolio case studies").
_IMPROVE = r"improve(?: my| at| on)?"
_NOT_A_LIST = r"(?:from|to|myself|it|this|that|them|these|those|on|at|how|what|why|more)\b"
WANTS = re.compile(
    rf"^{_WHEN}(?:(?:(?:{_WHO})?{_DO}|(?:{_WHO}){_IMPROVE})\s+(?!{_NOT_A_LIST})"
    r"|i\s+(?:really\s+|just\s+|definitely\s+|also\s+|still\s+)?need\s+"
    r"(?!(?:to|a break|a rest|rest|time|sleep|a holiday|a job|money|help|space|feedback|"
    r"closure|it|this|that|them|someone|somebody)\b)"
    r"|more\s+(?!(?:of|than|to|or|and|often|time|people|someone|somebody|like)\b))"
    r"(?:the\s+|my\s+|some\s+)?",
    re.IGNORECASE,
)


# What a recruiter's "we need", "looking for" or "wanted" is followed by when it names what
# was missing ("deeper SQL", "someone with ...", "more experience with ..."), not what they
# do next ("We need to decide", "We wanted someone local" keep their words).
_MORE = (
    r"(?=\s+(?:more|stronger|strong|deeper|better|solid|hands-on|real|extra|someone|somebody|"
    r"a candidate|candidates|a person|a profile|experience|depth|expertise)\b)"
)
# Who says it, when a recruiter speaks for the team ("we", "the role"), or nobody ("Needs
# more X", "Looking for more experience with X"), and how: "Strong culture fit but we need
# deeper SQL window functions and system design" was a skill titled with the sentence cut
# at its limit (a tester's note).
_RECRUITER_ASKS = (
    r"(?:(?:we|they|the (?:role|position|job|team|client|business))"
    r"(?:['’]re|['’]d|\s+(?:are|were|would|had been|have been|will be))?\s+)?"
    r"(?:(?:looking|hoping) for|hoped for|want(?:ed|s)?|need(?:ed|s)?|requir(?:e|es|ed)|"
    r"call(?:s|ed)? for|(?:like|liked|love|loved) to see|expect(?:ed|s)?|prefer(?:red|s)?)"
    rf"{_MORE}"
)
# Said more, but no skill: "We need more time to decide", "Looking for more experience",
# "Expected more from myself", "Hoping for more interviews".
_NO_THING_AFTER = (
    r"(?!(?:time|info|information|details|from|than|interviews|offers|luck)\b"
    r"|(?:experience|skills|knowledge|depth|expertise|candidates|people)\W*$)"
)

# How feedback says what they missed: "They wanted more SQL and stakeholder experience",
# "they were looking for more Tableau", "need more SQL", "they said I lacked X". The whole
# sentence was the skill's title (a new user's walk); the things after it are the skills.
ASKED_FOR = re.compile(
    r"^(?:(?:they|he|she|the \w+(?: \w+)?)\s+(?:said|told me|mentioned|felt)\s+(?:that\s+)?)?"
    r"(?:(?:they|he|she|the (?:team|panel|company|recruiter|interviewers?|(?:hiring )?manager))"
    r"\s+(?:wanted|want|were looking for|was looking for|are looking for|is looking for|"
    r"looked for|needed|need|preferred|expected|asked for|went with)"
    rf"|{_RECRUITER_ASKS}"
    r"|(?:i\s+|you\s+|we\s+)?(?:need(?:ed|s)?(?=\s+more\b)|lack(?:ed|s|ing)?|didn't have enough)"
    r"|not enough|(?:(?:unfortunately|sadly|ultimately|in the end|after (?:a lot of|much|some|"
    r"careful) (?:discussion|consideration)),?\s+)?(?:we\s+|they\s+)?(?:(?:have\s+)?decided to\s+)?"
    r"(?:went|go|going|move(?:d)? forward|moving forward|proceed(?:ed)?) with)\s+"
    r"(?:(?:someone|somebody|a candidate|another candidate|candidates|people|a person|"
    r"a profile)(?:\s+else)?\s+(?:with|who had|who has)\s+)?"
    r"(?:(?:more|stronger|strong|deeper|better|solid|hands-on|some|real|extra)\s+)*+"
    rf"{_NO_THING_AFTER}"
    r"(?:(?:experience|skills|knowledge|background|exposure|depth|expertise)\s+"
    r"(?:with|in|of|on)\s+|experience\s+(?=\w+ing\b))?"
    r"(?:the\s+|my\s+)?",
    re.IGNORECASE,
)
