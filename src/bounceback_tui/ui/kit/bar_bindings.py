"""Which of the active bindings the key bar takes, and in what order.

Textual's keymap puts a key it moves after its node's other keys (``BindingsMap.
apply_keymap`` removes the binding and adds it again under its new key), so with
`"confirm.yes" = "Y"` the confirm dialog's bar read "n No  Y Yes" beside its own line
"Y yes  n/Esc no", and every pane's bar changed its order with the keymap. The bar gives
each node's keys in the order the node declares them, wherever the keymap put them.
"""

from collections.abc import Hashable, Iterable

from textual.binding import ActiveBinding, Binding


def left_out(node: object, action: str) -> bool:
    """Whether ``node`` keeps ``action``'s key off the bar for now (``Pane.bar_leaves_out``)."""
    leaves_out = getattr(node, "bar_leaves_out", None)
    return bool(leaves_out(action)) if leaves_out is not None else False


def in_declared_order(active: Iterable[ActiveBinding], app: object) -> list[ActiveBinding]:
    """``active`` with each node's bindings, in the places they hold, put back in the order
    the node declares them. Without a keymap nothing moved, and nothing is touched."""
    entries = list(active)
    if not getattr(app, "_keymap", None):  # Textual keeps it there, with no public reader
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
