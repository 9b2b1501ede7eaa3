"""What of a job title is words to group it by (pure): not what it says in brackets, nor
what reads as markup.

What a title says in round brackets is about the posting, not the job: "Backend Engineer
(re-post)" was the family "backend engineer re post" (a tester's month). A token in square
brackets that reads as markup ("[bold]", "[/b]", "[link=x]", "[#ff0000]": an opening
bracket before a lower-case letter, "#", "/" or "@", as the terminal's markup reads a tag)
is no word of the job either: "SRE [bold]lead" was shown as the family "Site Reliability
Engineer Bold Lead" (a tester's note). A square bracket that reads as no tag ("[Remote]",
a lone "[") is left to the words around it. Either is kept where nothing else is left.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+", re.UNICODE)
_BRACKETED = re.compile(r"\([^()]*\)")
_MARKUP_TAG = re.compile(r"\[[a-z#/@][^\[\]]*\]")


def title_words(title: str) -> str:
    """``title`` without its markup-looking tags and what it says in round brackets; each
    kept where nothing else has a word ("(Contract)", "[b]")."""
    for aside in (_MARKUP_TAG, _BRACKETED):
        left = aside.sub(" ", title)
        title = left if WORD.search(left) else title
    return title
