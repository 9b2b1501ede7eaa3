"""One module per sub-command: HELP, add_arguments(parser) and run(args, paths) -> exit code.

Keep the top of each module light (standard library only): `--help` imports them all.
"""

import sys
from datetime import date
from typing import TYPE_CHECKING

from bounceback_tui.errors import BouncebackError

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths


def terminal_text(text: str) -> str:
    """``text`` safe to print: a stored or fetched string may hold escape sequences (OSC 52
    writes the clipboard, CSI 2J clears the screen) or bidi overrides; each of them is shown
    as U+FFFD instead (domain/text.display_text). A lone carriage return (an old Mac line
    end in a person's text) is the line break it stands for, as the app draws it
    (``domain/text.line_breaks``; a ``\\r\\n`` is kept: a CSV written to standard output
    keeps its line ends); a name inside a sentence is one line already (``clip_name``).
    Every command prints stored text through this; files written with -o PATH keep the
    data exactly (docs/privacy.md)."""
    from bounceback_tui.domain.text import display_text, line_breaks

    return display_text(line_breaks(text, keep_crlf=True))


class Utf8Stdout:
    """Standard output as UTF-8 whatever the locale says, for the data a command prints
    (an export, the calendar, `today --json`): with LC_ALL=C the text stream is ASCII, and
    a CSV stopped at "Åsa Design" after seven lines with a crash. Bytes go to the stream's
    buffer (the text written so far flushed first); a stream without one (a test's) takes
    the text. ``written``: whether any was, so a failure after it began can say the output
    is incomplete (``failures.stopped_part_way``)."""

    written = False

    def write(self, text: str) -> int:
        stream = sys.stdout
        buffer = getattr(stream, "buffer", None)
        self.written = self.written or bool(text)
        if buffer is None:
            return stream.write(text)
        stream.flush()
        buffer.write(text.encode("utf-8"))
        return len(text)

    def flush(self) -> None:
        sys.stdout.flush()
        if (buffer := getattr(sys.stdout, "buffer", None)) is not None:
            buffer.flush()


def print_data(text: str) -> None:
    """``text`` and a line end on standard output in UTF-8 (``Utf8Stdout``)."""
    out = Utf8Stdout()
    out.write(text + "\n")
    out.flush()


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


# What a launch refused for its terminal points at instead (``not_a_terminal``).
FOR_SCRIPTS = (
    "`bounceback-tui today` for what is due, `bounceback-tui export` for your data "
    "(`bounceback-tui --help` lists them all)"
)
# TERM=dumb: the terminal says it has no colours, cursor moves or full screen; Textual knew
# no colour system for it and drew in 24-bit colour codes all the same.
DUMB_TERMINAL = (
    "This terminal (TERM=dumb) cannot show the full-screen app, so it was not opened. "
    f"The commands work here: {FOR_SCRIPTS}."
)
# No TERM (unset or empty: cron, `env -i`, some editors' run windows), or one that names no
# kind of terminal ("unknown": what login programs and some containers set when nothing said
# otherwise): nothing says what the terminal understands. Textual does not ask; it sends
# xterm's codes (the alternate screen, mouse reports, cursor moves) to any terminal.
NO_TERM = (
    "{seen}, so the kind of this terminal is unknown and the full-screen app was not "
    "opened. If this terminal can show it, name it (most can: `export TERM=xterm-256color`) "
    "and run `bounceback-tui` again. The commands work anywhere: " + FOR_SCRIPTS + "."
)
# TERM values that name no terminal the app can be drawn on (compared trimmed, any case):
# "unknown", and the placeholders a login line sets when it cannot tell what is at the other
# end (terminfo's generic entries, each "use=unknown": a network or dial-up line, a switch).
NO_KIND = (
    "unknown",
    "network",
    "net",
    "dialup",
    "ethernet",
    "arpanet",
    "plugboard",
    "patch",
    "switch",
    "bussiplexer",
)
# The streams the full-screen app needs to be terminals, in the order they are named. Textual
# reads the keys from standard input and draws on standard error; standard output sent to a
# file or a program asks for text, which only the commands write.
_STREAMS = (
    ("stdout", "Standard output is not a terminal (a file or another program takes it)"),
    ("stdin", "Standard input is not a terminal (the app reads your keys there)"),
    ("stderr", "Standard error is not a terminal (the app draws its screen there)"),
)


def driver_chosen() -> bool:
    """Whether TEXTUAL_DRIVER names the app's driver (Textual's headless one, as tests run
    it; its web driver under `textual serve`): it then draws where it says, not on this
    terminal, so the launch asks nothing of TERM or the standard streams."""
    import os

    return bool(os.environ.get("TEXTUAL_DRIVER", "").strip())


