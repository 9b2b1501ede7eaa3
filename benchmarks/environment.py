"""A throw-away install of the app from a freshly built wheel, for honest timings.

An editable install recompiles the project's modules on every start when
PYTHONDONTWRITEBYTECODE is set (as it is on the project's machines); an installed
wheel has its bytecode compiled once at install. The venv borrows the current
environment's third-party packages through a .pth file, so nothing is downloaded.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BenchEnv:
    folder: Path

    @property
    def python(self) -> Path:
        return self.folder / "venv" / "bin" / "python"

    @property
    def app(self) -> Path:
        return self.folder / "venv" / "bin" / "bounceback-tui"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.python), *args], check=True, capture_output=True, text=True)


def build(folder: Path) -> BenchEnv:
    dist = folder / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wheel = next(dist.glob("bounceback_tui-*.whl"))
    # No pip of its own (ensurepip cost about 2.5 s of CPU): this environment's pip installs
    # into it (`pip --python`), compiling the bytecode there as before.
    venv.EnvBuilder(with_pip=False).create(folder / "venv")
    env = BenchEnv(folder)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(env.python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    site = env.run("-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout
    (Path(site.strip()) / "borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # Compile the borrowed packages' bytecode once, as an installed app would have it.
    subprocess.run(
        [str(env.python), "-m", "compileall", "-q", sysconfig.get_paths()["purelib"]],
        capture_output=True,
        text=True,
    )
    return env
