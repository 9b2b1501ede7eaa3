"""One module per sub-command: HELP, add_arguments(parser) and run(args, paths) -> exit code.

Keep the top of each module light (standard library only): `--help` imports them all.
"""
