"""SIGTERM or SIGHUP on the store-problem screen ends it as `q` does (commands/signals.py).

Left at their defaults there, either one ended the process where it stood: the terminal
stayed in the screen's alternate screen, its keys raw and unechoed, the mouse printing codes.
"""

from __future__ import annotations

import os
import signal
import termios

import pytest

from bounceback_tui.paths import DataPaths
from tests.pty_window import in_a_window, shown

pytestmark = pytest.mark.slow  # a process in a terminal of its own


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_on_the_store_problem_screen_gives_the_terminal_back(
    opened_paths: DataPaths, number: int
) -> None:
    opened_paths.database.write_bytes(b"not a database at all " * 400)  # damaged
    before_bytes = opened_paths.database.read_bytes()
    app, main, terminal, before = in_a_window(
        ["-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)], keep_terminal=True
    )
    assert terminal is not None
    try:
        screen = shown(main, b"Start fresh", 60)  # the screen's ways out are up
        assert b"Start fresh" in screen, screen[-800:]
        shown(main, None, 1.0)
        app.send_signal(number)
        after = shown(main, b"stopped by", 20)
        after += shown(main, None, 0.5)
        status = app.wait(timeout=30)
        settings = termios.tcgetattr(terminal)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert status == 128 + number  # as a shell reports it, not killed where it stood
    assert b"\x1b[?1049l" in after  # the screen left
    assert settings == before  # echoing again
    name = signal.Signals(number).name.encode()
    said = b"bounceback-tui: stopped by " + name + b"; the store was left as the screen had it."
    assert said in after, after[-400:]
    assert b"bounceback-tui: bounceback-tui:" not in after  # said once
    assert opened_paths.database.read_bytes() == before_bytes  # nothing chosen, nothing done
