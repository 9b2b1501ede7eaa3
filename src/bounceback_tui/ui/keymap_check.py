"""Checking a keymap against every binding of the app: unknown ids, clashes, neighbours.

The check reads each class's keys as a ``Scope``: plain data, made from the classes
themselves (``ui/binding_catalogue.py``, which imports every pane) or read from
``keymap_scopes.json``, written from them by ``python docs/keymap.py``. The app checks the
person's keymap against that file before anything is bound (``ui/app_keys.py``): a refused
entry was live, and shown in the tab strip, for the 3 to 12 seconds the full inventory took
to load behind the store (a tester's walk). tests/test_keymap_checked_first.py keeps the file
in step with the code.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import NamedTuple

from bounceback_tui.domain.text import clip_name
from bounceback_tui.ui.keymap import written_key

SCOPES_FILE = Path(__file__).with_name("keymap_scopes.json")


class Key(NamedTuple):
    """One key of one binding, as a class has it (its own and inherited bindings); a
    priority binding is heard before the focused widget (a text field) has the key."""

    key: str
    id: str | None
    description: str
    action: str
    priority: bool = False


class Scope(NamedTuple):
    """One class's keys, as the check needs them: where they work (in words), whether the
    app's keys reach it (not a modal screen's, nor another app's), its keys, the classes
    whose widgets it holds, whose keys win while they have focus, and whether its keys are
    heard while the cursor is in a text field (``binding_catalogue.heard_while_typing``)."""

    name: str
    place: str
    sees_app_keys: bool
    keys: tuple[Key, ...]
    inside: tuple[str, ...]
    typing: bool = False


class Scopes(NamedTuple):
    """Every class's keys, the binding ids, and each id's default keys (comma lists)."""

    scopes: tuple[Scope, ...]
    ids: frozenset[str]
    defaults: dict[str, set[str]]


class KeymapCheck(NamedTuple):
    """The keymap that can be applied, and one sentence per entry that could not."""

    keymap: dict[str, str]
    problems: list[str]


def scopes_to_json(scopes: Scopes) -> str:
    """The scopes as ``keymap_scopes.json`` keeps them: one class to a line, for a diff that
    shows which class's keys changed."""

    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    rows = ",\n".join(
        line([s.name, s.place, s.sees_app_keys, s.keys, s.inside, s.typing]) for s in scopes.scopes
    )
    defaults = {key: sorted(value) for key, value in sorted(scopes.defaults.items())}
    return (
        f'{{"ids": {line(sorted(scopes.ids))},\n"defaults": {line(defaults)},\n'
        f'"scopes": [\n{rows}\n]}}\n'
    )


