"""Saving a Skills item that came from a rejection's plan: the step that asks for one
("Pick one skill to grow") is ticked with it, in the same transaction, as a sent message
ticks its step (services/people_log.py).

Deleting the item later leaves the step ticked, and undoing that delete leaves the tick
as it then is: the tick says the person picked a skill, as a logged message's tick says
it was sent, and either can be unticked on the plan. `u` straight after the add is another
thing: the add is taken back as if it had not been, its tick with it (services/take_back.py)."""

from __future__ import annotations

from typing import NamedTuple

from bounceback_tui.domain.recovery import StepLink
from bounceback_tui.domain.skills import SkillInput, SourceKind
from bounceback_tui.services.added import Added, TickedStep, receipt
from bounceback_tui.services.recovery_steps import tick_linked_step
from bounceback_tui.services.skills import insert_skill
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill


class AddedSkill(NamedTuple):
    id: int
    ticked: str | None = None  # the plan step the item ticked, by its title
    # What `u` needs to take the add back, the tick with it (services/take_back.py).
    receipt: Added | None = None


def add_skill_ticking(
    db: Database,
    data: SkillInput,
    *,
    source_kind: SourceKind = SourceKind.MANUAL,
    rejection_id: int | None = None,
    recovery_step_id: int | None = None,
) -> AddedSkill:
    """``services.skills.add_skill``; an item from a rejection's plan also ticks the open
    step of that plan that sends the person to Skills (the one it was started from first)."""
    with db.write() as session:
        skill_id = insert_skill(session, data, source_kind, rejection_id, recovery_step_id)
        skill = session.get(Skill, skill_id)
        step = None
        if skill is not None and skill.rejection_id is not None:
            step = tick_linked_step(
                session, skill.rejection_id, StepLink.SKILLS, started_from=recovery_step_id
            )
        ticked: tuple[TickedStep, ...] = ()
        if step is not None and step.id is not None and step.done_at is not None:
            ticked = (TickedStep(step.id, step.title, step.done_at),)
        added = receipt(session, "skill", skill_id, "“{name}”", data.title, ticked=ticked)
        return AddedSkill(skill_id, step.title if step is not None else None, added)
