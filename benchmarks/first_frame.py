"""Run a Textual program and end it at its first frame (or at ``App()``), for instruction counts.

    first_frame.py [--at frame|app] app [--data-dir DIR]   # bounceback-tui, as launched
    first_frame.py [--at frame|app] bare                  # benchmarks/bare_app.py's app

It is meant to run under ``valgrind --tool=callgrind`` in a terminal (tmux): callgrind counts
the instructions from launch to the moment the first frame has been written (``App._display``
wrapped to call ``os._exit`` after it), or, with ``--at app``, to the moment ``App.__init__``
is entered (the imports and what runs before the app exists). Textual is not imported here
before the program imports it (the app imports it with the garbage collector off): a finder
on ``sys.meta_path`` patches ``textual.app`` once it has been loaded, then steps aside.
The app's daily backup is held back for the count (see ``main``).
``benchmarks/count_first_frame.py`` runs it and reads the counts.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def _patch(module: ModuleType, at: str) -> None:
    app_class = module.App
    if at == "app":
        original_init = app_class.__init__

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            sys.stdout.flush()
            os._exit(0)
            original_init(self, *args, **kwargs)  # not reached

        app_class.__init__ = init
        return
    original = app_class._display

    def display(self: Any, screen: Any, renderable: Any) -> None:
        original(self, screen, renderable)
        if renderable is not None and self._running and not self._batch_count:
            os._exit(0)

    app_class._display = display


class _PatchTextualApp(importlib.abc.MetaPathFinder):
    def __init__(self, at: str) -> None:
        self.at = at

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "textual.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        exec_module = loader.exec_module
        at = self.at

        def run(module: ModuleType) -> None:
            exec_module(module)
            _patch(module, at)

        loader.exec_module = run  # type: ignore[method-assign]
        return spec


def main(argv: list[str]) -> int:
    at = "frame"
    if argv[:1] == ["--at"]:
        at, argv = argv[1], argv[2:]
    which, rest = argv[0], argv[1:]
    sys.meta_path.insert(0, _PatchTextualApp(at))
    if which == "bare":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bare_app import BareApp

        BareApp().run()
        return 0
    import bounceback_tui.commands.run_app as run_app
    from bounceback_tui.cli import main as app_main

    # At full speed the daily backup waits 1.5 s, long after the first frame; under
    # valgrind's fiftyfold slowdown that wait would run out first, and the backup and the
    # quick check it waits for would be counted with the launch.
    run_app.BACKUP_DELAY_S = 3600.0
    return int(app_main(rest) or 0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
