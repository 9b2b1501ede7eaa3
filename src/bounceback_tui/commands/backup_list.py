"""The lines `restore` and `backup --list` give each backup, fitted to the terminal (80
columns to a pipe or a file).

A week of backups each read "60 applications, 25 rejections" beside its file name: a person
choosing one could not tell them apart. Each backup now reads, on its numbered line, when it
was taken, why, its size and how it differs from the store now ("1 fewer application than
now": the two counts the list reads of every backup anyway, beside the store's own, read
once); under it, what it holds, or the mark of one a restore would refuse, and its file.
No backup is read further for it (tests/test_restore_list_reads_little.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback_tui.store.backup import BackupInfo
    from bounceback_tui.store.contents import Contents

WIDTH = 80
INDENT = " " * 5


def than_now(then: Contents | None, now: Contents | None) -> str:
    """How a backup's counts differ from the store's now: "1 fewer application than now",
    "2 more applications, 1 more rejection than now", "as many applications and rejections
    as now" (those two counts alone are compared: a backup with as many may hold other ones,
    renamed or swapped, and lack days of ticks, answers or skills; it read "same applications
    and rejections as now", and "same counts as now" before). "" when either cannot be read,
    or neither holds an application or a rejection."""
    if then is None or now is None:
        return ""
    pairs = (
        (then.applications - now.applications, "application"),
        (then.rejections - now.rejections, "rejection"),
    )
    if not any((then.applications, then.rejections, now.applications, now.rejections)):
        return ""
    if not any(difference for difference, _noun in pairs):
        return "as many applications and rejections as now"
    return ", ".join(_more_or_fewer(d, noun) for d, noun in pairs if d) + " than now"


def _more_or_fewer(difference: int, noun: str) -> str:
    """ "1 fewer application", "2 more rejections"."""
    from bounceback_tui.domain.wording import noun_for, number

    word = "more" if difference > 0 else "fewer"
    return f"{number(abs(difference))} {word} {noun_for(abs(difference), noun)}"


def entry_lines(
    number: int,
    info: BackupInfo,
    widths: tuple[int, int, int],
    when: str,
    difference: str,
    said: str,
    width: int = WIDTH,
) -> list[str]:
    """One backup's lines: when, why, size and the difference from now on the numbered
    line; what it holds (or its mark) and its file under it. ``widths``: the list's columns
    of when, why and what it holds. A part that would pass ``width`` columns (the
    terminal's) goes on a line of its own, indented."""
    from bounceback_tui.commands.backup_words import kind_of, size_text

    when_width, why_width, said_width = widths
    head = f"{number:>3}  {when:<{when_width}}  {kind_of(info):<{why_width}}"
    head += f"  {size_text(info.size):>7}"
    lines = [head]
    if difference:
        if len(head) + 2 + len(difference) <= width:
            lines[0] = f"{head}  {difference}"
        else:
            lines.append(INDENT + difference)
    held = f"{INDENT}{said:<{said_width}}  {info.name}"
    if len(held) <= width:
        lines.append(held)
    else:
        lines += [INDENT + said, INDENT + info.name]
    return lines


def marks_said(marks: list[str]) -> str:
    """The line under the list that says what a mark is: the words in place of what a backup
    holds, saying why a restore refuses it, quoting one shown ("damaged, cannot be used" when
    none is). The lines under it spoke of a backup "listed without a mark" and nothing said
    what one was."""
    shown = marks[0] if marks else "damaged, cannot be used"
    return (
        f'A mark in place of what a backup holds (such as "{shown}") says why a restore refuses it.'
    )
