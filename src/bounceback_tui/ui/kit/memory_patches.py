"""The app's patches of Textual's and Rich's caches, installed once when the app is imported.

Each one is in its own module, with its reason and its test; this one only says which run.
"""

from __future__ import annotations

from bounceback_tui.ui.kit.component_nodes import slim_component_nodes
from bounceback_tui.ui.kit.container_lines import share_container_lines
from bounceback_tui.ui.kit.content_splits import forget_drawn_splits
from bounceback_tui.ui.kit.segment_splits import skip_long_splits
from bounceback_tui.ui.kit.small_caches import cap_small_caches
from bounceback_tui.ui.kit.strip_caches import lazy_strip_caches


def install_memory_patches() -> None:
    """Install every patch (each checks the Textual or Rich it patches, and is idempotent)."""
    # Textual's drawn lines make their seven caches when first used, not when made (about
    # 6.5 MiB after every pane; kit/strip_caches.py).
    lazy_strip_caches()
    # The nodes Textual's CSS makes for each component class of a widget (an Input's cursor,
    # a list's highlight) share their unused parts (about 1.5 MiB after every pane;
    # kit/component_nodes.py).
    slim_component_nodes()
    share_container_lines()  # a container's equal rows: one line (kit/container_lines.py)
    # A Static's text forgets the lines it was cut into once they are drawn (about 0.3 MiB
    # for a person linked to a few hundred applications; kit/content_splits.py).
    forget_drawn_splits()
    # Rich keeps no cut of a text of 512 characters or more (each cut of a long text kept it
    # three times, and the long walk kept adding them), and 1,024 cuts of shorter ones, not
    # 16,384 (kit/segment_splits.py).
    skip_long_splits()
    # Textual's caches of a region's small sums keep 1,024 answers each, not 4,096: as many
    # found, and the long walk filled them after step 1,000 (kit/small_caches.py).
    cap_small_caches()
