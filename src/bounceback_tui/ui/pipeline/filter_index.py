"""The filter's fuzzy index, built in a thread for a long Pipeline, so no keystroke waits.

Building the index reads the words of every application: about 170 ms of CPU at 10,000
rows and two seconds at 100,000. Built when the filter opened (or on its first letter),
that was the worst keystroke of the filter. From ``INDEX_IN_BACKGROUND`` rows on, a worker
thread builds it as soon as the rows are read and posts it back (``IndexBuilt``); the
model takes it only if its rows are still the ones indexed. A letter typed before then
shows in the filter at once, with "Searching …" beside it, and the rows follow when the
index lands. A shorter Pipeline builds it when the filter opens, as before: a few
milliseconds.
"""

from __future__ import annotations

from textual.message import Message

from bounceback_tui.domain.list_model import BuiltIndex
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.ui.pipeline.listing import PipelineListing


class IndexBuilt(Message):
    """The worker's index, for the rows it read."""

    def __init__(self, built: BuiltIndex[PipelineRow]) -> None:
        super().__init__()
        self.built = built


class FilterIndexing(PipelineListing):
    """Starts the worker when the rows change and takes its index when it is done."""

    def _rows_changed(self, keep: int | None) -> None:
        super()._rows_changed(keep)
        if self._model.index_built_elsewhere:
            self._index_in_background()

    def action_filter(self) -> None:
        if not self._model.index_built_elsewhere:
            self._model.prepare_index()  # a few milliseconds: ready for the first letter
        super().action_filter()

    def _index_in_background(self) -> None:
        build = self._model.index_builder()
        if build is None:
            return

        def work() -> None:
            self.post_message(IndexBuilt(build()))  # post_message is thread-safe

        # A newer read replaces a build still running; the model ignores a stale index.
        self.run_worker(work, thread=True, group="pipeline-index", exclusive=True)

    def on_index_built(self, message: IndexBuilt) -> None:
        message.stop()
        if self._model.adopt_index(message.built):
            self._draw()  # a filter typed meanwhile: its rows, at last
