"""How a feedback request went, as words that follow "asked 3 Dec" in a plan's step.

The ways are ``domain.recovery_forms.ASKED_VIA``'s stored values; anything else is what was
stored by other means: the person the request was sent to, as "mark as sent" and a
"Feedback asked" line in People store it ("Sam Rivera <sam@x.example>"), or how it went in
someone's own words, from an import ("through the recruiter", "by email", "Email").
"""

from __future__ import annotations

from bounceback_tui.domain.recovery_forms import ASKED_VIA

# The person a request was sent to, with their email, is kept to this many characters.
ASKED_VIA_LIMIT = 100

_ASKED_HOW = {
    "email": " by email",
    "phone": " by phone",
    "recruiter": " through the recruiter",
    "linkedin": " on LinkedIn",
    "in person": " in person",
    "other": "",
}
# A way as stored or as the form names it, whatever its case: "Email", "Phone call".
_WAYS = {
    **{way.casefold(): said for way, said in _ASKED_HOW.items()},
    **{label.casefold(): _ASKED_HOW[way] for label, way in ASKED_VIA},
}
# Words that say how a request went, not to whom: "through the recruiter" reads "(sent
# through the recruiter)", not "(sent to through the recruiter)". Those that begin a name
# too ("To", "In", "On", "At") count only as typed in lower case: "To Minh Anh" is a person.
_HOW_WORDS = {"through", "via", "by", "over", "with"}
_LOWER_HOW_WORDS = {"to", "in", "on", "at"}


def asked_how(asked_via: str) -> str:
    """How a feedback request went, to follow "asked 3 Dec": one of ``ASKED_VIA``'s ways
    (" by email"), the person it was sent to (" (sent to Sam Rivera <sam@x.example>)"), or
    other words for how it went (" (sent through the recruiter)"); "" when not said."""
    said = " ".join(asked_via.split())  # one line, as it follows the day
    if said.casefold() in _WAYS:
        return _WAYS[said.casefold()]
    first, _, rest = said.partition(" ")
    if first.casefold() == "sent":  # "sent to Jane" says "sent" already
        said, (first, _, rest) = rest, rest.partition(" ")
    if not said:
        return ""
    if first.casefold() in _HOW_WORDS or first in _LOWER_HOW_WORDS:
        return f" (sent {' '.join((first.casefold(), rest)).strip()})"
    return f" (sent to {said})"