def stored_scopes() -> Scopes | None:
    """The scopes written by ``python docs/keymap.py``; None if the file cannot be used."""
    try:
        data = json.loads(SCOPES_FILE.read_text(encoding="utf-8"))
        return Scopes(
            tuple(
                Scope(
                    name,
                    place,
                    bool(sees),
                    tuple(Key(*key) for key in keys),
                    tuple(inside),
                    bool(typing),
                )
                for name, place, sees, keys, inside, typing in data["scopes"]
            ),
            frozenset(data["ids"]),
            {key: set(value) for key, value in data["defaults"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _Bound(NamedTuple):
    id: str | None
    description: str
    defaults: frozenset[str]
    remapped: bool
    action: str = ""


def _namespace(keys: tuple[Key, ...], keymap: Mapping[str, str]) -> dict[str, list[_Bound]]:
    """What each key does in one class once remapped."""
    by_id: dict[str | None, list[Key]] = {}
    for item in keys:
        by_id.setdefault(item.id, []).append(item)
    result: dict[str, list[_Bound]] = {}
    for binding_id, bindings in by_id.items():
        groups = [[b] for b in bindings] if binding_id is None else [bindings]
        for group in groups:
            defaults = frozenset(b.key for b in group)
            remapped = binding_id is not None and binding_id in keymap
            keys_now = (
                keymap[binding_id].split(",")
                if binding_id is not None and remapped
                else sorted(defaults)
            )
            bound = _Bound(binding_id, group[0].description, defaults, remapped, group[0].action)
            for key_now in keys_now:
                result.setdefault(key_now, []).append(bound)
    return result


def _in(where: str) -> str:
    return where if where == "everywhere" else f"in {where}"


def _label(bound: _Bound) -> str:
    """What a binding does: "a key of its own" named nothing (a stranger's walk, ctrl+c);
    Textual's own bindings with no description are said in words."""
    action = bound.action.rpartition(".")[2].partition("(")[0]
    undescribed = {"help_quit": "showing how to quit", "copy_text": "copying the selected text"}
    what = bound.description or undescribed.get(action) or action.replace("_", " ")
    return f"{what} ({bound.id})" if bound.id else what


_Clash = tuple[str, str, _Bound, _Bound]


def _taken(key: str, where: str, moved: _Bound, other: _Bound) -> str:
    """Why ``moved`` was not given ``key``: the other binding has it. When that one does the
    same already (`"app.quit" = "ctrl+q"`: Textual quits on ctrl+q), the entry's aim was
    likely to take it off its usual key: "ctrl+q already means Quit" did not say that q
    still quit, nor how to stop it (a power user's walk)."""
    taken = f"{moved.id} was not changed: {written_key(key)} already means "
    if other.action != moved.action or other.remapped or not moved.defaults:
        return f"{taken}{_label(other)} {_in(where)}."
    what = other.description or moved.description or _label(other)
    usual = " or ".join(written_key(usual) for usual in sorted(moved.defaults))
    return (
        f"{taken}{what} {_in(where)}, so {usual} stays {what} as well. To take {what} off "
        f"{usual}, give {moved.id} a key nothing else uses; {written_key(key)} keeps it."
    )


def _clashes(scopes: Scopes, app: Scope | None, keymap: Mapping[str, str]) -> list[_Clash]:
    """(key, where, remapped binding, the other binding) for each key that now means two things.

    Bindings that share a key on purpose (Escape closes or clears, whichever applies) are
    not clashes; only a key the keymap moved onto another binding's key is."""
    found: list[_Clash] = []
    app_keys = _namespace(app.keys, keymap) if app is not None else {}
    by_name = {scope.name: scope for scope in scopes.scopes}
    for scope in scopes.scopes:
        namespace = _namespace(scope.keys, keymap)
        for key, bound in namespace.items():
            found.extend(_pair_clashes(key, bound, bound, scope.place))
        # A pane's or widget's key hides an app-wide key while it has focus. Modal screens
        # and the store-problem app never see the app's keys.
        if not scope.sees_app_keys:
            continue
        for key, bound in namespace.items():
            if key in app_keys:
                found.extend(_pair_clashes(key, bound, app_keys[key], scope.place))
        # A pane's key is also hidden by the keys of the widgets in it while they have focus
        # (its lists): `"skills.advance" = "enter"` made Enter open the item, and advancing
        # unreachable, without a word (a newcomer's walk).
        for inside in scope.inside:
            inner = _namespace(by_name[inside].keys, keymap)
            for key, bound in namespace.items():
                if key in inner:
                    found.extend(_pair_clashes(key, bound, inner[key], scope.place))
    return found


def _pair_clashes(
    key: str, first_group: list[_Bound], second_group: list[_Bound], where: str
) -> list[_Clash]:
    found = []
    for first in first_group:
        for second in second_group:
            if first is second or (first.id is not None and first.id == second.id):
                continue
            if not (first.remapped or second.remapped):
                continue
            if first.defaults & second.defaults:
                continue  # they shared a key before the keymap: on purpose
            moved, other = (first, second) if first.remapped else (second, first)
            found.append((key, where, moved, other))
    return found


def _co_bound(
    scopes: Scopes, keymap: Mapping[str, str]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Bindings that share a default key with a remapped one.

    Textual replaces a remapped binding's keys wholesale, which also unbinds anything else
    on those keys in the same class; pinning those to their own keys keeps them. Returns
    the pins, and (remapped id, sentence) for a neighbour that cannot be pinned."""
    pins: dict[str, str] = {}
    blocked: list[tuple[str, str]] = []
    for scope in scopes.scopes:
        on_key: dict[str, list[Key]] = {}
        for item in scope.keys:
            on_key.setdefault(item.key, []).append(item)
        for key, bindings in on_key.items():
            moved = [b for b in bindings if b.id in keymap]
            if not moved:
                continue
            for neighbour in bindings:
                if neighbour.id in keymap:
                    continue
                if neighbour.id is None or len(scopes.defaults.get(neighbour.id, ())) != 1:
                    for binding in moved:
                        blocked.append(
                            (
                                str(binding.id),
                                f"{binding.id} was not changed: its key {written_key(key)} also "
                                f"means {neighbour.description or neighbour.action} "
                                f"{_in(scope.place)}, which would lose it.",
                            )
                        )
                    continue
                (only,) = scopes.defaults[neighbour.id]
                pins[neighbour.id] = only
    return pins, blocked


def unknown_id_said(binding_id: str, ids: Collection[str]) -> str:
    """The sentence for an entry whose id no binding has, with the nearest one that is."""
    import difflib  # only for an id that is not one

    close = difflib.get_close_matches(binding_id, sorted(ids), n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return f"{clip_name(binding_id)}: no binding has this id, so it was ignored.{hint}"


def check_against(
    keymap: Mapping[str, str], scopes: Scopes, app: Scope | None = None
) -> KeymapCheck:
    """Drop entries with unknown ids, that take a text field's key while one is typed in, or
    that clash; pin neighbours Textual would unbind."""
    problems: list[str] = []
    accepted: dict[str, str] = {}
    typing = _heard_while_typing(scopes, keymap)
    for binding_id, keys in keymap.items():
        if binding_id in scopes.ids:
            if refused := _field_keys_taken(binding_id, keys, scopes, typing):
                problems.append(refused)
                continue
            accepted[binding_id] = keys
            continue
        problems.append(unknown_id_said(binding_id, scopes.ids))
    # Dropping one entry can settle another clash (a swap that lost its partner), so
    # repeat until nothing clashes.
    while True:
        clashes = _clashes(scopes, app, accepted)
        if not clashes:
            break
        asked = {(key, where, moved.id, other.id) for key, where, moved, other in clashes}
        for key, where, moved, other in clashes:
            if moved.id not in accepted:
                continue
            if other.remapped and other.id not in accepted:
                continue  # its partner was dropped: the next round sees whether it still clashes
            del accepted[str(moved.id)]
            if other.remapped and (key, where, other.id, moved.id) in asked:
                # Two entries ask for one key: each sentence said the key was the other's
                # already, though neither was applied and the key did nothing.
                del accepted[str(other.id)]
                problems.append(
                    f"{moved.id} and {other.id} were not changed: both ask for "
                    f"{written_key(key)} {_in(where)}."
                )
                continue
            problems.append(_taken(key, where, moved, other))
    pins, blocked = _co_bound(scopes, accepted)
    for binding_id, sentence in blocked:
        if binding_id in accepted:
            del accepted[binding_id]
            problems.append(sentence)
    pins, _ = _co_bound(scopes, accepted)
    return KeymapCheck({**pins, **accepted}, problems)


def _heard_while_typing(scopes: Scopes, keymap: Mapping[str, str]) -> dict[str, str]:
    """Each id of ``keymap`` heard while the cursor is in a text field, and where (in words):
    a binding of a class around a text field (``Scope.typing``: the app, a form, the writing
    page, the posting import, a pane with its filter box), whose usual key the field does
    not type (ctrl+s, Escape, ctrl+n: "q" or "a" are typed, so their bindings are not heard
    there whatever key they have). A priority binding (the palette's, the message's save) is
    heard before the field: its place is marked with a leading "!"."""
    heard: dict[str, str] = {}
    for scope in scopes.scopes:
        if scope.typing:
            for item in scope.keys:
                if item.id is not None and item.id in keymap and not _typed(item.key):
                    heard.setdefault(item.id, ("!" if item.priority else "") + scope.place)
    return heard


def _typed(key: str) -> bool:
    """Whether a text field types ``key`` ("a", "question_mark", "space") as a character."""
    from textual.keys import key_to_character

    character = key_to_character(key) if "+" not in key.rstrip("+") else None
    return character is not None and len(character) == 1 and character.isprintable()


def _field_keys_taken(
    binding_id: str, keys: str, scopes: Scopes, typing: Mapping[str, str]
) -> str | None:
    """Why ``binding_id`` cannot have ``keys``: one is a key a text field keeps for itself
    (ctrl+w, ctrl+u, home...), and the binding is heard while the cursor is in one, where
    the field has the key first (`"form.save" = "ctrl+w"`: ctrl+w deleted a word in the
    Company field, and the form never saved). None when it can; a key among the binding's
    usual ones is not refused (it was there before the keymap)."""
    if binding_id not in typing:
        return None
    from bounceback_tui.ui.keymap import text_field_keys

    kept = text_field_keys()
    usual = {key for default in scopes.defaults.get(binding_id, ()) for key in default.split(",")}
    first, place = typing[binding_id].startswith("!"), typing[binding_id].lstrip("!")
    for key in keys.split(","):
        if key in kept and key not in usual:
            said = f"{binding_id} was not changed: in a text field {written_key(key)} means "
            if first:  # heard before the field: it would take the key from every field
                return (
                    f"{said}{kept[key]}, and {binding_id} is heard before the text fields "
                    f"{_in(place)}, so they would lose that key."
                )
            return (
                f"{said}{kept[key]}, so the field keeps it; {binding_id} is heard from the "
                f"text fields {_in(place)}, and there it would never get that key."
            )
    return None
