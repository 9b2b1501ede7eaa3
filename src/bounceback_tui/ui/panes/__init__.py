"""The six panes, registered in the order of their number keys.

Each pane lives in its own module and is imported the first time it is shown,
so launching the app only pays for Today.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback_tui.ui.panes.base import Pane


@dataclass(frozen=True)
class PaneSpec:
    id: str
    title: str
    key: str
    module: str
    class_name: str
    summary: str

    def load(self) -> type[Pane]:
        # A feature in its own package (ui/<feature>/pane.py) names its full module.
        name = self.module if "." in self.module else f"bounceback_tui.ui.panes.{self.module}"
        module = importlib.import_module(name)
        return getattr(module, self.class_name)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("today", "Today", "1", "today", "TodayPane", "What is due and how you are doing"),
    PaneSpec("pipeline", "Pipeline", "2", "pipeline", "PipelinePane", "Applications by stage"),
    PaneSpec("recovery", "Recovery", "3", "recovery", "RecoveryPane", "A plan for every rejection"),
    PaneSpec("reframe", "Reframe", "4", "reframe", "ReframePane", "Work through a hard thought"),
    PaneSpec("skills", "Skills", "5", "skills", "SkillsPane", "Your improvement backlog"),
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
