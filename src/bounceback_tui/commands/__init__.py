"""One module per sub-command: HELP, add_arguments(parser) and run(args, paths) -> exit code.

Keep the top of each module light (standard library only): `--help` imports them all.
"""

import sys
from datetime import date

from bounceback_tui.errors import BouncebackError


def terminal_text(text: str) -> str:
    """``text`` safe to print: a stored or fetched string may hold escape sequences (OSC 52
    writes the clipboard, CSI 2J clears the screen) or bidi overrides; each of them is shown
    as U+FFFD instead (domain/text.display_text). Every command prints stored text through
    this; files written with -o PATH keep the data exactly (docs/privacy.md)."""
    from bounceback_tui.domain.text import display_text

    return display_text(text)


def terminal_json(encoded: str) -> str:
    """JSON text with every control character and bidi override written as a \\uXXXX
    escape: the same data for a JSON reader, nothing raw for a terminal."""
    from bounceback_tui.domain.text import json_safe

    return json_safe(encoded)


def folder_argument(text: str) -> str:
    """A --data-dir value (argparse's ``type``): an empty one was read as the current folder."""
    import argparse

    if not text.strip():
        raise argparse.ArgumentTypeError("is empty: give the folder of the store")
    return text


def interactive() -> bool:
    """A person at a terminal (both ends), so asking a question makes sense."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def confirm(question: str, *, assume_yes: bool, refused: str) -> bool:
    """True to go ahead: ``--yes`` was given, or the person answered yes at a terminal.

    Without a terminal there is nobody to ask, and piped input is not an answer
    (`echo | bounceback-tui restore latest` must not restore): refuse with ``refused``
    ("Nothing was restored") and name ``--yes``.
    """
    if assume_yes:
        return True
    if not interactive():
        raise BouncebackError(
            f"{refused}: there is no terminal to ask at. Add --yes to go ahead without asking."
        )
    answer = input(terminal_text(f"{question} [y/N] "))
    return answer.strip().lower() in ("y", "yes")


def day_argument(text: str, today: date) -> date:
    """A ``--from`` or ``--to`` value: a date as the app's fields take it, or "30d" / "2w" for
    that long ago (argparse takes "-30d" for an option; ``cli.offsets_joined`` lets
    ``--from -30d`` through). ``export`` took "30d" and ``insights`` refused it (an attacker's
    walk). DateParseError quotes the text as typed, not "-30d"."""
    from bounceback_tui.domain.dates import parse_date_or_ago

    return parse_date_or_ago(text, today)
