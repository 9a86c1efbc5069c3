"""Comparing the parts of a plan that are not table rows: metadata, căn cứ, articles, narrative, headings.

Lists of paragraphs (căn cứ, Điều, nơi nhận, đoạn văn) are compared as sequences of texts, so inserting a
căn cứ reports one addition, not a change to every căn cứ after it.
"""

from __future__ import annotations

import difflib
from typing import Any

from tthc_cli.findings import YamlPath, format_path
from tthc_cli.review.changes import Change, ChangeKind
from tthc_cli.review.textdiff import similarity, word_diff
from tthc_cli.text.normalize import short, squash

LABELS = {
    "schema_version": "phiên bản định dạng",
    "id": "id",
    "year": "năm",
    "level": "cấp",
    "locality": "địa bàn",
    "units": "tệp đơn vị",
    "parent": "kế hoạch cấp trên",
    "document": "văn bản",
    "kind": "loại văn bản",
    "issuer": "cơ quan ban hành",
    "header": "dòng tên cơ quan",
    "place": "địa danh",
    "number": "số",
    "symbol": "ký hiệu",
    "date": "ngày",
    "title": "tiêu đề",
    "authority": "thẩm quyền ban hành",
    "bases": "căn cứ",
    "proposal": "đề nghị",
    "articles": "Điều",
    "recipients": "nơi nhận",
    "signer": "người ký",
    "capacity": "quyền hạn ký",
    "name": "tên",
    "plan": "kế hoạch kèm theo",
    "intro": "phần mở đầu",
    "parts": "phần",
    "heading": "đề mục",
    "paragraphs": "đoạn",
    "after": "đoạn sau bảng",
    "appendices": "phụ lục",
    "label": "nhãn",
    "attached": "dòng kèm theo",
    "orientation": "hướng trang",
    "columns": "cột bảng",
    "formulas": "công thức",
    "rounding": "làm tròn",
    "reporting": "lịch báo cáo",
    "path": "đường dẫn",
    "text": "nội dung",
}
_SPECIAL = {
    ("signer", "title"): "người ký › chức vụ",
    ("document", "title"): "trích yếu",
    ("document", "date"): "ngày ban hành",
    ("document", "number"): "số văn bản",
}


def label_of(path: YamlPath) -> str:
    """A reader's name for a place in the plan: "căn cứ thứ 3", "người ký › tên"."""
    keys = tuple(p for p in path if isinstance(p, str))
    if keys[-2:] in _SPECIAL:
        base = _SPECIAL[keys[-2:]]  # type: ignore[index]
    else:
        base = " › ".join(LABELS.get(k, k) for k in keys[-2:]) if keys else "tệp"
        if len(keys) >= 2 and keys[-2] == "document":
            base = LABELS.get(keys[-1], keys[-1])
    if path and isinstance(path[-1], int):
        if keys and keys[-1] == "articles":
            return f"Điều {path[-1] + 1}"
        return f"{base} thứ {path[-1] + 1}"
    return base


def _para_text(value: Any) -> str | None:
    if isinstance(value, str):
        return squash(value)
    if (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and set(value) <= {"text", "footnotes", "ref", "style", "title", "paragraphs"}
    ):
        return squash(value["text"])
    return None


def _scalar_text(value: Any) -> str:
    if value is None:
        return "(trống)"
    if isinstance(value, bool):
        return "có" if value else "không"
    return squash(str(value))


def generic_diff(old: Any, new: Any, path: YamlPath = ()) -> list[Change]:
    """Every difference between two values, named for a reader."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[Change] = []
        for key in list(new) + [k for k in old if k not in new]:
            out += generic_diff(old.get(key), new.get(key), (*path, key))
        return out
    if isinstance(old, list) and isinstance(new, list):
        return _list_diff(old, new, path)
    po, pn = _para_text(old), _para_text(new)
    if po is not None and pn is not None and (isinstance(old, dict) or isinstance(new, dict)):
        if po != pn:
            return _text_change(po, pn, path)
        return generic_diff(_rest(old), _rest(new), path)
    if isinstance(old, (dict, list)) or isinstance(new, (dict, list)):
        if old is None or new is None:
            verb = "Thêm" if old is None else "Bỏ"
            return [Change(ChangeKind.METADATA, f"{verb} {label_of(path)}", "", format_path(path))]
        return [Change(ChangeKind.METADATA, f"Đổi {label_of(path)}", "", format_path(path))]
    if _scalar_text(old) == _scalar_text(new):
        return []
    return _text_change(_scalar_text(old), _scalar_text(new), path)


def _rest(value: Any) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k != "text"} if isinstance(value, dict) else {}


def _text_change(old: str, new: str, path: YamlPath) -> list[Change]:
    where, p = label_of(path), format_path(path)
    kind = ChangeKind.BASIS_EDITED if "bases" in path else ChangeKind.METADATA
    if len(old) > 60 or len(new) > 60:
        kind = kind if kind is ChangeKind.BASIS_EDITED else ChangeKind.TEXT_EDITED
        return [Change(kind, f"Sửa {where}", "", p, old, new, word_diff(old, new))]
    return [Change(kind, f"Đổi {where}: {old} → {new}", "", p, old, new)]


def _list_diff(old: list[Any], new: list[Any], path: YamlPath) -> list[Change]:
    ta, tb = [_para_text(x) for x in old], [_para_text(x) for x in new]
    if any(t is None for t in ta + tb):
        out: list[Change] = []
        for i in range(max(len(old), len(new))):
            out += generic_diff(old[i] if i < len(old) else None, new[i] if i < len(new) else None, (*path, i))
        return out
    a, b = [t or "" for t in ta], [t or "" for t in tb]
    out = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                out += generic_diff(_rest(old[i]), _rest(new[j]), (*path, j))
            continue
        left, right = list(range(i1, i2)), list(range(j1, j2))
        while left and right and similarity(a[left[0]], b[right[0]]) >= 0.5:
            i, j = left.pop(0), right.pop(0)
            out += _text_change(a[i], b[j], (*path, j))
        out += [_added_removed(False, a[i], (*path, i)) for i in left]
        out += [_added_removed(True, b[j], (*path, j)) for j in right]
    return out


def _added_removed(added: bool, text: str, path: YamlPath) -> Change:
    is_basis = "bases" in path
    kind = (ChangeKind.BASIS_ADDED if added else ChangeKind.BASIS_REMOVED) if is_basis else ChangeKind.METADATA
    keys = [p for p in path if isinstance(p, str)]
    what = LABELS.get(keys[-1], keys[-1]) if keys else "mục"
    verb = "Thêm" if added else "Bỏ"
    return Change(
        kind,
        f"{verb} {what}: {short(text, 100)}",
        "",
        format_path(path),
        None if added else text,
        text if added else None,
    )
