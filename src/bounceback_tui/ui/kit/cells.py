"""Plain text cut to fit a number of terminal cells as Rich (and so Textual) measures them:
wide characters count double, joined emoji and marks as drawn. The text is first made one
safe line by ``domain.text.screen_line``; a name inside a sentence uses
``domain.text.clip_name`` instead (the same cut, measured without Rich). Text on a few
lines of a box of fixed height is cut on its last line: ``clip_lines`` (at a word's end:
``clip_lines_at_words``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual.content import Content

from bounceback_tui.domain.graphemes import cut_cells
from bounceback_tui.domain.text import cut_near_word, screen_line, to_word_end


def clip(text: str, width: int) -> str:
    """One line of plain text (``screen_line``: control characters and bidi overrides
    neutralised, so it is safe to draw), cut with an ellipsis to at most ``width`` cells.

    ``domain.text.clip_name`` with the cells counted as Rich draws them: for a line the UI
    lays out itself (a column of a line-drawn list, a line of a detail or a dialog), where a
    cell miscounted would push the next column along. A name inside a sentence (a toast, a
    message) uses ``clip_name``."""
    flat = screen_line(text)
    if cell_len(flat) <= width:
        return flat
    # Cut between clusters (never half a flag or a family), a space just before the cut
    # dropped ("course …" would be left), each cluster measured as Rich draws it.
    return cut_cells(flat, width, cell_len)


def clip_at_word(text: str, width: int) -> str:
    """``clip``, the cut moved back to a word's end where one is in what it keeps
    ("Support…", not "Support En…"); inside a lone word where there is none ("Anal…")."""
    return to_word_end(screen_line(text), clip(text, width))


def clip_near(text: str, width: int) -> str:
    """``clip``, the cut moved back to a word's end where one is near, as every cut of a
    person's words is (``domain.text.cut_near_word``, the cells counted as Rich draws them):
    a thought in a column ("I'll never get…", not "I'll never get hir…"); inside a long
    word where no word's end is near."""
    return cut_near_word(screen_line(text), width, cell_len)


# A role cut inside its brackets keeps this much, its ellipsis included ("(Sup…)").
ROLE_MIN_CELLS = 4
# An application named in a dialog's title or intro, one line of an 80-column dialog with
# its words before it ("Next follow-up: "): "Rejected: Initech (Site Reliability Engine…)"
# was cut at 24 cells a part with most of the line free (a sentence that wraps names it in
# full up to the same bound: ``domain.text.APP_NAME_CELLS``).
TITLE_NAME_CELLS = 56


def clip_app_name(
    company: str,
    role: str,
    width: int,
    unlike: Iterable[str] = (),
    *,
    fill: bool = False,
    words: bool = False,
) -> str:
    """An application as "Company (Role)" in at most ``width`` cells, its brackets closed and
    each part cut at a word's end where it can be: the company keeps up to two thirds of the
    room, the role the rest ("Quarry & Co (Support…)", "Northwind Traders… (Senior Staff…)"),
    at the least ``ROLE_MIN_CELLS``, so two applications at one company are told apart as
    long as the room allows; the company alone, cut, where it does not. Without a role, the
    company.

    ``unlike``: the names ("Company (Role)") of others on screen beside it. The cut is one
    that cannot stand for any of them (``reads_as``): where the role's end cut would ("Acme
    (Senior…)" for "Senior Engineer" beside "Senior Designer"), the role is cut in its
    middle, keeping the words that tell it apart ("Acme (Sen…Engineer)"), the company given
    less room if need be. ``words``: each part is cut at a word's end only, and the role's
    bracket left out where no whole word of it fits (at 80x24 "Larkspur AI (Pla…)" and
    "Pinecrest… (Produc…)" read as other words: "Larkspur AI", "Pinecrest Retail"), unless
    the company alone could stand for another name beside it (Today's lines). ``fill``
    (with ``words``): where a company kept whole leaves its role ``ROLE_MIN_CELLS`` and the
    name says more that way, it is kept whole (a line of Today's due list: "Lumen Health
    (Data…)", not "Lumen… (Data…)" in the same 20 cells), and more room never says less:
    the longest of its cuts in ``width`` cells or fewer (cut at words' ends, 27 cells said
    "Riverstone Legal" where 26 said "Riverstone… (Paralegal)"), one told apart from
    ``unlike`` before one that is not."""
    unlike = tuple(unlike)
    name = app_name_cut(company, role, width, unlike, fill=fill, words=words)
    if not fill:
        return name
    # From the widest room down, while a narrower room could still say more (a cut never
    # takes more cells than its room): a few rooms, not one for every cell.
    others = [screen_line(other).casefold() for other in unlike]
    apart = not any(reads_as(name, other) for other in others)
    flat_role = screen_line(role)
    whole = cell_len(screen_line(company)) + (cell_len(flat_role) + 3 if flat_role else 0)
    for cells in range(min(width, whole) - 1, cell_len(name), -1):
        if cells <= cell_len(name):
            break
        narrower = app_name_cut(company, role, cells, unlike, fill=True, words=words)
        if cell_len(narrower) <= cell_len(name):
            continue
        narrower_apart = not any(reads_as(narrower, other) for other in others)
        if narrower_apart or not apart:
            name, apart = narrower, narrower_apart
    return name


