"""The README's two commands stay true: CI runs the test command verbatim."""

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
