"""One module per sub-command: HELP, add_arguments(parser) and run(args, paths) -> exit code.

Keep the top of each module light (standard library only): `--help` imports them all.
"""

import sys


def interactive() -> bool:
    """A person at a terminal (both ends), so asking a question makes sense."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
