"""A restore judges each stored link by the Link field's own rule, not by the whole
application form around it, with the same verdict.

A 100,000-application restore took about 18.5 s of CPU, most of what was left the links:
each is a value of its own, and each was judged by running the application form whole with
that link alone (about 4.3 s at 100,000), where the Link field's rule, which the form runs,
says the same in about 1.3 s (docs/performance.md). ``KEPT_GROUP_CHECKS`` names such a
group's own check; this holds it to what its table's check says of that group
(tests/test_restore_link_rule_alone.py: a restore uses it).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.records_kept import KEPT_GROUP_CHECKS, KEPT_ROW_CHECKS
from tests.conftest import FIXED_TODAY
from tests.test_kept_row_groups import ODD

LINKS: tuple[object, ...] = (
    *ODD,
    "https://example.com/jobs/1",
    "example.com/jobs",
    "  https://example.com/padded  ",
    "http://",
    "ftp://example.com/x",
    "mailto:me@example.com",
    "https://exa mple.com/",
    "https://例え.jp/仕事",
    "https://example.com/\u202e",
    "https://example.com/\x00",
    "https://example.com/a\nb",
    "https://" + "a" * 2100 + ".com",
    "https://[::1]/x",
    "https://user:pw@example.com/",
    "\u200b",
    3,
)


@pytest.mark.parametrize("key", sorted(KEPT_GROUP_CHECKS))
def test_a_groups_own_check_says_what_its_tables_check_says(
    key: tuple[str, tuple[str, ...]],
) -> None:
    table, group = key
    for value in LINKS:
        row = {name: value for name in group}
        whole = [p for p in KEPT_ROW_CHECKS[table](row, FIXED_TODAY) if p[0] in group]
        assert KEPT_GROUP_CHECKS[key](row, FIXED_TODAY) == whole, (key, value)
