"""The store: SQLModel tables, engine and sessions, migrations, backups, fast reads.

Submodules are imported where they are used; importing this package is free.
"""
