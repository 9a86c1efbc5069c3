"""The canonical key order of plan and units files, read from the Pydantic models.

Keys follow the order of the fields in the models, so the formatter and the models cannot drift apart. One
exception makes rows read naturally: a task's ``content`` and an indicator's ``indicator``/``name``/``source``
come right after the row's numbers, as in ``docs/plan-format.md``, rather than after the shared columns.
Unknown keys keep their relative order after the known ones (the formatter never drops anything).
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from tthc_cli.model.plan import Indicator, Plan, Task
from tthc_cli.model.units import UnitsFile

_HEAD = ("id", "stt", "stt2")
_ROW_OWN: dict[type[BaseModel], tuple[str, ...]] = {
    Task: ("content", "subitems"),
    Indicator: ("indicator", "name", "source"),
}


def field_order(model: type[BaseModel]) -> list[str]:
    """The canonical order of the keys of ``model``."""
    names = list(model.model_fields)
    own = _ROW_OWN.get(model)
    if not own:
        return names
    head = [n for n in _HEAD if n in names]
    rest = [n for n in names if n not in head and n not in own]
    return [*head, *own, *rest]


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The model classes a field's annotation can hold, directly or as list items."""
    origin = get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if origin is Annotated:
        return _models_in(get_args(annotation)[0])
    if origin in (Union, types.UnionType, list):
        out: list[type[BaseModel]] = []
        for arg in get_args(annotation):
            out.extend(m for m in _models_in(arg) if m not in out)
        return out
    return []


def child_models(model: type[BaseModel], key: str) -> list[type[BaseModel]]:
    """The models that the value of ``key`` in a ``model`` mapping (or its list items) may be."""
    return list(_child_models(model, key))


@cache
def _child_models(model: type[BaseModel], key: str) -> tuple[type[BaseModel], ...]:
    info = model.model_fields.get(_names(model).get(key, key))
    return tuple(_models_in(info.annotation)) if info else ()


def pick_model(candidates: Sequence[type[BaseModel]], keys: Sequence[str]) -> type[BaseModel] | None:
    """The candidate that best explains a mapping with ``keys`` (a row: group, indicator or task)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    return _pick(tuple(candidates), frozenset(keys))


@cache
def _pick(candidates: tuple[type[BaseModel], ...], keys: frozenset[str]) -> type[BaseModel]:
    if "group" in keys or "indicator" in keys:
        for m in candidates:
            if ("group" in keys and "group" in m.model_fields) or (
                "group" not in keys and "indicator" in m.model_fields
            ):
                return m
    return max(candidates, key=lambda m: sum(k in m.model_fields for k in keys))


@cache
def _names(model: type[BaseModel]) -> dict[str, str]:
    """Every key a file may use for a field (its name and validation aliases such as ``no``) → field."""
    out: dict[str, str] = {}
    for name, info in model.model_fields.items():
        out[name] = name
        alias = info.validation_alias
        choices = getattr(alias, "choices", [alias] if isinstance(alias, str) else [])
        for choice in choices:
            if isinstance(choice, str):
                out.setdefault(choice, name)
    return out


def sorted_keys(model: type[BaseModel], keys: Sequence[str]) -> list[str]:
    """``keys`` in canonical order for ``model``; unknown keys last, in their original order.

    A key written with a legacy alias (``no`` for ``stt``) takes the place of its field.
    """
    order = _ranks(model)
    known = sorted((k for k in keys if k in order), key=order.__getitem__)
    return known + [k for k in keys if k not in order]


@cache
def _ranks(model: type[BaseModel]) -> dict[str, int]:
    """Every key a file may use for a field of ``model`` → the field's place in the canonical order."""
    rank = {name: i for i, name in enumerate(field_order(model))}
    return {key: rank[field] for key, field in _names(model).items()}


def root_model(data: Any) -> type[BaseModel] | None:
    """The model of a whole file: a plan, a units registry, or ``None`` when it is neither."""
    if not isinstance(data, dict):
        return None
    if "document" in data or "appendices" in data:
        return Plan
    if "units" in data and ("groups" in data or isinstance(data.get("units"), list)):
        return UnitsFile
    return None
