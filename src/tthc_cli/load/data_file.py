"""Reading a YAML data file (catalogues, word lists, configuration data) into a model, errors located."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from tthc_cli.errors import InputError
from tthc_cli.load.yaml_loader import load_yaml

_M = TypeVar("_M", bound=BaseModel)


def parse_data_file(model: type[_M], text: str, name: str, *, what: str = "nội dung", hint: str | None = None) -> _M:
    """Parse YAML ``text`` with the project loader and validate it as ``model``.

    A file that cannot be read as YAML, or does not fit the model, raises :class:`InputError` naming
    ``name:line:col`` of the first problem (``what`` says what kind of file it is, in the message).
    """
    loaded = load_yaml(text)
    fatal = [i for i in loaded.issues if i.fatal]
    if fatal:
        raise InputError(f"{name}:{fatal[0].line}:{fatal[0].column}: {fatal[0].message}")
    try:
        return model.model_validate(loaded.data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        while loc and loc not in loaded.values:
            loc = loc[:-1]
        span = loaded.span(loc)
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(
            f"{name}:{span.line}:{span.column}: {what} không hợp lệ ở '{where}': {err['msg']}", hint=hint
        ) from None
