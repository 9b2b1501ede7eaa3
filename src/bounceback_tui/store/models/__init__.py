"""SQLModel tables: the one schema every pane reads and writes, one module per group of
tables. Importing this package registers every table in ``SQLModel.metadata`` (undo and
the demo's reset walk it), and callers name a table from here, as they always have:
``from bounceback_tui.store.models import Application``.

The tables are created by the versioned migrations in ``store/migrations``, not
by ``SQLModel.metadata.create_all``; a test compares the two so they never drift.
Enumerations are stored as their plain string values; dates as ISO text;
times as naive local time (the person's own clock, like the dates they type).
"""

from __future__ import annotations

from bounceback_tui.store.models.answers import InterviewQuestion, InterviewQuestionSkill
from bounceback_tui.store.models.applications import Application, FollowedBoard, StageChange
from bounceback_tui.store.models.days import ActivityDay, CheckIn, Setting
from bounceback_tui.store.models.people import (
    ApplicationContact,
    Contact,
    Interaction,
    Interview,
    InterviewContact,
)
from bounceback_tui.store.models.recovery import RecoveryStep, RecoveryTemplateStep, Rejection
from bounceback_tui.store.models.reframe import (
    CopingCard,
    ThoughtFeeling,
    ThoughtRecord,
    ThoughtTrap,
)
from bounceback_tui.store.models.skills import Skill, SkillResource
from bounceback_tui.store.models.summary import (
    SummaryBounceBack,
    SummaryDay,
    SummaryFunnelApplication,
    SummaryFunnelStage,
    SummaryOpenPlan,
    SummaryPlanLength,
    SummaryReplyDays,
)

__all__ = [
    "ActivityDay",
    "Application",
    "ApplicationContact",
    "CheckIn",
    "Contact",
    "CopingCard",
    "FollowedBoard",
    "Interaction",
    "Interview",
    "InterviewContact",
    "InterviewQuestion",
    "InterviewQuestionSkill",
    "RecoveryStep",
    "RecoveryTemplateStep",
    "Rejection",
    "Setting",
    "Skill",
    "SkillResource",
    "StageChange",
    "SummaryBounceBack",
    "SummaryDay",
    "SummaryFunnelApplication",
    "SummaryFunnelStage",
    "SummaryOpenPlan",
    "SummaryPlanLength",
    "SummaryReplyDays",
    "ThoughtFeeling",
    "ThoughtRecord",
    "ThoughtTrap",
]
