"""How a feedback request went, as words that follow "asked 3 Dec" in a plan's step.

The ways are ``domain.recovery_forms.ASKED_VIA``'s stored values; anything else is the person the
request was sent to, as "mark as sent" in People stores it.
"""

from __future__ import annotations

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


def asked_how(asked_via: str) -> str:
    """How a feedback request went, to follow "asked 3 Dec": one of ``ASKED_VIA``'s ways
    (" by email"), or the person it was sent to, stored by "mark as sent" in People
    (" (sent to Sam Rivera <sam@x.example>)"); "" when not said."""
    if not asked_via:
        return ""
    return _ASKED_HOW.get(asked_via, f" (sent to {asked_via})")
