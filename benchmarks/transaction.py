"""Time the "mark rejected" transaction in the installed app: `python transaction.py STORE N`.

One call of the Pipeline's service: the stage change, the rejection and the copy of
its recovery plan, in one write transaction. Prints a JSON list of seconds.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    from bounceback_tui import clock
    from bounceback_tui.domain.applications import validate_rejection
    from bounceback_tui.services import pipeline_moves
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.fastread import FastReader

    store, runs = Path(sys.argv[1]) / "bounceback.sqlite3", int(sys.argv[2])
    with FastReader(store) as reader:
        ids = [
            row[0]
            for row in reader.conn.execute(
                "SELECT id FROM application WHERE stage IN ('applied', 'screening') LIMIT ?",
                (runs + 1,),
            )
        ]
    db = Database(store)
    details = validate_rejection({"rejected_on": "today", "reason": "Benchmark"}, clock.today())
    pipeline_moves.mark_rejected(db, ids.pop(), details)  # warm the ORM's caches
    samples = []
    for app_id in ids:
        start = time.perf_counter()
        pipeline_moves.mark_rejected(db, app_id, details)
        samples.append(time.perf_counter() - start)
    db.dispose()
    print(json.dumps(samples))


if __name__ == "__main__":
    main()
