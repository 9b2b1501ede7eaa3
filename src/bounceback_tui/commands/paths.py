"""`bounceback-tui paths`: where the database, backups and settings live."""

from __future__ import annotations

import argparse
import json

from bounceback_tui.commands import terminal_json, terminal_text
from bounceback_tui.paths import DataPaths

HELP = "print where the database, backups and settings live"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    places = {
        "data_dir": str(paths.data_dir),
        "database": str(paths.database),
        "backups": str(paths.backups),
        "settings": str(paths.settings_file),
    }
    if args.json:
        print(terminal_json(json.dumps(places, indent=2)))
        return 0
    width = max(len(k) for k in places)
    for key, value in places.items():
        print(terminal_text(f"{key.replace('_', ' '):<{width}}  {value}"))
    return 0
