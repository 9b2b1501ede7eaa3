"""Which of the active bindings the key bar takes, and in what order.

Textual's keymap puts a key it moves after its node's other keys (``BindingsMap.
apply_keymap`` removes the binding and adds it again under its new key), so with
`"confirm.yes" = "Y"` the confirm dialog's bar read "n No  Y Yes" beside its own line
"Y yes  n/Esc no", and every pane's bar changed its order with the keymap. The bar gives
each node's keys in the order the node declares them, wherever the keymap put them.

On a dialog the keys of its buttons come in the buttons' order, whatever order its bindings
were declared or inherited in, each with its button's words: the bar reads as the row of
buttons above it does. Under "Write a thank-you note now?" it read "y Yes  n No" over the
buttons Write it, Not now. A key of several (``n,escape``) is written as the dialog's own
keys line writes it ("n/Esc", ``key_text.keys_named``): the bar read "n No" over "n/Esc no".
"""

from collections.abc import Hashable, Iterable
from dataclasses import replace
from typing import Any

from textual.binding import ActiveBinding, Binding
from textual.screen import Screen


def left_out(node: object, action: str) -> bool:
    """Whether ``node`` keeps ``action``'s key off the bar for now (``Pane.bar_leaves_out``)."""
    leaves_out = getattr(node, "bar_leaves_out", None)
    return bool(leaves_out(action)) if leaves_out is not None else False


def in_bar_order(screen: Screen[Any], app: object) -> list[ActiveBinding]:
    """``screen``'s active bindings in the order the bar gives them: as each node declares
    them (``in_declared_order``), and on a dialog the keys of its buttons in the buttons'
    order (``in_button_order``)."""
    active = screen.active_bindings.values()
    entries = later_on_the_bar(in_declared_order(active, app, always=screen.is_modal), app)
    if not screen.is_modal:
        return entries
    return in_button_order(with_all_keys(entries, app), screen)


def with_all_keys(entries: list[ActiveBinding], app: object) -> list[ActiveBinding]:
    """``entries`` with the first key of a binding of several (``n,escape``) written as a
    dialog's keys line names them ("n/Esc", ``key_text.keys_named``); the bar shows the
    first key of an action, and "n No" sat under the line "n/Esc no"."""
    from bounceback_tui.ui.kit.key_text import keys_joined, keys_named

    display = getattr(app, "get_key_display", None)
    if display is None:
        return entries
    keys: dict[Hashable, list[str]] = {}
    for entry in entries:
        if entry.binding.show:
            keys.setdefault(_same(entry), []).append(str(display(entry.binding)))
    out: list[ActiveBinding] = []
    written: set[Hashable] = set()
    for entry in entries:
        same = _same(entry)
        named = keys.get(same, [])
        if len(named) > 1 and same not in written:
            written.add(same)
            shown = keys_joined(keys_named(named))
            entry = entry._replace(binding=replace(entry.binding, key_display=shown))
        out.append(entry)
    return out


def _same(entry: ActiveBinding) -> Hashable:
    """What the keys of one binding of several keys share: its node, id and action."""
    return (id(entry.node), entry.binding.id, entry.binding.action)


def in_button_order(entries: list[ActiveBinding], screen: Screen[Any]) -> list[ActiveBinding]:
    """``entries`` with the keys of ``screen``'s buttons, in the places they hold, put in the
    order of the buttons they press (a button's id is the last part of its key's binding id,
    #yes for "confirm.yes", or its action's name, #save for "save"), each with the words of
    its button ("Write it", not the binding's "Yes"); the other keys stay where they are.
    The bar under the Pipeline's `i` question read "y Import  n Back  c Carry on" over the
    buttons Import a posting, Carry on, Back (the question declares its keys in that order;
    Textual gives the ones it inherits first), and under every form "esc Cancel  ^s Save"
    over Save, Cancel."""
    from textual.widgets import Button  # on a dialog only: not before the first paint

    found = [button for button in screen.query(Button) if button.id]
    buttons = {button.id: place for place, button in enumerate(found) if button.id}
    if not buttons:
        return entries
    pressed: dict[int, int] = {}  # an entry's place -> its button's
    worded = list(entries)
    for place, entry in enumerate(entries):
        button = _button_of(entry.binding, buttons)
        if button is not None:
            pressed[place] = button
            words = str(found[button].label)  # plain text, as Content and Text give it
            worded[place] = entry._replace(binding=replace(entry.binding, description=words))
    held = list(pressed)
    mine = sorted(held, key=pressed.__getitem__)  # stable: "n,escape" keeps n first
    out = list(worded)
    for place, moved in zip(held, mine, strict=True):
        out[place] = worded[moved]
    return out


