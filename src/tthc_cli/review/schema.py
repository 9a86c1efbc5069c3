"""JSON Schemas of the plan and units files, generated from the Pydantic models.

Editors (VS Code with the YAML extension, via the ``# yaml-language-server: $schema=…`` modeline) use them
to complete keys and flag typos while typing; the descriptions come from the models' field docstrings.

Pydantic describes what a model *outputs*; a few inputs are wider than that and are added here:
numbers may be written as YAML integers (``stt: 1``), and some cells have a short form — a paragraph,
an article or a unit cell as plain text, a unit cell as a list of ids, a target as words or a number.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import json
import textwrap
from importlib import resources
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel

from tthc_cli.model.plan import Plan
from tthc_cli.model.units import UnitsFile
from tthc_cli.review.keyorder import child_models

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FILES: dict[str, type[BaseModel]] = {"plan.schema.json": Plan, "units.schema.json": UnitsFile}
"""The files ``tthc schema`` writes, and their root models."""

_STRING = {"type": "string"}
_SHORT_FORMS: dict[str, list[dict[str, Any]]] = {
    "Paragraph": [_STRING],
    "Article": [_STRING],
    "UnitCell": [_STRING, {"type": "array", "items": _STRING}],
    "Target": [_STRING, {"type": "number"}],
}
_TITLES = {"Plan": "Kế hoạch / quyết định (tthc plan YAML)", "UnitsFile": "Danh sách đơn vị (tthc units.yaml)"}


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    seen: list[type[BaseModel]] = [root]
    for model in seen:
        for name in model.model_fields:
            seen.extend(m for m in child_models(model, name) if m not in seen)
    return seen


def _is_code(annotation: Any, metadata: list[Any]) -> bool:
    """Whether a field is a :data:`~tthc_cli.model.common.Code` (a YAML integer is read as its digits)."""
    if any(getattr(getattr(m, "func", None), "__name__", "") == "_code" for m in metadata):
        return True
    if get_origin(annotation) is Annotated:
        args = get_args(annotation)
        return _is_code(args[0], list(args[1:]))
    return any(_is_code(arg, []) for arg in get_args(annotation))


def _accepts_int(model: type[BaseModel], name: str) -> bool:
    info = model.model_fields[name]
    return _is_code(info.annotation, list(info.metadata))


def _widen_codes(schema: dict[str, Any], model: type[BaseModel]) -> None:
    for name in model.model_fields:
        if not _accepts_int(model, name):
            continue
        prop = schema.get("properties", {}).get(name)
        if prop is None:
            continue
        for option in prop.get("anyOf", [prop]):
            if option.get("type") == "string":
                option["type"] = ["string", "integer"]


def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """The docstrings written under each field of ``model`` and its model bases, read from the source.

    The models do not set Pydantic's ``use_attribute_docstrings``: that reads the source of every model at
    import time, which every command (``tthc validate`` included) would pay for; only the schema needs it.
    """
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if not (isinstance(cls, type) and issubclass(cls, BaseModel)) or cls is BaseModel:
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
        except (OSError, TypeError, SyntaxError):
            continue
        body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
        for stmt, nxt in itertools.pairwise(body):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                docs[stmt.target.id] = inspect.cleandoc(nxt.value.value)
    return docs


@functools.cache
def _schema_vi() -> dict[str, Any]:
    """``tthc_cli/data/schema_vi.yaml``: the Vietnamese descriptions editors show, of fields and of models."""
    from tthc_cli.load.yaml_loader import load_yaml

    text = resources.files("tthc_cli.data").joinpath("schema_vi.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text).data or {}
    return data


def vietnamese_descriptions() -> dict[str, dict[str, str]]:
    """Vietnamese field descriptions, by model name and field."""
    table: dict[str, dict[str, str]] = _schema_vi().get("descriptions") or {}
    return table


def _model_descriptions() -> dict[str, str]:
    table: dict[str, str] = _schema_vi().get("models") or {}
    return table


def _describe(schema: dict[str, Any], model: type[BaseModel]) -> None:
    props = schema.get("properties", {})
    docs = {**field_docs(model), **vietnamese_descriptions().get(model.__name__, {})}
    for name, doc in docs.items():
        key = model.model_fields[name].validation_alias if name in model.model_fields else None
        prop = props.get(name) or (props.get(key) if isinstance(key, str) else None)
        if prop is not None:
            prop["description"] = doc


def model_schema(root: type[BaseModel]) -> dict[str, Any]:
    """The JSON Schema of a file whose root is ``root``."""
    schema = root.model_json_schema(mode="validation")
    defs = schema.setdefault("$defs", {})
    model_docs = _model_descriptions()
    for model in _models(root):
        target = schema if model is root else defs.get(model.__name__)
        if target is not None:
            _widen_codes(target, model)
            _describe(target, model)
            if model.__name__ in model_docs:
                target["description"] = model_docs[model.__name__]
    for name, forms in _SHORT_FORMS.items():
        if name in defs:
            full = defs[name]
            defs[name] = {"description": full.get("description", ""), "anyOf": [*forms, full]}
    return {
        "$schema": DIALECT,
        "title": _TITLES.get(root.__name__, root.__name__),
        **{k: v for k, v in schema.items() if k != "title"},
    }


def schema_texts() -> dict[str, str]:
    """File name → JSON text, as ``tthc schema`` writes them (stable, UTF-8, two-space indent)."""
    return {name: json.dumps(model_schema(root), ensure_ascii=False, indent=2) + "\n" for name, root in FILES.items()}
