"""The built wheel carries the stylesheets, and the app runs from a fresh virtual environment.

Offline on purpose: the wheel is built without build isolation (hatchling comes
from the test extras) and installed with --no-deps by this environment's pip (`--python`,
so the new environment needs no pip of its own); the new environment borrows
this one's third-party packages through a .pth file, but not the project itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

LAUNCH = """
import asyncio, sys
import bounceback_tui
from bounceback_tui.paths import resolve_paths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.styles import styles_dir

assert "site-packages" in bounceback_tui.__file__, bounceback_tui.__file__
print("STYLES", styles_dir())
paths = resolve_paths(sys.argv[1])
open_store(paths)

async def main():
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        empty = app.query_one("#pipeline-empty")
        # A rule from styles/app.tcss: the empty state has a border only if the CSS loaded.
        print("BORDER", empty.styles.border_top[0])
        print("PANE", app.query_one("#panes").current)

asyncio.run(main())
"""


def _site_packages(python: Path) -> str:
    return subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


# The installed package reads its own trap model (not the lexicon-only fallback).
MODEL_CHECK = """
import sys
from bounceback_tui.reframe import model, suggest
print(sys.prefix)
print(suggest._model() is not None and model.MODEL_FILE.is_relative_to(sys.prefix))
"""


def test_wheel_installs_and_launches(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wheel = next(dist.glob("bounceback_tui-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "bounceback_tui/styles/app.tcss" in names
    assert any(n.startswith("bounceback_tui/store/migrations/v001") for n in names)
    # The trap model and the attribution for the vectors distilled into it.
    assert "bounceback_tui/reframe/model/traps.bin.gz" in names
    assert "bounceback_tui/NOTICE" in names

    env_dir = tmp_path / "venv"
    # No pip of its own (ensurepip was half the test's CPU): this environment's pip installs
    # into it (`pip --python`).
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    # Third-party dependencies come from the test environment; the project does not
    # (an editable install's own .pth is not processed from a path added this way).
    (Path(_site_packages(python)) / "borrowed_deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    env = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run(
        [str(python), "-c", LAUNCH, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    model = subprocess.run(
        [str(python), "-c", MODEL_CHECK],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    assert model.stdout.split() == [str(env_dir), "True"], model.stderr
    assert f"STYLES {env_dir}" in result.stdout
    assert "BORDER round" in result.stdout
    assert "PANE pipeline" in result.stdout

    console = subprocess.run(
        [str(env_dir / "bin" / "bounceback-tui"), "paths", "--data-dir", str(tmp_path / "d2")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert console.returncode == 0, console.stderr
    assert str(tmp_path / "d2" / "bounceback.sqlite3") in console.stdout
