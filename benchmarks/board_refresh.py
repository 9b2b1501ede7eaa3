"""Time a refresh of the followed boards on a copy of a store:
`python benchmarks/board_refresh.py STORE_DIR BOARDS`.

STORE_DIR holds a store (`bounceback-tui demo --scale 10000 --data-dir STORE_DIR`); it is
copied, never changed. BOARDS more boards are followed beside the demo's three, and one refresh
reads them all with a stand-in for the network (three new openings a board), so what is timed
is the store's side: the known postings read, each board's openings checked and stored. Prints
one JSON object: boards, openings added, wall and CPU seconds, and how many links were read as
posting keys (``importers.dedupe.posting_key``).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    from bounceback_tui.importers import dedupe
    from bounceback_tui.importers.posting import Posting
    from bounceback_tui.importers.providers import BoardRef
    from bounceback_tui.services.board_refresh import refresh_boards
    from bounceback_tui.services.boards import follow_board, list_boards
    from bounceback_tui.store.database import Database

    source, extra = Path(sys.argv[1]) / "bounceback.sqlite3", int(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bounceback.sqlite3"
        shutil.copy(source, store)
        db = Database(store)
        for n in range(extra):
            follow_board(db, BoardRef("lever", f"bench{n}"), f"Bench {n}")
        boards = len(list_boards(db))

        async def fetch(ref: BoardRef) -> list[Posting]:
            return [
                Posting(title=f"Role {n}", url=f"https://jobs.lever.co/{ref.token}/{n:08d}")
                for n in range(3)
            ]

        keys = 0
        real_key = dedupe.posting_key

        def counted(url: str | None) -> str:
            nonlocal keys
            keys += 1
            return real_key(url)

        dedupe.posting_key = counted  # type: ignore[assignment]
        cpu, wall = time.process_time(), time.perf_counter()
        report = asyncio.run(refresh_boards(db, fetch=fetch))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        db.dispose()
    print(
        json.dumps(
            {
                "boards": boards,
                "added": report.added,
                "wall_s": round(wall, 3),
                "cpu_s": round(cpu, 3),
                "posting_keys": keys,
            }
        )
    )


if __name__ == "__main__":
    main()
