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
    # For the settings screen: a short label, and bounds for whole numbers.
    label: str = ""
    minimum: int | None = None
    maximum: int | None = None
    # Kept by the app itself (remembered choices), not shown on the settings screen.
    internal: bool = False

    @property
    def title(self) -> str:
        return self.label or self.key.replace("_", " ").capitalize()


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("weekly_goal", 5, "Applications to send each week.", "Weekly goal", 1, 100),
        SettingSpec(
            "ghost_after_days",
            21,
            "Days in Applied before suggesting 'ghosted'.",
            "Ghosted after (days)",
            3,
            365,
        ),
        SettingSpec(
            "skills_doing_limit",
            3,
            "Skills in progress before a gentle warning.",
            "Skills in progress",
            1,
            20,
        ),
        SettingSpec(
            "skills_dismissed_suggestions",
            [],
            "Rejections whose soft-skill suggestion was dismissed (their ids).",
            "Dismissed skill suggestions",
            internal=True,
        ),
        SettingSpec(
            "skills_view",
            "board",
            "How the Skills pane shows items: board or list.",
            "Skills view",
            internal=True,
        ),
        SettingSpec(
            "backups_to_keep", 7, "Daily backups kept on launch.", "Backups to keep", 1, 365
        ),
        SettingSpec(
            "recovery_optional_steps",
            False,
            "Add the two optional recovery steps.",
            "Optional recovery steps",
        ),
        SettingSpec("theme", "textual-dark", "The colour theme.", "Theme"),
        SettingSpec("tour_seen", False, "Whether the first-run tour was offered.", "Tour seen"),
    )
}


def parse_setting(key: str, text: str) -> Any:
    """Read a setting typed as text; raises ValueError with a message for the person."""
    spec = SPECS[key]
    if isinstance(spec.default, bool):
        raise TypeError(f"{key} is a switch, not text.")
    if not isinstance(spec.default, int):
        return text.strip()
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdecimal()):
        raise ValueError(f"{spec.title}: type a whole number.")
    # int() refuses thousands of digits; any number that long is too large anyway.
    value = int(cleaned) if len(cleaned) <= 9 else 10**9
    if spec.minimum is not None and value < spec.minimum:
        raise ValueError(f"{spec.title}: at least {spec.minimum}.")
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(f"{spec.title}: at most {spec.maximum}.")
    return value


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


def read_settings(db: Database) -> dict[str, Any]:
    """Every setting's current value (or its default), in one read."""
    with db.read() as session:
        return {key: get_setting(session, key) for key in SPECS}
