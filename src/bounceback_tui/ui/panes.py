"""The six panes, registered in the order of their number keys.

Each pane lives in its feature package (`ui/<feature>/pane.py`) and is imported the
first time it is shown, so launching the app only pays for Today.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.

import importlib
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from bounceback_tui.ui.kit.pane import Pane


class PaneSpec(NamedTuple):  # not a dataclass: imported before the first paint
    id: str
    title: str
    key: str
    module: str
    class_name: str
    summary: str

    def load(self) -> "type[Pane]":
        module = importlib.import_module(self.module)
        return getattr(module, self.class_name)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec(
        "today",
        "Today",
        "1",
        "bounceback_tui.ui.today.pane",
        "TodayPane",
        "What is due and how you are doing",
    ),
    PaneSpec(
        "pipeline",
        "Pipeline",
        "2",
        "bounceback_tui.ui.pipeline.pane",
        "PipelinePane",
        "Applications by stage",
    ),
    PaneSpec(
        "recovery",
        "Recovery",
        "3",
        "bounceback_tui.ui.recovery.pane",
        "RecoveryPane",
        "A plan for every rejection",
    ),
    PaneSpec(
        "reframe",
        "Reframe",
        "4",
        "bounceback_tui.ui.reframe.pane",
        "ReframePane",
        "Work through a hard thought",
    ),
    PaneSpec(
        "skills",
        "Skills",
        "5",
        "bounceback_tui.ui.skills.pane",
        "SkillsPane",
        "Your improvement backlog",
    ),
    PaneSpec(
        "people",
        "People",
        "6",
        "bounceback_tui.ui.people.pane",
        "PeoplePane",
        "Recruiters, contacts, interviews, messages",
    ),
)
PANES_BY_ID: dict[str, PaneSpec] = {spec.id: spec for spec in PANES}
