"""Storing what the printed page does not show (ids, indicator keys …) in a Word document variable.

See :mod:`tthc_cli.model.unprinted` for why and what; ``tthc import`` reads the variable back.
"""

from __future__ import annotations

from typing import Any

from tthc_cli.model.plan import Plan
from tthc_cli.model.rows import plan_nodes
from tthc_cli.model.unprinted import (
    DEFAULTED,
    DOC_VAR,
    ISSUER_KEYS,
    NODE_KEYS,
    PARAGRAPH_KEYS,
    ROW_FIELDS,
    TARGET_KEYS,
    TOP_KEYS,
    closing_slots,
    encode,
    expand,
    paragraph_lists,
)
from tthc_cli.text.normalize import squash


def unprinted_payload(plan: Plan) -> dict[str, Any]:
    """The plan's unprinted values: top-level keys, the issuer's name, and per appendix node its words and
    unprinted keys, in reading order."""
    data = plan.model_dump(mode="json", exclude_unset=True)
    top = {k: data[k] for k in TOP_KEYS if k in data}
    issuer = data.get("document", {}).get("issuer", {})
    nodes: list[dict[str, Any]] = []
    for node in plan_nodes(data):
        if node.path[-1] == "indicator":
            continue  # a block's indicator statement: carried whole by its block
        keys = NODE_KEYS.get(node.kind, ())
        extra = {k: node.data[k] for k in keys if k in node.data}
        if node.kind in ("task", "indicator"):
            shown = _columns(node)
            extra.update({k: node.data[k] for k in ROW_FIELDS if k in node.data and k not in shown})
        target = node.data.get("target")
        if isinstance(target, dict) and "target" not in extra:
            extra.update({f"target.{k}": target[k] for k in TARGET_KEYS if target.get(k)})
        attached = node.data.get("attached")
        if isinstance(attached, dict) and attached.get("printed"):
            extra["attached.printed"] = attached["printed"]
        if extra:
            nodes.append({"kind": node.kind, "text": node.text, **extra})
    body = data.get("plan") or {}
    body_printed = (body.get("attached") or {}).get("printed")
    explicit = [
        f"{path}.{key}"
        for pattern, key, default in DEFAULTED
        for path, mapping in expand(data, pattern)
        if mapping.get(key) == default
    ]
    closing = {name: box[key] for name, (box, key) in closing_slots(data).items()}
    paragraphs = [
        {"text": squash(str(p.get("text", ""))), **{k: p[k] for k in PARAGRAPH_KEYS if p.get(k) is not None}}
        for group in paragraph_lists(data)
        for p in group
        if isinstance(p, dict)
    ]
    return {
        "top": top,
        "closing": closing,
        "paragraphs": paragraphs,
        "number": data.get("document", {}).get("number"),
        "explicit": explicit,
        "issuer": {k: issuer[k] for k in ISSUER_KEYS if k in issuer},
        "plan_attached_printed": body_printed,
        "nodes": nodes,
    }


def _columns(node: Any) -> set[str]:
    """The column keys of the table a row sits in."""
    while node is not None and node.kind != "block":
        node = node.parent
    table = node.data.get("table") if node is not None else None
    columns = table.get("columns", []) if isinstance(table, dict) else []
    return {str(c.get("key")) for c in columns if isinstance(c, dict)}


def write_unprinted(document: Any, plan: Plan) -> None:
    """Set the document variable on a python-docx document (replacing an earlier one)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    doc_vars = settings.find(qn("w:docVars"))
    if doc_vars is None:
        doc_vars = OxmlElement("w:docVars")
        _insert_in_order(settings, doc_vars)
    for old in doc_vars.findall(qn("w:docVar")):
        if old.get(qn("w:name")) == DOC_VAR:
            doc_vars.remove(old)
    var = OxmlElement("w:docVar")
    var.set(qn("w:name"), DOC_VAR)
    var.set(qn("w:val"), encode(unprinted_payload(plan)))
    doc_vars.append(var)


_AFTER_DOC_VARS = (
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)
"""Elements that follow ``w:docVars`` in the schema's order of ``w:settings`` (the first ones)."""


def _insert_in_order(settings: Any, element: Any) -> None:
    from docx.oxml.ns import qn

    for name in _AFTER_DOC_VARS:
        follower = settings.find(qn(f"w:{name}"))
        if follower is not None:
            follower.addprevious(element)
            return
    settings.append(element)