def not_a_terminal() -> str | None:
    """Why the full-screen app (or the store-problem screen) cannot be shown here, or None
    when it can: TERM names a terminal (``term_refused``) and each of the standard streams is
    one, or a driver was chosen (``driver_chosen``). The one rule for every full screen; the
    launch asks it before anything touches the disk (cli.main).

    It opened all the same: `bounceback-tui 2> log` drew its screen into the log and showed
    nothing, and `bounceback-tui < /dev/null` showed a screen no key could reach (only a
    signal ended it); with `> out.txt` or `| cat` the file or program was given nothing.
    And it opened the store first, so a refused launch made the data folder and the store."""
    if driver_chosen():
        return None
    refused = term_refused()
    if refused is not None:
        return refused
    for name, says in _STREAMS:
        stream = getattr(sys, name)
        try:
            terminal = stream is not None and stream.isatty()
        except (AttributeError, ValueError):  # closed or replaced streams
            terminal = False
        if not terminal:
            return f"{says}, so the full-screen app was not opened. For scripts: {FOR_SCRIPTS}."
    return None


def term_refused() -> str | None:
    """Why TERM says the full-screen app cannot be shown (``dumb``, ``unknown``, or none at
    all), or None. The value seen is quoted as it was set; the line goes out neutralised
    (failures.say). ``TERM=unknown`` was given the full screen in xterm's codes."""
    import os

    term = os.environ.get("TERM")
    if term is None:
        return NO_TERM.format(seen="TERM is not set")
    kind = term.strip().lower()
    if not kind:
        return NO_TERM.format(seen="TERM is empty")
    if kind == "dumb":
        return DUMB_TERMINAL
    if kind in NO_KIND:
        return NO_TERM.format(seen=f'TERM is "{term.strip()}"')
    return None


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
    ("Nothing was restored") and name ``--yes``. Ctrl-D (the end of input) at the question
    is a no, as Enter is: it crashed with EOFError and a crash log (an attacker's walk).
    """
    if assume_yes:
        return True
    if not interactive():
        raise BouncebackError(
            f"{refused}: there is no terminal to ask at. Add --yes to go ahead without asking."
        )
    try:
        answer = input(terminal_text(f"{question} [y/N] "))
    except EOFError:
        print()  # the prompt's line ends where Enter would have ended it
        return False
    return answer.strip().lower() in ("y", "yes")


def day_argument(text: str, today: date) -> date:
    """A ``--from`` or ``--to`` value: a date as the app's fields take it, or "30d" / "2w" for
    that long ago (argparse takes "-30d" for an option; ``cli.offsets_joined`` lets
    ``--from -30d`` through). ``export`` took "30d" and ``insights`` refused it (an attacker's
    walk). DateParseError quotes the text as typed, not "-30d"."""
    from bounceback_tui.domain.dates import parse_date_or_ago

    return parse_date_or_ago(text, today)


def refuse_empty_date(option: str, text: str | None) -> None:
    """``--from ''`` was read as no date at all (all time, for insights) without a word (an
    attacker's walk): an empty date is refused as any other date that cannot be read."""
    if text is not None and not text.strip():
        raise BouncebackError(
            f"{option} is empty; give a date (YYYY-MM-DD, or 30d for 30 days ago), or leave "
            f"{option} out."
        )


def data_dir_option(paths: "DataPaths") -> str:
    """``--data-dir PATH`` when ``paths`` is not the default store ("" when it is):
    ``paths.data_dir_option``, the one the app's hints use too."""
    from bounceback_tui.paths import data_dir_option as option

    return option(paths)


def command_line(paths: "DataPaths", words: str) -> str:
    """``bounceback-tui WORDS`` as a hint names it: with this store's ``--data-dir`` when one
    was given, so that running it as written acts on the same store (`restore latest` named
    without it restored the default store's backup: an attacker's walk). One helper for the
    app and the command line (``paths.command_line``)."""
    from bounceback_tui.paths import command_line as line

    return line(paths, words)


def name_data_dir(message: str, paths: "DataPaths") -> str:
    """``message`` with each command it quotes (`` `bounceback-tui …` ``) given this store's
    ``--data-dir``: the command line's last word on a refusal from below (the store's own
    sentences, which know a file, not the folder given)."""
    option = data_dir_option(paths)
    if not option:
        return message
    import re

    # "run `bounceback-tui` in a terminal" too: it opened the default store's app.
    return re.sub(
        r"`bounceback-tui(?=[ `])(?! --data-dir )", lambda _: f"`bounceback-tui {option}", message
    )
