"""A person's long name in a sentence the app writes is clipped (``domain.text.clip_name``).

Today's next step read "Start your recovery plan for Initech Global Consulting and Holdings
Initech Global Consulting and Holdings Initech Global Consulting" at 80x24: the headline's
two lines ran out in the middle of the name, and the key that acts on it ("(n)") was never
shown. The name in the sentence is now cut to 32 cells with an ellipsis.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.due import FreshRejection, StepFacts, choose_next_step
from bounceback_tui.domain.text import clip_name

LONG = ("Initech Global Consulting and Holdings " * 8)[:290].strip()
TODAY = date(2026, 12, 4)


def test_the_next_step_clips_a_long_company_name() -> None:
    step = choose_next_step(StepFacts(TODAY, True, fresh_untouched=FreshRejection(1, LONG, TODAY)))
    # 31 cells of the name, then the ellipsis: 32 in all.
    assert step.title == "Start your recovery plan for Initech Global Consulting and H…"
    assert LONG not in step.reason


def test_clip_name_counts_cells_and_keeps_one_line() -> None:
    assert clip_name("Acme") == "Acme"
    assert clip_name("Acme\n  Corp\tLtd") == "Acme Corp Ltd"
    assert clip_name("x" * 40, 10) == "xxxxxxxxx…"
    # Wide characters take two cells each: four of them and the ellipsis fit in ten.
    assert clip_name("日本語の会社名です", 10) == "日本語の…"
    # Control characters are neutralised on the way.
    assert clip_name("A\x1b[2JB") == "A\ufffd[2JB"
