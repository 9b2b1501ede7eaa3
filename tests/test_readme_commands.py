"""The README's two commands stay true: CI runs the test command verbatim; its command-line table
names every sub-command and only options the commands take."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fenced_commands(markdown: str) -> list[str]:
    return [
        block.strip() for block in re.findall(r"```(?:sh|bash|console)\n(.*?)```", markdown, re.S)
    ]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Run the tests", 1)[1].split("\n## ", 1)[0]
    (command,) = _fenced_commands(section)
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert command in ci_lines


def test_readme_install_command_installs_and_names_the_app() -> None:
    # That the installed app really starts is test_wheel.py's job.
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Install and run", 1)[1].split("\n## ", 1)[0]
    (command,) = _fenced_commands(section)
    assert "pip install" in command
    assert command.rstrip().endswith("bounceback-tui")


def test_readme_shows_today_and_every_pane_from_committed_files() -> None:
    readme = (ROOT / "README.md").read_text()
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    for pane in ("today", "pipeline", "recovery", "reframe", "skills", "people"):
        assert f"docs/screenshots/{pane}.svg" in images, pane
    for image in images:
        path = ROOT / image
        assert path.is_file(), image
        assert path.read_text().lstrip().startswith("<svg"), image


def test_readme_links_to_docs_that_exist() -> None:
    readme = (ROOT / "README.md").read_text()
    targets = re.findall(r"\]\(((?:docs/)[^)#]+)(?:#[^)]*)?\)", readme)
    assert "docs/keys.md" in targets and "docs/performance.md" in targets
    for target in targets:
        assert (ROOT / target).exists(), target


def _command_rows() -> list[tuple[str, str]]:
    """(command as written, what it does) of each row of the README's "Command line" table."""
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Command line", 1)[1].split("\n\n", 2)[1]
    rows = []
    for line in table.splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        rows.append((cells[0].strip("`").replace("\\|", "|"), cells[1]))
    return rows


def test_readme_command_table_names_every_command_and_only_real_options() -> None:
    import argparse

    from bounceback_tui.cli import COMMANDS, build_parser

    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    listed = set()
    for written, what in _command_rows():
        words = written.split()
        assert words[0] == "bounceback-tui", written
        if len(words) == 1 or words[1].startswith("-"):
            command, options = parser, parser._option_string_actions
        else:
            listed.add(words[1])
            command = sub.choices[words[1]]  # a KeyError here: a command the app lacks
            nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
            if nested and len(words) > 2 and words[2] in nested[0].choices:
                command = nested[0].choices[words[2]]  # "boards follow"
            options = command._option_string_actions
        # Every option the row and its description write is one the command takes.
        flags = re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", f"{written} {what}")
        for flag in flags:
            assert flag in options, (written, flag)
    assert listed == set(COMMANDS)
