"""Command-line subcommands: each module has ``add_arguments(subparsers)`` and ``run(args, out)``."""
