"""The controller leaves a test module's rewritten bytecode alone when it is the one pytest
would read anyway (tests/conftest.py, ``rewritten_pyc_is_current``), and rewrites it when
pytest would not read it: the answer is pytest's own ``_read_pyc``'s, without the load."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc_fp

from tests.conftest import rewritten_pyc_is_current


def _write_rewritten(source: Path, config: pytest.Config) -> Path:
    cache = source.parent / "__pycache__"
    cache.mkdir(exist_ok=True)
    pyc = cache / f"{source.stem}{PYC_TAIL}"
    stat, code = _rewrite_test(source, config)
    with open(pyc, "wb") as out:
        _write_pyc_fp(out, stat, code)
    return pyc


def _both(source: Path, pyc: Path) -> tuple[bool, bool]:
    return rewritten_pyc_is_current(source, pyc), _read_pyc(source, pyc) is not None


def test_a_current_pyc_is_kept_and_a_stale_one_is_not(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    source = tmp_path / "test_probe.py"
    source.write_text("def test_one():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    pyc = _write_rewritten(source, request.config)
    assert _both(source, pyc) == (True, True)

    # Edited to another size.
    source.write_text("def test_one():\n    assert 1 + 2 == 3\n\n", encoding="utf-8")
    assert _both(source, pyc) == (False, False)
    pyc = _write_rewritten(source, request.config)
    assert _both(source, pyc) == (True, True)

    # Edited to the same size, a few seconds later.
    stat = source.stat()
    source.write_text("def test_one():\n    assert 1 + 2 == 4\n\n", encoding="utf-8")
    os.utime(source, (stat.st_atime, stat.st_mtime + 5))
    assert _both(source, pyc) == (False, False)

    # No pyc, a cut one, another Python's.
    pyc = _write_rewritten(source, request.config)
    data = pyc.read_bytes()
    pyc.write_bytes(data[:10])
    assert _both(source, pyc) == (False, False)
    pyc.write_bytes(bytes([data[0] ^ 1]) + data[1:])
    assert _both(source, pyc) == (False, False)
    pyc.unlink()
    assert _both(source, pyc) == (False, False)
