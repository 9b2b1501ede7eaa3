"""What an edit form saved as it opened says: nothing was written (services/kept_edits.py).

It said "Saved" while the record was written again, its version moved on and the day
counted as active; now nothing is written, and the note says so, titled as the panes'
other notes of a save that changed nothing are."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.domain.text import app_name
from bounceback_tui.ui.kit.text import question_toast, step_toast, toast_with

NOTHING_CHANGED = "Nothing changed"


def kept_note(name: str) -> Content:
    """ "Acme (Engineer) is as it was, so nothing was saved." (``name`` clipped, plain)."""
    return toast_with("$name is as it was, so nothing was saved.", name=name)


def kept_interview_note(company: str, role: str) -> Content:
    """``kept_note`` for an interview, its application named "Company (Role)" as the saved
    note and the form's title name it ("The interview with Lumen Health is as it was" left
    out which of two at one company it was)."""
    return toast_with(
        "The interview with $app is as it was, so nothing was saved.", app=app_name(company, role)
    )


def kept_question_note(question: str) -> Content:
    """``kept_note`` for a question of the answer bank, named as its other notes name it (cut
    at a line of a toast, not at the 32 cells of a name)."""
    return question_toast("The question “$question” is as it was, so nothing was saved.", question)


def kept_step_note(title: str) -> Content:
    """``kept_note`` for a plan step or a template step, named as the plans' other notes name
    a step: "The step “Write down what happened” is as it was, so nothing was saved."."""
    return step_toast("The step “$step” is as it was, so nothing was saved.", title)


def kept_template_note(kind: str) -> Content:
    """``kept_note`` for a message template, named as its save names it: "The template for
    “Ask for feedback” is as it was, so nothing was saved." (``kind``, its label, plain)."""
    return toast_with("The template for “$kind” is as it was, so nothing was saved.", kind=kind)
