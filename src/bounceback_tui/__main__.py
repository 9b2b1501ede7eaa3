"""`python -m bounceback_tui` runs the same entry point as the console script."""

from bounceback_tui.cli import main

raise SystemExit(main())