def button_words(screen: Screen[Any], binding: Binding) -> str | None:
    """The words of the button on dialog ``screen`` that ``binding`` (one of the dialog's
    own) presses, as the bar gives them ("Delete" for "confirm.yes"); None if none does."""
    if not screen.is_modal:
        return None
    from textual.widgets import Button

    found = [button for button in screen.query(Button) if button.id]
    place = _button_of(binding, {button.id: at for at, button in enumerate(found) if button.id})
    return None if place is None else str(found[place].label)


def _button_of(binding: Binding, buttons: dict[str, int]) -> int | None:
    """The place among the dialog's buttons of the one ``binding`` presses, if any."""
    named = binding.id.rsplit(".", 1)[-1] if binding.id else None
    if named in buttons:
        return buttons[named]
    return buttons.get(binding.action.split("(", 1)[0])


def later_on_the_bar(entries: list[ActiveBinding], app: object) -> list[ActiveBinding]:
    """``entries`` with the keys a node names in ``BAR_LATER`` (actions) moved after the other
    nodes' keys, before the app's own (`?`, Quit): Today's due list keeps its Open after the
    keys Today's words name ("(n)", "· c"), which a narrow bar keeps first."""
    later = [e for e in entries if e.binding.action in getattr(e.node, "BAR_LATER", ())]
    if not later:
        return entries
    moved = {id(e) for e in later}
    rest = [e for e in entries if id(e) not in moved]
    at = next((i for i, e in enumerate(rest) if e.node is app), len(rest))
    return [*rest[:at], *later, *rest[at:]]


def in_declared_order(
    active: Iterable[ActiveBinding], app: object, *, always: bool = False
) -> list[ActiveBinding]:
    """``active`` with each node's bindings, in the places they hold, put back in the order
    the node declares them. Without a keymap nothing moved, and nothing is touched, but on a
    dialog (``always``): Textual gives its keys in the order their keys were first met from
    the focused widget up, so a key the focused text area has too came first. The message
    dialog's bar read "^y Copy  ^s Mark as sent" (the draft's box has ctrl+y), and "^t Mark as
    sent  ^y Copy" once the keymap moved Mark as sent to ctrl+t."""
    entries = list(active)
    if not always and not getattr(app, "_keymap", None):  # Textual's, with no public reader
        return entries
    places: dict[int, list[int]] = {}
    for place, entry in enumerate(entries):
        places.setdefault(id(entry.node), []).append(place)
    out = list(entries)
    for held in places.values():
        rank = _declared(entries[held[0]].node)
        last = len(rank)  # not declared there (never seen): after the declared ones
        mine = sorted(
            (entries[place] for place in held), key=lambda e: rank.get(_name(e.binding), last)
        )
        for place, entry in zip(held, mine, strict=True):
            out[place] = entry
    return out


def _name(binding: Binding) -> Hashable:
    """A binding as its node declares it: by its id, which the keymap keeps (its key it may
    change), or by its key and action without one (the keymap moves only bindings with ids)."""
    return binding.id if binding.id is not None else (binding.key, binding.action)


def _declared(node: object) -> dict[Hashable, int]:
    """Each of ``node``'s bindings and its place among them, as declared (its own map,
    before the keymap is laid over a copy of it: ``Screen._binding_chain``)."""
    bindings = getattr(node, "_bindings", None)
    rank: dict[Hashable, int] = {}
    if bindings is None:
        return rank
    for declared in bindings.key_to_bindings.values():
        for binding in declared:
            rank.setdefault(_name(binding), len(rank))
    return rank