def app_name_cut(
    company: str,
    role: str,
    width: int,
    unlike: Iterable[str] = (),
    *,
    fill: bool = False,
    words: bool = False,
) -> str:
    """``clip_app_name`` as its rule cuts it at ``width`` exactly: with ``fill``, a narrower
    room may say more. For a caller that tries every width itself (``ui/today/names_apart``,
    a plan's line), where asking ``clip_app_name`` would try the narrower ones again."""
    words = words or fill
    company, role = screen_line(company), screen_line(role)
    if not role:
        return clip(company, width)
    whole = f"{company} ({role})"
    if cell_len(whole) <= width:
        return whole
    room = width - 3  # " (" and ")"
    kept = min(cell_len(company), max(room - cell_len(role), room * 2 // 3), room - ROLE_MIN_CELLS)
    if kept < min(ROLE_MIN_CELLS, cell_len(company)):  # "[b] (Data…)" keeps its role too
        return clip_at_word(company, width) if words else clip(company, width)
    first = _app_cut(company, role, kept, room, fill, words)
    if fill and kept < cell_len(company) <= room - ROLE_MIN_CELLS:
        whole_company = _app_cut(company, role, cell_len(company), room, fill, words)
        if cell_len(whole_company) > cell_len(first):
            first, kept = whole_company, cell_len(company)
    # The role left out, the company alone may stand for any name at it beside it.
    probe = f"{first} (…)" if words and first == clip_at_word(company, width) else first
    others = [screen_line(name).casefold() for name in unlike]
    if not others or not any(reads_as(probe, other) for other in others):
        return first
    # Told apart at a word's end where it can be (``words``), else as it can be: two
    # applications read as one would be worse than part of a word.
    for whole_words in (True, False) if words else (False,):
        for allowed in range(kept, min(ROLE_MIN_CELLS, cell_len(company)) - 1, -1):
            said = clip_at_word(company, allowed)
            for role_cut in _role_cuts(role, room - cell_len(said)):
                cut = f"{said} ({role_cut})"
                if whole_words and (cuts_a_word(said, company) or cuts_a_word(role_cut, role)):
                    continue
                if not any(reads_as(cut, other) for other in others):
                    return cut
    return first


def _app_cut(
    company: str, role: str, kept: int, room: int, fill: bool = False, words: bool = False
) -> str:
    """The company in ``kept`` cells, the role in what is left of ``room``. Without
    ``fill``, a role cut inside its first word is given that word whole, the company cut
    shorter for it, where the company keeps ``ROLE_MIN_CELLS``: Today's interview strip read
    "Cinder… (Engineer…)", another job, for an Engineering Manager ("Cinder… (Engineering…)"
    now). Today's due list (``fill``) keeps its company whole first, as it was."""
    said = clip_at_word(company, kept)
    first_word = role.split(" ", 1)[0]
    need = cell_len(first_word) + 1 if " " in role else cell_len(role)  # "Engineering…"
    if not fill and room - cell_len(said) < need <= room - min(ROLE_MIN_CELLS, cell_len(company)):
        said = clip_at_word(company, room - need)
    role_cut = clip_at_word(role, room - cell_len(said))
    if words and (cuts_a_word(said, company) or cuts_a_word(role_cut, role)):
        # No whole word of one part fits: the company alone, in all the room ("Larkspur
        # AI", not "Larkspur AI (Pla…)"; "Riverstone Legal", not "Riv… (Sit…)").
        return clip_at_word(company, room + 3)
    return f"{said} ({role_cut})"


def cuts_a_word(cut: str, whole: str) -> bool:
    """Whether ``cut`` (``whole`` cut with ellipses, as ``clip_at_word`` or ``_role_cuts``
    cut it) leaves part of a word beside an ellipsis ("Pla…", "Sen…Engineer")."""
    flat = screen_line(whole)
    if cut == flat or "…" not in cut:
        return False
    head, tail = cut.split("…")[0], cut.split("…")[-1]
    inside_head = head[-1:].isalnum() and flat[len(head) : len(head) + 1].isalnum()
    before_tail = flat[: len(flat) - len(tail)][-1:]
    return inside_head or bool(tail[:1].isalnum() and before_tail.isalnum())


def _role_cuts(role: str, room: int) -> Iterator[str]:
    """``role`` in ``room`` cells: cut at its end, then in its middle, its last word or words
    kept whole after the ellipsis ("Sen…Engineer", "…Engineer")."""
    if room < 1:
        return
    yield clip_at_word(role, room)
    words = role.split(" ")
    for start in range(len(words) - 1, 0, -1):
        tail = " ".join(words[start:])
        left = room - cell_len(tail)  # the head's, its ellipsis included
        if left < 1:
            return
        head = " ".join(words[:start])
        cut = clip(head, left) if cell_len(head) > left else clip(head, left - 1)
        yield (cut if cut.endswith("…") else "…") + tail


def name_cuts_a_word(name: str, company: str, role: str) -> bool:
    """Whether ``name``, ``clip_app_name``'s cut of an application, leaves part of a word of
    its company or its role beside an ellipsis ("Riv… (Sit…)")."""
    company, role = screen_line(company), screen_line(role)
    at = name.find(" (")
    while at >= 0 and name.endswith(")"):
        said, role_cut = name[:at], name[at + 2 : -1]
        if reads_as(said, company) and reads_as(role_cut, role):
            return cuts_a_word(said, company) or cuts_a_word(role_cut, role)
        at = name.find(" (", at + 1)
    return cuts_a_word(name, company)


def reads_as(cut: str, whole: str) -> bool:
    """Whether ``cut`` (a name cut with ellipses) could stand for ``whole`` as well, case
    aside: each piece between its ellipses found in ``whole`` in order, the first at its
    start and the last at its end."""
    cut = cut.casefold()
    if "…" not in cut:
        return cut == whole.casefold()
    whole = whole.casefold()
    pieces = cut.split("…")
    if not whole.startswith(pieces[0]) or not whole.endswith(pieces[-1]):
        return False
    at, end = len(pieces[0]), len(whole) - len(pieces[-1])
    for piece in pieces[1:-1]:
        found = whole.find(piece, at, end)
        if found < 0:
            return False
        at = found + len(piece)
    return at <= end


def fit_cells(value: str, width: int) -> str:
    """``value`` on one line, cut to ``width`` cells (with an ellipsis) and padded to it:
    a table's cell, whose columns stay aligned with emoji and wide scripts."""
    return set_cell_size(clip(value, width), width) if width > 0 else ""


def pad_cells(value: str, width: int) -> str:
    """``value`` on one line (``screen_line``), padded with spaces to ``width`` cells and never
    cut: the name before a column that follows it. ``str.ljust`` counts characters, so a
    name with an emoji (two cells, one character) pushed its row's column a cell right."""
    flat = screen_line(value)
    return flat + " " * max(0, width - cell_len(flat))


def fit(value: str, width: int, style: Style | str = "") -> Text:
    """``fit_cells`` as Rich ``Text`` in ``style``, exactly ``width`` cells wide."""
    return Text(fit_cells(value, width), style=style, no_wrap=True, end="")


def clip_lines(content: Content, width: int, lines: int) -> Content:
    """``content`` wrapped at ``width`` cells on at most ``lines`` lines, the last of them
    ending with an ellipsis when more does not fit (a box of fixed height cut the rest away
    unmarked: the Recovery pane's step text at 60x20). A paragraph cut on its last line
    ends "…"; one that ends there whole is followed by " …" (the next paragraph is not run
    on into it, as if it were the same sentence). ``content`` as it is when it fits, or
    when ``lines`` is not known yet (0)."""
    return _clip_lines(content, width, lines, words=False)


def clip_lines_at_words(content: Content, width: int, lines: int) -> Content:
    """``clip_lines``, its last line cut at a word's end ("…over it by…", not "…over it
    by to…": the Recovery pane's step text at 80x24), as ``cut_at_word`` cuts: inside a
    lone word where no word's end is in what it keeps."""
    return _clip_lines(content, width, lines, words=True)


def _clip_lines(content: Content, width: int, lines: int, *, words: bool) -> Content:
    if lines <= 0 or width <= 2:
        return content
    rows = [
        (number, line)
        for number, paragraph in enumerate(content.split("\n", allow_blank=True))
        for line in (paragraph.wrap(width) or [Content("")])
    ]
    if len(rows) <= lines:
        return content
    last = rows[lines - 1][0]
    rest = [line for number, line in rows[lines - 1 :] if number == last]
    if len(rest) == 1 and rest[0].cell_length + 2 <= width:
        end = rest[0] + Content(" …") if rest[0].plain else Content("…")
    elif words:
        # " …" after the rest: a paragraph that ends whole on its last line, a cell or two
        # short of room for it, is cut too (more follows it), at a word's end.
        end = cut_at_word(Content(" ").join(rest) + Content(" …"), width)
    else:
        # The rest of the paragraph, cut at a word's end where the cut falls on a space:
        # "which…", not "which …".
        joined = Content(" ").join(rest)
        kept = joined.truncate(width - 1).rstrip().cell_length
        end = joined.truncate(kept + 1, ellipsis=True)
    return Content("\n").join([line for _, line in rows[: lines - 1]] + [end])


def cut_content(content: Content, width: int) -> Content:
    """``content`` (app-made, styled) cut as ``clip`` cuts: with an ellipsis to at most
    ``width`` cells, between clusters (never half a flag), a space before the cut dropped.
    The ellipsis takes the style of the character it stands for."""
    if content.cell_length <= width:
        return content
    kept = len(cut_cells(content.plain, width, cell_len)) - 1  # less its ellipsis
    piece = content[: kept + 1]
    return Content(piece.plain[:kept] + "…", list(piece.spans), strip_control_codes=False)


def cut_at_word(content: Content, width: int) -> Content:
    """``cut_content``, the cut moved back to a word's end where one is in what it keeps, as
    ``clip_at_word`` cuts plain text ("a gentle start…", not "a gentle sta…"); inside a lone
    word where there is none."""
    cut = cut_content(content, width)
    if cut is content:
        return cut
    kept, flat = cut.plain[:-1], content.plain
    after = flat[len(kept) : len(kept) + 1]
    if after.isalnum() and kept[-1:].isalnum():  # the cut is inside a word
        if " " not in kept:
            return cut
        kept = kept[: kept.rindex(" ")]
    kept = kept.rstrip(" ,;:.-–—/&+")  # "start…", not "start;…" or "done.…"
    if not kept:
        return cut
    piece = content[: len(kept) + 1]
    return Content(piece.plain[: len(kept)] + "…", list(piece.spans), strip_control_codes=False)
