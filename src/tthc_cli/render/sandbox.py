"""The Jinja environment templates run in: sandboxed, autoescaping, and bounded in work and output.

A template is a file anyone can hand an office; Jinja's sandbox keeps it away from Python's internals but
not from exhausting the machine: ``range(10**9)``, ``'x' * 10**9``, ``{{ 'x' | center(1000000000) }}``,
a macro calling itself, three nested loops over ``range(1000)``. Here every call, attribute lookup,
operator and loop step over a ``range`` spends one unit of :data:`MAX_STEPS`; integers passed to calls
and filters are kept under :data:`MAX_INT_ARG`; strings and lists built by ``*`` and ``+`` stay under
:data:`MAX_BUILT` items and the rendered text under :data:`MAX_OUTPUT` characters. Templates cannot load
other templates (no loader: ``include``, ``import`` and ``extends`` are errors). Going past a limit raises
:class:`TemplateLimitError`, which the renderer reports in one line naming the template.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_STEPS = 2_000_000
"""Calls, lookups, operators and ``range`` steps one rendering may take (the shipped templates take a few hundred)."""
MAX_OUTPUT = 20_000_000
"""Characters a template part may render to."""
MAX_BUILT = 1_000_000
"""Longest string or list ``*`` and ``+`` may build."""
MAX_INT_ARG = 1_000_000
"""Largest integer a call or filter may receive (``center(10**9)``, ``range(10**9)``)."""
MAX_POWER = 64
"""Largest exponent of ``**``."""


class TemplateLimitError(SecurityError):
    """A template went past one of the limits of :mod:`tthc_cli.render.sandbox`."""


class BoundedEnvironment(SandboxedEnvironment):
    """:class:`SandboxedEnvironment` with the budget described in the module docstring."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.steps = 0
        self.globals["range"] = self._range

    def new_rendering(self) -> None:
        """Give the next rendering the whole budget (one environment may render many pages in turn)."""
        self.steps = 0

    def step(self, n: int = 1) -> None:
        """Spend ``n`` steps of the budget."""
        self.steps += n
        if self.steps > MAX_STEPS:
            limit = f"{MAX_STEPS:,}".replace(",", ".")
            raise TemplateLimitError(f"mẫu chạy quá {limit} bước (vòng lặp hoặc macro quá lớn)")

    def _range(self, *args: int) -> Iterator[int]:
        _check_ints(args)
        for i in range(*args):
            self.step()
            yield i

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.step()
        _check_ints((*args, *kwargs.values()))
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.step()
        return super().getitem(obj, argument)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.step()
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_POWER:
            raise TemplateLimitError(f"số mũ quá lớn trong mẫu ({right}, tối đa {MAX_POWER})")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_BUILT:
                    raise TemplateLimitError("mẫu tạo chuỗi hoặc danh sách quá dài")
        sequences = isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple))
        if operator == "+" and sequences and len(left) + len(right) > MAX_BUILT:
            raise TemplateLimitError("mẫu tạo chuỗi hoặc danh sách quá dài")
        return super().call_binop(context, operator, left, right)

    def concat(self, pieces: Iterable[str]) -> str:
        """The rendered text of a template part, refused past :data:`MAX_OUTPUT` characters."""
        out: list[str] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > MAX_OUTPUT:
                raise TemplateLimitError(f"mẫu tạo ra văn bản quá lớn (hơn {MAX_OUTPUT // 1_000_000} triệu ký tự)")
            out.append(piece)
        return "".join(out)


def _check_ints(values: Iterable[Any]) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT_ARG:
            limit = f"{MAX_INT_ARG:,}".replace(",", ".")
            raise TemplateLimitError(f"số quá lớn trong mẫu ({value}, tối đa {limit})")


def _guarded(env: BoundedEnvironment, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        env.step()
        _check_ints((*args, *kwargs.values()))
        result = fn(*args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_OUTPUT:
            raise TemplateLimitError("bộ lọc trong mẫu tạo chuỗi quá dài")
        return result

    return run


def bounded_env(filters: Mapping[str, Any], undefined: Any = StrictUndefined) -> BoundedEnvironment:
    """The environment templates render in: autoescape on, undefined names are errors (or recorded by
    ``undefined``), None prints as ""."""
    env = BoundedEnvironment(
        autoescape=True,
        undefined=undefined,
        finalize=lambda value: "" if value is None else value,
    )
    env.filters.update(filters)
    env.filters = {name: _guarded(env, fn) for name, fn in env.filters.items()}
    return env
