"""Invariant of ``tthc import``: a generated phụ lục rendered by ``tthc render`` imports back to the same rows.

With the document variable the whole plan comes back (``tthc diff`` finds no change); from the printed text
alone every row, section, number and cell comes back (only what the page does not show may differ).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tthc_cli.importer import ImportOptions, import_document
from tthc_cli.model.plan import Plan
from tthc_cli.model.rows import is_row, plan_nodes
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.sample import SAMPLE_PLAN, sample_plan
from tthc_cli.review.fmt import nfc_data
from tthc_cli.review.semantic import diff_data
from tthc_cli.text.normalize import squash

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORDS = [
    "rà",
    "soát",
    "công",
    "khai",
    "thủ",
    "tục",
    "hành",
    "chính",
    "hồ",
    "sơ",
    "trực",
    "tuyến",
    "phòng",
    "ban",
    "báo",
    "cáo",
    "kế",
    "hoạch",
    "số",
    "hóa",
]
HEADERS = {
    "directive": ["Văn bản chỉ đạo"],
    "lead": ["Đơn vị chủ trì", "Cơ quan chủ trì thực hiện", "Chủ trì"],
    "support": ["Cơ quan phối hợp", "Đơn vị phối hợp"],
    "deadline": ["Thời gian hoàn thành", "Thời hạn", "Tiến độ"],
    "result": ["Kết quả", "Sản phẩm", "Kết quả thực hiện"],
    "measure": ["Đơn vị tính", "ĐVT"],
    "target": ["Chỉ tiêu phấn đấu", "Mục tiêu"],
    "note": ["Ghi chú"],
}
VALUES = {
    "target": st.sampled_from(["Tối thiểu 50", "100%", "Từ 80 điểm trở lên"]),
    "deadline": st.sampled_from(["Quý I/2024", "Thường xuyên", "Trước 30/6/2024"]),
}
phrase = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(lambda w: " ".join(w).capitalize())
cell = st.lists(phrase, min_size=1, max_size=2).map("\n".join)


@st.composite
def appendix_table(draw: st.DrawFn) -> dict[str, Any]:
    extra = draw(st.lists(st.sampled_from(sorted(HEADERS)), min_size=2, max_size=5, unique=True))
    two = draw(st.booleans())
    keys = ["stt", *(["stt2"] if two else []), "content", *extra]
    headers = {"stt": "STT", "stt2": "TT", "content": draw(st.sampled_from(["Nội dung", "Nội dung, nhiệm vụ"]))}
    columns = [{"key": k, "header": headers.get(k) or draw(st.sampled_from(HEADERS[k]))} for k in keys]
    counter = iter(range(1, 100))

    def row() -> dict[str, Any]:
        data: dict[str, Any] = {"stt": str(next(counter)), "content": draw(phrase)}
        if two:
            data["stt2"] = str(draw(st.integers(1, 9)))
        for k in extra:
            if draw(st.booleans()):
                data[k] = draw(VALUES.get(k, cell))
        return data

    n_sections = draw(st.integers(0, 3))
    if not n_sections:
        return {"columns": columns, "items": [row() for _ in range(draw(st.integers(1, 4)))]}
    sections = [
        {"stt": roman, "title": draw(phrase), "items": [row() for _ in range(draw(st.integers(1, 3)))]}
        for roman in ("I", "II", "III")[:n_sections]
    ]
    return {"columns": columns, "sections": sections}


def _words(value: Any) -> Any:
    """White space as ``tthc diff`` compares it (a line break inside a cell may print as a space)."""
    if isinstance(value, dict):
        return {k: _words(v) for k, v in value.items()}
    return squash(value) if isinstance(value, str) else value


def _rows(data: Any) -> list[dict[str, Any]]:
    return [_words({k: v for k, v in n.data.items() if k != "id"}) for n in plan_nodes(data) if is_row(n)]


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(table=appendix_table(), title=phrase)
def test_rendered_tables_import_back(table: dict[str, Any], title: str, tmp_path_factory: Any) -> None:
    folder = Path(tmp_path_factory.mktemp("prop"))
    data = copy.deepcopy(SAMPLE_PLAN)
    data["schema_version"] = 1
    data["document"]["number"] = "05"  # printed with two digits
    data["document"]["articles"] = ["Quyết định này có hiệu lực thi hành kể từ ngày ký./."]
    data.pop("plan", None)
    data["appendices"] = [{"id": "phu-luc", "label": "PHỤ LỤC", "title": title, "blocks": [{"table": table}]}]
    plan = Plan.model_validate(data)
    rendered = folder / "p.docx"
    rendered.write_bytes(render_plan(type(sample_plan())(plan, folder / "p.yaml", {})))
    original = nfc_data(plan.model_dump(mode="json", exclude_unset=True))

    whole = import_document(rendered, ImportOptions(output=folder / "o.yaml"))
    assert diff_data(original, nfc_data(whole.data)) == []

    document = docx.Document(str(rendered))
    for var in list(document.settings.element.iter(f"{W}docVars")):
        var.getparent().remove(var)
    document.save(str(folder / "q.docx"))
    text_only = import_document(folder / "q.docx", ImportOptions(output=folder / "o.yaml"))
    assert _rows(text_only.data) == _rows(nfc_data(data))
