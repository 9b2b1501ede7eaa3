"""One company, however its name is written: the one rule the app compares companies by.

The import's duplicate check (``importers/dedupe.py``, ``domain/duplicates.py``, a posting
fetched) and Recovery's `n` asking whether a no is for an application open in the Pipeline
(``services/open_applications.py``) each had a rule of their own: the import's counted
"Acme, Inc." as "Acme" and not "Acme Incorporated"; the question's added accents to it.
Now both ask ``company_key``: case, accents, spaces and punctuation aside, a leading "The",
and the legal form a name ends with, short or long ("Inc."/"Incorporated", "Ltd"/"Limited",
"Co"/"Company", "Corp"/"Corporation", "LLC", "GmbH", and more, several in a row: "Acme Co.,
Ltd."). Only at its end: a word of the name itself stays ("The Company Store" is "company
store", not "store"). A name of nothing but such words ("The Company") is kept whole, and a
name of no letters at all ("🙂") is its text, spaces aside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bounceback_tui.domain.fuzzy_text import fold

_WORD = re.compile(r"\w+")
# The legal forms a company's name may end with, short and long, as folded words.
LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "gmbh", "co", "company",
     "corp", "corporation", "plc", "ag", "bv", "nv", "sa", "sas", "sarl", "srl", "spa", "oy",
     "ab", "as", "asa", "pty", "kk", "kg"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def company_key(name: str | None) -> str:
    """ "Acme, Inc.", "ACME Incorporated" and "acme" are one company ("acme"); "Zürich Labs
    GmbH" is "zurich labs"; "" for no name."""
    folded = fold(name or "")
    words = _WORD.findall(folded)
    if not words:
        return " ".join(folded.split())
    kept = words[1:] if words[0] == "the" and len(words) > 1 else words
    end = len(kept)
    while end > 0 and kept[end - 1] in LEGAL_FORMS:
        end -= 1
    return " ".join(kept[:end] or words)
