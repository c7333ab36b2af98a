"""How a command fails: the exit codes, and the exception for input a command refuses."""

from __future__ import annotations

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


class BadInput(Exception):
    """Raised by a command for input it refuses; the message is printed on one line."""
