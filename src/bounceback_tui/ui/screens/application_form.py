"""The application form's fields; the generic FormScreen does the rest."""

from __future__ import annotations

from bounceback_tui.domain.dates import DATE_HINT
from bounceback_tui.domain.stages import ALL_STAGES, Stage
from bounceback_tui.ui.screens.form import FieldSpec

BASIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("company", "Company", placeholder="Who is hiring", required=True),
    FieldSpec("role", "Role", placeholder="The job title", required=True),
    FieldSpec("link", "Link", placeholder="https://..."),
    FieldSpec(
        "stage",
        "Stage",
        kind="select",
        options=tuple((stage.label, stage.value) for stage in ALL_STAGES),
        value=Stage.APPLIED.value,
        required=True,
    ),
    FieldSpec("date_applied", "Date applied", kind="date", placeholder=DATE_HINT),
)
