"""The one reader of YAML files into their models: every command reads plans, units registries, catalogues
and data files through it, so every command reports a broken file with the same located message.

:func:`read_model` never raises for what is wrong inside the text: it returns the problems it found (decoding,
YAML hygiene, schema), each with its code and place, for the linter to turn into findings. :func:`parse_model`
is the strict form for commands that need the model and stop at the first error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from tthc_cli import codes
from tthc_cli.errors import InputError
from tthc_cli.findings import YamlPath, format_path
from tthc_cli.load.schema_errors import schema_findings
from tthc_cli.load.source import DecodeProblem, SourceText
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.load.yaml_types import LoadedYaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ReadProblem:
    """Something wrong in a file, before configuration decides its severity (or turns it off)."""

    code: str
    message: str
    hint: str | None = None
    path: YamlPath = ()
    """The node it is about; the line and column come from the node unless given."""
    at_key: bool = False
    line: int | None = None
    column: int | None = None
    fatal: bool = False
    """The file could not be read as YAML at all (always an error)."""

    def place(self, loaded: LoadedYaml) -> tuple[int, int]:
        """The 1-based line and column of the problem."""
        if self.line is not None:
            return self.line, self.column or 1
        span = loaded.key_span(self.path) if self.at_key else loaded.span(self.path)
        return span.line, span.column


@dataclass(frozen=True)
class ModelRead(Generic[M]):
    """A file read into its model: the text, the data with positions, the model (``None`` when the text or
    the schema is broken) and every problem found on the way."""

    text: str
    loaded: LoadedYaml
    model: M | None
    problems: tuple[ReadProblem, ...]


def _what_it_is(data: Any) -> str:
    if data is None:
        return "rỗng"
    return "một danh sách" if isinstance(data, list) else "một giá trị đơn"


def _encoding_problem(p: DecodeProblem) -> ReadProblem:
    message = f"Tệp không phải UTF-8 hợp lệ: byte 0x{p.byte:02x} ở đây không thuộc chữ nào"
    hint = p.hint or "gõ lại chữ ở chỗ này rồi lưu tệp bằng UTF-8"
    if p.encoding is not None:
        message = f"Tệp được lưu bằng bảng mã {p.encoding.label}, không phải UTF-8 (byte 0x{p.byte:02x} đầu tiên ở đây)"
    return ReadProblem(codes.YAML_ENCODING, message, hint, line=p.line, column=p.column, fatal=True)


def read_model(source: SourceText, model: type[M]) -> ModelRead[M]:
    """Read decoded ``source`` as YAML and validate it as ``model``, collecting every problem."""
    problems: list[ReadProblem] = []
    if source.decode_problem is not None:
        # the replaced bytes are mojibake: no YAML, schema or text check may run on them
        problem = _encoding_problem(source.decode_problem)
        return ModelRead(source.text, LoadedYaml(data=None, ok=False), None, (problem,))
    if source.decoded_from is not None:
        problems.append(
            ReadProblem(
                codes.YAML_ENCODING_DECODED,
                f"Tệp được lưu bằng {source.decoded_from.label}, không phải UTF-8; đã đọc theo bảng mã ấy",
                "lưu lại tệp bằng UTF-8 (git, trình soạn thảo và các công cụ khác đọc UTF-8)",
                line=1,
                column=1,
            )
        )
    loaded = load_yaml(source.text)
    for issue in loaded.issues:
        problems.append(
            ReadProblem(
                issue.rule,
                issue.message,
                issue.hint,
                issue.path,
                line=issue.line,
                column=issue.column,
                fatal=issue.fatal,
            )
        )
    built: M | None = None
    if loaded.ok and not any(p.fatal for p in problems):
        if not isinstance(loaded.data, dict):
            problems.append(
                ReadProblem(
                    codes.SCHEMA_WRONG_TYPE,
                    f"Tệp phải là một ánh xạ 'khóa: giá trị' (đang là {_what_it_is(loaded.data)})",
                )
            )
        else:
            try:
                built = model.model_validate(loaded.data)
            except ValidationError as exc:
                for code, path, at_key, message, hint in schema_findings(exc, loaded.data, model):
                    problems.append(ReadProblem(code, message, hint, path, at_key))
    return ModelRead(source.text, loaded, built, tuple(problems))


def first_error(read: ModelRead[Any], name: str, *, what: str, hint: str | None = None) -> InputError | None:
    """The error that stops a command from using the file: its first problem, located, when there is no
    model (``None`` when the model was built)."""
    if read.model is not None:
        return None
    stopping = [p for p in read.problems if p.fatal] or [p for p in read.problems if p.code.startswith("TT1")]
    if not stopping:  # pragma: no cover - a missing model always has a fatal or a schema problem
        return InputError(f"{name}: {what} không đọc được")
    problem = stopping[0]
    line, column = problem.place(read.loaded)
    hints = "; ".join(h for h in (problem.hint, hint) if h)
    where = f" ở '{format_path(problem.path)}'" if problem.path else ""
    return InputError(f"{name}:{line}:{column}: {what}{where}: {problem.message}", hint=hints or None)


def parse_model(model: type[M], text: str, name: str, *, what: str = "nội dung", hint: str | None = None) -> M:
    """The model of YAML ``text`` (shipped data, or a file already read); the first problem that prevents it
    raises :class:`InputError` at ``name:line:col``."""
    read = read_model(SourceText(text, had_bom=False, had_crlf=False, decode_problem=None), model)
    error = first_error(read, name, what=what, hint=hint)
    if error is not None:
        raise error
    assert read.model is not None
    return read.model
