"""A long Pipeline's rows and filter index, made in a thread, so no keystroke waits.

Building the index reads the words of every application: about 30 ms of CPU at 2,000 rows,
170 ms at 10,000, 0.3-2 s at 100,000. Built when the filter opened (or on its first letter),
that was the worst keystroke of the filter. From ``INDEX_IN_BACKGROUND`` rows on, a worker
thread builds it as soon as the rows are read and posts it back (``IndexBuilt``); the
model takes it only if its rows are still the ones indexed. A letter typed before then
shows in the filter at once, with "Searching …" beside it, and the rows follow when the
index lands. A shorter Pipeline builds it when the filter opens, as before: a few
milliseconds.

From ``READ_IN_BACKGROUND`` applications on, reading them is done there too when the pane is
shown or the store changed elsewhere: the rows, their sort, the index and the funnel (about
2.5 s of CPU at 100,000, which froze the app when the Pipeline opened). The pane keeps
showing what it had (on the first read: "Reading N applications …") and takes the new rows
when they come (``RowsRead``):

- nothing written since the read began: as they are;
- only this window's own actions since (an application added, edited, moved): with those
  applications read again on top (one indexed query), so the action shows and nothing is
  read twice. On the first read such an action waits for the rows rather than showing its
  application alone as the whole Pipeline; it is selected when they come;
- another window wrote since: read again, once (``READ_AGAIN_AT_MOST``); a read overtaken
  again is taken all the same (it is as new as the store was when it began, as any pane's
  read is) and another starts at once, so writes every few seconds from another window can
  no longer keep the Pipeline at "Reading …" for ever.

A read an action asks for (``reload``) is still made at once and replaces one on its way;
the idle check, focus or a return to the pane leave it be (its landing weighs it as above).
"""

from __future__ import annotations

from textual.message import Message

from bounceback_tui import clock
from bounceback_tui.domain.list_model import BuiltIndex
from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.pipeline_list import PipelineList
from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.services.pipeline_rows import count_rows, load_rows
from bounceback_tui.ui.kit.host import Stamp
from bounceback_tui.ui.pipeline.listing import PipelineListing

READ_IN_BACKGROUND = 20_000
# How many times running a read overtaken by another window's write is read again before
# one is taken all the same (and another started).
READ_AGAIN_AT_MOST = 1


class IndexBuilt(Message):
    """The worker's index, for the rows it read."""

    def __init__(self, built: BuiltIndex[PipelineRow]) -> None:
        super().__init__()
        self.built = built


class RowsRead(Message):
    """Every row, sorted and indexed in a thread, and the funnel, as of ``stamp``."""

    def __init__(
        self,
        read: int,
        stamp: Stamp,
        made: tuple[PipelineList, int, Funnel] | None,
        error: BouncebackError | None = None,
    ) -> None:
        super().__init__()
        self.read, self.stamp, self.made, self.error = read, stamp, made, error


