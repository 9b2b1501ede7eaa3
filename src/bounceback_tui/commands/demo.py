"""`bounceback-tui demo`: fill a store with a year of realistic sample data."""

from __future__ import annotations

import argparse

from bounceback_tui.commands import terminal_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

HELP = "fill a store with realistic sample data (refuses a store that holds data without --force)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scale", type=int, default=60, metavar="N", help="number of applications (default 60)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the data in a store that is not empty (a backup is taken first)",
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.errors import BouncebackError, StoreError
    from bounceback_tui.services.demo import StoreNotEmptyError, fill_demo, store_is_empty
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.layout import removed_sentence, store_foreign_parts
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log
    from bounceback_tui.store.sqlite_file import open_store, read_only_message

    if not 1 <= args.scale <= 200_000:
        raise BouncebackError("--scale must be between 1 and 200000.")
    refuse_beside_a_removed_log(paths.database)
    opened = open_store(paths, rules=upgrade_rules)
    if opened.read_only:
        raise StoreError(read_only_message(opened.path))
    db = Database(opened.path)
    try:
        foreign = args.force and bool(store_foreign_parts(opened.path))
        if not store_is_empty(db) or foreign:
            if not args.force:
                raise BouncebackError(
                    f"The store at {opened.path} already holds data; nothing was changed. "
                    "Use --force to replace it (a backup is taken first), or pick another "
                    "--data-dir."
                )
            saved = back_up_store(paths, "before-demo", before="replaced", whole=True)
            print(terminal_text(f"Backed up the existing store to {saved}"))
        try:
            summary = fill_demo(db, args.scale, force=True, clean=args.force)
        except StoreNotEmptyError as exc:  # pragma: no cover - checked above
            raise BouncebackError(str(exc)) from exc
        if args.force:
            from bounceback_tui.store.replaced_note import write_replaced_note

            write_replaced_note(opened.path, "demo")  # for a window open on it
    finally:
        db.dispose()
    from bounceback_tui.domain.wording import plural

    if summary.removed:
        print(terminal_text(removed_sentence(list(summary.removed))))

    print(
        terminal_text(
            f"Demo data written to {opened.path}: {plural(summary.applications, 'application')}, "
            f"{plural(summary.rejections, 'rejection')} (each with a recovery plan), "
            f"{plural(summary.thought_records, 'thought record')}, "
            f"{plural(summary.skills, 'skill')}."
        )
    )
    return 0
