"""The question form's fields (add and edit), in the generic FormScreen."""

from __future__ import annotations

from bounceback_tui.domain.answers import QUESTION_LIMIT, SUGGESTED_TAGS
from bounceback_tui.domain.text import LONG_TEXT_LIMIT as LONG
from bounceback_tui.domain.text import SHORT_TEXT_LIMIT as SHORT  # clean_text's own
from bounceback_tui.services.answers import QuestionRow
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.kit.stored_field import stored_field


def question_fields(row: QuestionRow | None = None) -> tuple[FieldSpec, ...]:
    def value(name: str) -> str:
        if row is None:
            return ""
        if name == "tags":
            return ", ".join(row.tags)
        if name == "confidence":
            return "" if row.confidence is None else str(row.confidence)
        return str(getattr(row, name))

    return (
        # Each is one line or several as the store's table says (ui/kit/stored_field.py).
        stored_field("interview_question.question", "Question", required=True,
                     value=value("question"), placeholder="What were you asked?",
                     max_length=QUESTION_LIMIT),
        stored_field("interview_question.asked_at", "Where", value=value("asked_at"),
                     placeholder="Which interview, which company", max_length=SHORT),
        stored_field("interview_question.answer_given", "You said", value=value("answer_given"),
                     max_length=LONG),
        stored_field("interview_question.situation", "Situation", value=value("situation"),
                     max_length=LONG),
        stored_field("interview_question.task", "Task", value=value("task"), max_length=LONG),
        stored_field("interview_question.action", "Action", value=value("action"),
                     max_length=LONG),
        stored_field("interview_question.result", "Result", value=value("result"),
                     max_length=LONG),
        FieldSpec("tags", "Tags", value=value("tags"),
                  placeholder=", ".join(SUGGESTED_TAGS)),
        FieldSpec(
            "confidence",
            "Confidence",
            kind="select",
            options=tuple((f"{n}  {'★' * n}", str(n)) for n in range(1, 6)),
            value=value("confidence"),
            placeholder="1 (shaky) to 5 (ready)",
        ),
    )  # fmt: skip
