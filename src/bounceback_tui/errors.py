"""Errors that carry a message meant for the person, not a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field


class BouncebackError(Exception):
    """Base for every error whose message can be shown as is."""


class StoreError(BouncebackError):
    """The database cannot be opened or used safely."""


class NewerStoreError(StoreError):
    """The store was written by a newer version of the app."""


class NotADatabaseError(StoreError):
    """The file at the database path is not a readable SQLite database."""


class StoreDamagedError(NotADatabaseError):
    """The store opened, but SQLite found damage inside it while reading or writing."""


class NotFoundError(BouncebackError):
    """A record the person pointed at no longer exists."""


@dataclass
class FieldError:
    field: str
    message: str


@dataclass
class ValidationError(BouncebackError):
    """One or more fields were refused; nothing was written."""

    errors: list[FieldError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.summary())

    def summary(self) -> str:
        return " ".join(e.message for e in self.errors)

    def for_field(self, name: str) -> str | None:
        return next((e.message for e in self.errors if e.field == name), None)

    @classmethod
    def single(cls, field_name: str, message: str) -> ValidationError:
        return cls([FieldError(field_name, message)])
