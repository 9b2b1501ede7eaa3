"""Another process writing a backup's ``.partial`` (a second window, a `restore` in another
terminal): it reserves a backup name as every backup does and holds it until told."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SCRIPT = (
    "import sys\n"
    "from bounceback_tui.paths import resolve_paths\n"
    "from bounceback_tui.store.file_copy import backup_path\n"
    "made = backup_path(resolve_paths(sys.argv[1]), sys.argv[2])\n"
    "print(str(made) + '.partial', flush=True)\n"
    "sys.stdin.read()\n"
)


def start_writer(data_dir: Path, label: str) -> tuple[subprocess.Popen[str], Path]:
    """The process, and the ``.partial`` it holds (told once it holds it)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(data_dir), label],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())
