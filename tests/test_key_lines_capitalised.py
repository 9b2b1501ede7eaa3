"""Every keys line says what a key does capitalised ("Esc Close"), as the forms, dialogs, pick
lists and the key bar do: one helper writes them (ui/kit/key_lines.py).

A stranger's walk: the answer bank read "p practise  a add  …  Esc close", the posting import
"Enter fetch  Esc stop or close" and the job boards "a follow  d unfollow  …  Esc close",
under pick lists that read "Enter Choose  Esc Cancel".
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.key_lines import keys_line
from tests.ui_harness import app_on, settle

UI = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"

# An entry of a keys line written by hand: at the start of a string or after the two spaces
# between entries, one or more keys in bold ("[b]a[/b]", "[b]j[/b]/[b]k[/b]"), a space, a
# lower-case word, up to the next entry or the string's end.
ENTRY = re.compile(r"(?:^|  )((?:\[b\][^\[\]]+\[/b\][/-]?)+) ([a-z][^\[]*?)(?=  |$)")
# Bold counts, not keys ("[b]$doing[/b] of 3 in progress", "[b]$shown[/b] of $count people").
COUNTS = frozenset({"[b]$doing[/b]", "[b]$shown[/b]"})


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    """Each string of the module (an f-string's own text, its values as "{}"), and each
    ``Content.assemble`` run of a bold key and the words after it, as markup."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            parts = (v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, "".join(map(str, parts))))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "assemble"
        ):
            for bold, words in zip(node.args, node.args[1:], strict=False):
                if (
                    isinstance(bold, ast.Tuple)
                    and len(bold.elts) == 2
                    and isinstance(bold.elts[1], ast.Constant)
                    and bold.elts[1].value == "bold"
                    and isinstance(words, ast.Constant)
                    and isinstance(words.value, str)
                ):
                    found.append((node.lineno, f"[b]key[/b]{words.value.rstrip()}"))
    return found


def hand_written_lower_case_lines(root: Path = UI) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for line, text in _texts(ast.parse(path.read_text(encoding="utf-8"))):
            for match in ENTRY.finditer(text):
                if match[1] in COUNTS or match[2].endswith("."):  # a count, a sentence
                    continue
                found.append(f"{path.relative_to(root)}:{line}: {match[0].strip()!r}")
    return found


def test_no_keys_line_is_written_by_hand_in_lower_case() -> None:
    assert hand_written_lower_case_lines() == []


def test_the_guard_finds_a_hand_written_line(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        'LINE = "[b]{boards.follow|a}[/b] follow  [b]Enter[/b] Open"\n'
        'FORM = Content.assemble(("^s", "bold"), " save and tick  ")\n'
        'SAID = "[b]$key[/b] opens your answer bank."\n',
        encoding="utf-8",
    )
    found = hand_written_lower_case_lines(tmp_path)
    assert [entry.rpartition(": ")[2] for entry in found] == [
        "'[b]{boards.follow|a}[/b] follow'",
        "'[b]key[/b] save and tick'",
    ]


def test_the_helper_capitalises_and_bolds_each_key() -> None:
    line = keys_line(
        None, ("{list.down|j}/{list.up|k}", "scroll"), ("$r1-$r2", "shaky"), r1=1, r2=2
    )
    assert line.plain == "j/k Scroll  1-2 Shaky"
    bold = [line.plain[span.start : span.end] for span in line.spans if "b" in str(span.style)]
    assert bold == ["j", "k", "1", "2"]


async def test_the_boards_and_answer_bank_lines_read_capitalised(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.pipeline.boards import BoardsScreen

    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        for screen in (BoardsScreen(app.db), AnswerBankScreen(app.db)):
            app.push_screen(screen)
            await settle(pilot, 3)
            words = str(app.screen.query_one(".form-keys").render()).split("  ")
            assert all(entry.split(" ", 1)[1][:1].isupper() for entry in words), words
            app.pop_screen()
            await settle(pilot, 2)
