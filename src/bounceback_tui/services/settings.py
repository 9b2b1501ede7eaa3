"""Store-level settings: typed defaults, stored as JSON in the ``setting`` table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("weekly_goal", 5, "Applications to send each week."),
        SettingSpec("ghost_after_days", 21, "Days in Applied before suggesting 'ghosted'."),
        SettingSpec("skills_doing_limit", 3, "Skills in progress before a gentle warning."),
        SettingSpec(
            "skills_dismissed_suggestions",
            [],
            "Rejections whose soft-skill suggestion was dismissed (their ids).",
        ),
        SettingSpec("skills_view", "board", "How the Skills pane shows items: board or list."),
        SettingSpec("backups_to_keep", 7, "Daily backups kept on launch."),
        SettingSpec("recovery_optional_steps", False, "Add the two optional recovery steps."),
        SettingSpec("theme", "textual-dark", "The colour theme."),
        SettingSpec("tour_seen", False, "Whether the first-run tour was offered."),
    )
}


def get_setting(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    try:
        return json.loads(row.value)
    except ValueError:
        return spec.default


def set_setting(session: Session, key: str, value: Any) -> None:
    if key not in SPECS:
        raise KeyError(key)
    row = session.get(Setting, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def read_setting(db: Database, key: str) -> Any:
    with db.read() as session:
        return get_setting(session, key)


def save_setting(db: Database, key: str, value: Any) -> None:
    with db.write(count_activity=False) as session:
        set_setting(session, key, value)
