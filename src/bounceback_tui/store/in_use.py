"""Whether another program has a store open: asked before a left-behind demo store goes.

The app keeps its store in WAL mode, and while a connection has read a WAL store, SQLite
lets no other connection take it out of WAL mode. So trying to (with no waiting) tells an
open store from one nobody holds: "database is locked" means someone does. A store nobody
holds is about to be deleted, so the change of mode costs nothing.
"""

import sqlite3
from pathlib import Path

from bounceback_tui.store.held_files import HeldConnection


def store_in_use(db_path: Path) -> bool:
    """True if another connection holds the store at ``db_path`` (or that cannot be told);
    False if nobody does, or there is no such file, or it is no database at all."""
    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(
            f"{db_path.absolute().as_uri()}?mode=rw",
            uri=True,
            timeout=0,
            isolation_level=None,
            factory=HeldConnection,
        )
    except sqlite3.Error:
        return True  # it cannot be opened to ask: left alone
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError:
        return True  # "database is locked": someone has it open (or it cannot be told)
    except sqlite3.DatabaseError:
        return False  # not a database, or damaged: nobody can be using it as one
    finally:
        conn.close()
    return False