class FilterIndexing(PipelineListing):
    """Starts the workers when the rows change or need reading, and takes what they made."""

    _reads = 0  # reads asked for: a read in a thread counts only if no other came after it
    _reading: Stamp | None = None  # the stamp of the read on its way in a thread
    _overtaken = 0  # reads running that another window's write overtook
    # This window's actions while a read is on its way: the applications they changed, read
    # again on top of the rows when they come, and the one to select then.
    _changed_while_reading: tuple[int, ...] = ()
    _select_when_read: int | None = None
    _own_versions: tuple[int, ...] = ()  # the store's version after each of those actions

    def _rows_changed(self, keep: int | None, funnel: Funnel | None = None) -> None:
        super()._rows_changed(keep, funnel)
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
            self._draw_filtered()  # a filter typed meanwhile: its rows, at last

    # --- reading a long Pipeline ---------------------------------------------------------

    def reload(self, *, select: int | None = None) -> None:
        self._reads += 1  # read here and now: one on its way in a thread is older
        self._reading, self._changed_while_reading, self._select_when_read = None, (), None
        super().reload(select=select)

    def refresh_rows(self, *application_ids: int, select: int | None = None) -> None:
        if self._reading is not None:
            self._changed_while_reading += application_ids
            if (stamp := self._stamp()) is not None:
                self._own_versions += (stamp[0],)
            if not self._model.rows:  # "Reading N applications …": not this one alone
                self._select_when_read = select if select is not None else self._select_when_read
                return
        super().refresh_rows(*application_ids, select=select)

    def select_item(self, item_id: int) -> bool:
        reading_first = self._reading is not None and not self._model.rows
        if reading_first and item_id in self._changed_while_reading:
            self._select_when_read = item_id  # selected when the rows come
            return True
        return super().select_item(item_id)

    def refresh_if_stale(self) -> None:
        stamp = self._stamp()
        if stamp is not None and stamp == self._seen and stamp[0] >= 0:
            return
        if self._reading is not None:
            # A read is on its way: when it lands it is weighed against the store as it is
            # then (another window's writes since: read again; this window's own actions:
            # read again on top). Starting another here, as the idle check (every two
            # seconds) or focus did, threw that read away: a save made during it cost a
            # third read of everything, and another window writing every few seconds kept
            # the Pipeline at "Reading …" again.
            return
        shown = len(self._model.rows)
        try:
            count = shown if shown >= READ_IN_BACKGROUND else count_rows(self.bb_app.db)
        except BouncebackError:
            count = 0  # the read here says why
        if stamp is None or count < READ_IN_BACKGROUND:
            super().refresh_if_stale()
            return
        self._read_in_background(stamp, count if not shown else None)

    def _read_in_background(self, stamp: Stamp, first: int | None) -> None:
        self._reads += 1
        read, self._reading = self._reads, stamp
        # Whatever this window changed before ``stamp`` is in the rows about to be read.
        self._changed_while_reading, self._own_versions = (), ()
        db, today, sort = self.bb_app.db, clock.today(), self._model.sort
        if first is not None:
            self._show_reading(first)

        def work() -> None:
            try:
                data = load_rows(db, today)
                model = PipelineList()
                model.sort = sort
                model.replace(data.rows, today)
                model.prepare_index()
                made = (model, data.ghost_after_days, funnel_figures(db))
            except BouncebackError as exc:
                self.post_message(RowsRead(read, stamp, None, exc))
                return
            self.post_message(RowsRead(read, stamp, made))

        def start() -> None:
            if read == self._reads:  # not replaced meanwhile
                self.run_worker(work, thread=True, group="pipeline-read", exclusive=True)

        # After the pane's next frame: the thread holds the interpreter for most of a
        # second at a time, and the pane (or "Reading …") should be on screen first.
        self.call_after_refresh(start)

    def _show_reading(self, count: int) -> None:
        """The first read of a long Pipeline: say so where the rows will be."""
        self.query_one("#pipeline-empty").display = False
        self.query_one("#pipeline-body").display = True
        self.table.placeholder = f"Reading {count:,} applications …"
        self.table.set_items([])

    def on_rows_read(self, message: RowsRead) -> None:
        message.stop()
        if message.read != self._reads:
            return  # a newer read replaced it
        self._reading = None
        if message.error is not None:
            # As every pane's read: said once, not read again until the store changes.
            self._seen = message.stamp
            if not self._model.rows:  # it said "Reading N applications …"
                again = self.bb_app.key_label("app.refresh", "ctrl+r")
                self.table.placeholder = (
                    f"The applications could not be read ({again} tries again)."
                )
                self.table.set_items([])
            self.report(message.error, title="Could not read the store")
            return
        now = self._stamp()
        own = now == message.stamp or self._only_this_panes_writes(message.stamp, now)
        if not own and self._overtaken < READ_AGAIN_AT_MOST:
            self._overtaken += 1
            self.refresh_if_stale()  # another window wrote since it was read: read again
            return
        assert message.made is not None
        model, ghost_days, read_funnel = message.made
        funnel: Funnel | None = read_funnel
        today = clock.today()
        changed = tuple(dict.fromkeys(self._changed_while_reading))
        if changed:  # this window's actions meanwhile, on top of what was read
            try:
                fresh = load_rows(self.bb_app.db, today, ids=list(changed))
            except BouncebackError as exc:
                self._seen = message.stamp
                self.report(exc, title="Could not read the store")
                return
            model.update(fresh.rows, changed, today)
            funnel = None  # read again with them
        if model.sort != self._model.sort:  # sorted another way meanwhile
            model.set_sort(*self._model.sort, today)
        model.set_query(self._model.query, today)  # the filter typed meanwhile
        keep, first = self._selected_id(), not self._model.rows
        if self._select_when_read is not None:
            keep = self._select_when_read
        self._changed_while_reading, self._select_when_read, self._overtaken = (), None, 0
        self._own_versions = ()
        self._model, self._ghost_days = model, ghost_days
        self._seen = now if own else message.stamp
        self._rows_changed(keep, funnel)
        if not own:
            self.refresh_if_stale()  # what the other window wrote since: read again
        if first:
            # The pane's rows, made after the app froze the pane it built (ui/app.switch_to):
            # frozen as they were when read there, or every full collection walks them all
            # (100-300 ms at 100,000 rows, a keystroke now and then).
            from bounceback_tui.ui import app as ui_app

            ui_app.freeze_long_lived()

    def _only_this_panes_writes(self, since: Stamp, now: Stamp | None) -> bool:
        """Whether every commit since ``since`` was one of this pane's own actions (whose
        applications it reads again), not another window's nor another pane's."""
        if now is None or now[1] != since[1] or now[0] < 0 or since[0] < 0:
            return False
        commits = self.bb_app.store_watch.own_commits(since[0], now[0])
        return commits is not None and set(commits) <= set(self._own_versions)
