"""Command-line subcommands, each with ``add_arguments(subparsers)`` and ``run(args, out)``."""
