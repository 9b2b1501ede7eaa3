"""The question form's fields (add and edit), in the generic FormScreen."""

from __future__ import annotations

from bounceback_tui.domain.answers import SUGGESTED_TAGS
from bounceback_tui.services.answers import QuestionRow
from bounceback_tui.ui.kit.form import FieldSpec


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
        FieldSpec("question", "Question", required=True, value=value("question"),
                  placeholder="What were you asked?"),
        FieldSpec("asked_at", "Where", value=value("asked_at"),
                  placeholder="Which interview, which company"),
        FieldSpec("answer_given", "You said", kind="multiline", value=value("answer_given")),
        FieldSpec("situation", "Situation", kind="multiline", value=value("situation")),
        FieldSpec("task", "Task", kind="multiline", value=value("task")),
        FieldSpec("action", "Action", kind="multiline", value=value("action")),
        FieldSpec("result", "Result", kind="multiline", value=value("result")),
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
