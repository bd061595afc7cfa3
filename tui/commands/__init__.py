"""Subcommands of `kimi-ama-tui`: one module each, exposing `register(subparsers)` and `run(args)`."""
