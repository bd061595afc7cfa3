"""kimi-ama-tui: the terminal reader and its command line."""

__version__ = "0.1.0"
