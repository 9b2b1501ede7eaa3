"""Store-level settings: typed defaults, stored as JSON in the ``setting`` table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from bounceback_tui.domain.calendar_memory import SETTING_KEY as CALENDAR_EVENTS
from bounceback_tui.store.cas import checked_optional, refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Setting
from bounceback_tui.store.table_reads import columns


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


# The most characters a text setting (your name) takes: the settings screen's field takes
# no more.
TEXT_LIMIT = 100

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
        SettingSpec(
            "role_families",
            {},
            "Your own names for role families in What's working (family -> name).",
            "Role families",
            internal=True,
        ),
        SettingSpec("your_name", "", "The name your message drafts are signed with.", "Your name"),
        SettingSpec(
            CALENDAR_EVENTS,
            {},
            "The events ahead in the last calendar file, so the next can cancel what went.",
            "Calendar events",
            internal=True,
        ),
        SettingSpec(
            "low_day_offered",
            {},
            "The day a low check-in last offered what might help, and for which mood "
            "(offered once a day).",
            "Low-day offer",
            internal=True,
        ),
        SettingSpec(
            "application_draft",
            {},
            "A new application half typed, kept until it is saved or thrown away "
            "(services/application_draft.py).",
            "Application draft",
            internal=True,
        ),
        SettingSpec(
            "message_templates",
            {},
            "Your own message templates, by kind ({subject, body}); the rest are the defaults.",
            "Message templates",
            internal=True,
        ),
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


@dataclass(frozen=True)
class SettingValue:
    """A setting as a screen shows it: its value, and the version a save from that
    screen names (0 while it is at its default, with no row of its own)."""

    value: Any
    version: int


def _decoded(key: str, row: Setting | None) -> Any:
    return _decoded_value(key, None if row is None else row.value)


def _decoded_value(key: str, value: str | None) -> Any:
    if value is None:
        return SPECS[key].default
    try:
        return json.loads(value)
    except ValueError:
        return SPECS[key].default


def get_setting(session: Session, key: str) -> Any:
    """A setting's value (or its default). A session that holds ORM objects (a write that
    may have changed the setting, not yet flushed) asks the ORM; one that holds none reads
    the row over the table (store/table_reads: no mapper configured for a read)."""
    if session.new or session.deleted or len(session.identity_map):
        return _decoded(key, session.get(Setting, key))
    setting = columns(Setting)
    found = session.execute(sa_select(setting.value).where(setting.key == key)).scalar()
    return _decoded_value(key, found)


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


def describe_value(key: str, value: Any) -> str:
    """A setting's value in a sentence ("on", "7")."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _changed_elsewhere(key: str, row: Setting | None) -> str:
    spec = SPECS[key]
    if row is None:
        default = describe_value(key, spec.default)
        return f"{spec.title} was set back to its default ({default}) in another window."
    return (
        f"{spec.title} was changed to {describe_value(key, _decoded(key, row))} in another window."
    )


def save_setting(
    db: Database,
    key: str,
    value: Any,
    *,
    expected_version: int | None = None,
    changed: str | None = None,
) -> int:
    """Store one setting; returns its new version (the next save from the same screen
    names it). With ``expected_version`` (0: "at its default, no row"), only if nobody
    changed it since it was read: else ConflictError saying what it is now (or
    ``changed``, for a setting whose value is no sentence: a form's names, say). Settings
    the app keeps as plain choices (the theme, the Skills view) pass None: the last
    choice made is the one that counts."""
    if key not in SPECS:
        raise KeyError(key)
    with db.write(count_activity=False) as session:
        row = checked_optional(
            session,
            Setting,
            key,
            expected_version,
            changed=lambda now: changed or _changed_elsewhere(key, now),
        )
        encoded = json.dumps(value)
        if row is None:
            row = Setting(key=key, value=encoded)
            session.add(row)
            session.flush()
            return 1
        row.value = encoded
        return refresh_version(session, row)


def read_setting_value(db: Database, key: str) -> SettingValue:
    """One setting's value and version, read together (a form that saves it names that
    version)."""
    with db.read() as session:
        row = session.get(Setting, key)
        return SettingValue(_decoded(key, row), 0 if row is None else row.version)


def setting_value_of(key: str, current: dict[str, Any]) -> Any:
    """The value a ConflictError's ``current`` (the setting's columns; {}: no row, so
    its default) holds."""
    value = current.get("value")
    return _decoded_value(key, value if isinstance(value, str) else None)


def read_settings(db: Database) -> dict[str, Any]:
    """Every setting's current value (or its default), in one read."""
    return {key: found.value for key, found in read_settings_versions(db).items()}


def read_settings_versions(db: Database) -> dict[str, SettingValue]:
    """Every setting's value and version, in one read (the settings screen)."""
    with db.read() as session:
        rows = {row.key: row for row in session.exec(select(Setting))}
    return {
        key: SettingValue(_decoded(key, rows.get(key)), rows[key].version if key in rows else 0)
        for key in SPECS
    }
