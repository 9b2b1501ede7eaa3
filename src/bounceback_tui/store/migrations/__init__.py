"""Versioned schema migrations, shipped inside the package.

Each module ``vNNN_name.py`` defines ``VERSION`` (its target ``user_version``),
``DESCRIPTION`` and ``upgrade(conn)``, which receives a standard-library
``sqlite3`` connection already inside a transaction. Migrations are frozen once
released: never edit one, add the next. They use plain SQL so that opening the
store never has to import the ORM.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from types import ModuleType
from typing import NamedTuple

# Every launch imports this package (open_store reads LATEST_VERSION); only a store
# behind this version reads the migrations themselves (pkgutil, importlib).


class Migration(NamedTuple):
    version: int
    description: str
    module: ModuleType


def all_migrations() -> list[Migration]:
    """Every shipped migration, in version order (checked to be 1, 2, 3, ...)."""
    import importlib
    import pkgutil

    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("v"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, module.DESCRIPTION, module))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {found}")
    return found


# Bumped with every new migration module; a test checks it matches all_migrations().
LATEST_VERSION = 10
# Written into the SQLite header so the app can tell its own store from any other database.
APPLICATION_ID = 0x42424B54  # "BBKT"
