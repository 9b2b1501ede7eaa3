"""settings.toml saved as "UTF-8 with BOM", with Windows line ends.

A stranger's walk: `printf '\\xef\\xbb\\xbf[keymap]\\r\\n"pipeline.add" = "n"\\r\\n'` was
refused at startup: "settings.toml could not be read (Invalid statement (at line 1,
column 1)); usual keys kept." The BOM is skipped now, and a care field saved from the
settings screen writes the file back readable (without the BOM), its comments kept.
"""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.services.care_settings import load_care, save_care_field
from bounceback_tui.ui.keymap import load_keymap

BOM = b"\xef\xbb\xbf"


def test_a_keymap_with_a_bom_and_crlf_is_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(BOM + b'[keymap]\r\n"pipeline.add" = "n"\r\n')
    found = load_keymap(path)
    assert found.problems == []
    assert found.keymap == {"pipeline.add": "n"}


def test_a_care_field_saved_over_a_bom_file_keeps_it_readable(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(
        BOM + b'# my keys\r\n[keymap]\r\n"pipeline.add" = "n"\r\n\r\n[care]\r\ncountry = "GB"\r\n'
    )
    assert load_care(path).country == "GB"
    save_care_field(path, "country", "IE", expected="GB")
    written = path.read_bytes()
    assert not written.startswith(BOM)
    assert b"# my keys" in written
    assert load_care(path).country == "IE"
    assert load_keymap(path).keymap == {"pipeline.add": "n"}
