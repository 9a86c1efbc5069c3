"""What every output family shares: the reporter protocols and the exhaustiveness check of a dispatch.

Each command family has a ``str`` Enum of formats and one function that maps a member to its reporter with
``match fmt:`` ending in ``case _: assert_never(fmt)``, so that mypy fails on a member without a reporter.
The reporter modules are imported inside their ``case``: choosing a format pays only for that format.
"""

from __future__ import annotations

from typing import NoReturn, Protocol, TextIO, TypeVar

In = TypeVar("In", contravariant=True)
Out = TypeVar("Out", covariant=True)


class Reporter(Protocol[In, Out]):
    """Turns a command's result into what the user reads: text, or bytes for a binary format."""

    def __call__(self, result: In, /) -> Out: ...


class StreamReporter(Protocol[In]):
    """Writes a command's result to a stream (it may colour its lines when the stream is a terminal)."""

    def __call__(self, result: In, out: TextIO, /) -> None: ...


def assert_never(value: NoReturn) -> NoReturn:
    """Mark the end of an exhaustive ``match`` (``typing.assert_never`` is Python 3.11+ only)."""
    raise AssertionError(f"format without a reporter: {value!r}")
