"""A small plan and report that use every variable the templates may print, for trial renders.

``tthc templates check`` renders each template with these, so a tag naming something tthc does not
provide (``{{ doc.titel }}``) is caught before an office relies on the template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tthc_cli.model.plan import Plan
from tthc_cli.model.report import ReportFile
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.render.report_input import IndicatorLine, ReportInput, UnitValue

SAMPLE_PLAN: dict[str, Any] = {
    "id": "mau",
    "year": 2024,
    "level": "huyen",
    "locality": "huyện Mẫu",
    "document": {
        "kind": "quyet-dinh",
        "issuer": {"name": "Ủy ban nhân dân huyện Mẫu", "parent": "Ủy ban nhân dân tỉnh Mẫu"},
        "place": "Mẫu",
        "number": "5",
        "symbol": "QĐ-UBND",
        "date": "2024-02-16",
        "title": "Về việc ban hành Kế hoạch mẫu",
        "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MẪU",
        "bases": ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"],
        "proposal": "Theo đề nghị của Chánh Văn phòng",
        "articles": [
            {
                "title": "Ban hành",
                "text": "Ban hành kèm theo Quyết định này Kế hoạch mẫu.",
                "paragraphs": ["Chi tiết."],
            },
            "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        ],
        "recipients": ["Như Điều 2", "Lưu: VT"],
        "signer": {"capacity": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn A"},
    },
    "plan": {
        "title": "Kế hoạch mẫu",
        "attached": {"by": "Ủy ban nhân dân huyện Mẫu"},
        "intro": ["Thực hiện …"],
        "parts": [
            {
                "stt": "I",
                "heading": "MỤC ĐÍCH, YÊU CẦU",
                "paragraphs": ["- Mục đích.", {"text": "(Chi tiết phụ lục kèm theo)", "style": "note"}],
            }
        ],
    },
    "appendices": [
        {
            "id": "phu-luc",
            "title": "Nội dung thực hiện",
            "attached": {"verb": "Kèm theo", "by": "Ủy ban nhân dân huyện Mẫu"},
            "blocks": [
                {
                    "stt": "1",
                    "title": "Nhiệm vụ",
                    "table": {
                        "columns": [
                            {"key": "stt", "header": "Stt"},
                            {"key": "content", "header": "Nội dung"},
                            {"key": "lead", "header": "Cơ quan chủ trì"},
                            {"key": "support", "header": "Cơ quan phối hợp"},
                            {"key": "deadline", "header": "Thời gian hoàn thành"},
                            {"key": "measure", "header": "Đơn vị tính"},
                            {"key": "target", "header": "Chỉ tiêu"},
                        ],
                        "sections": [
                            {
                                "stt": "I",
                                "title": "Nhiệm vụ chung",
                                "items": [
                                    {"stt": 1, "content": "Việc một", "subitems": ["1. Ý a", "2. Ý b"]},
                                    {"stt": 2, "content": "Việc hai", "assignment": {"text": "Đã được phân công"}},
                                    {
                                        "stt": 3,
                                        "indicator": "online-dossiers",
                                        "name": "Tỷ lệ hồ sơ trực tuyến",
                                        "lead": {"text": "UBND các xã", "qualifier": "Trừ …"},
                                        "measure": "%",
                                        "target": "Tối thiểu 50",
                                    },
                                    {"stt": 4, "group": "Nhóm", "items": [{"stt": "4.1", "content": "Việc con"}]},
                                ],
                            }
                        ],
                    },
                }
            ],
        }
    ],
}
"""A plan using every element the decision template can print."""

SAMPLE_REPORT = ReportInput(
    period="2024-03",
    totals={"received_new": 243, "carried_over": 65, "received_online": 192, "resolved": 225, "pending": 83},
    unit_totals={"xa-a": {"received_new": 200, "resolved": 180}, "xa-b": {"received_new": 43, "resolved": 45}},
    unit_names={"xa-a": "xã A", "xa-b": "xã B"},
    indicators=(
        IndicatorLine(
            "1",
            "Tỷ lệ hồ sơ trực tuyến",
            "Tối thiểu 50",
            50.0,
            "%",
            79.01,
            "đạt",
            (UnitValue("xã A", 80.0, True), UnitValue("xã B", 40.0, False)),
        ),
    ),
)
"""Report figures using every part of the report template."""


def sample_plan() -> LoadedPlan:
    """The sample plan, validated."""
    return LoadedPlan(plan=Plan.model_validate(SAMPLE_PLAN), path=Path("mau.yaml"))


def sample_report_file() -> ReportFile:
    """A report file with an opening, a part with items and every kind of figures."""
    return ReportFile.model_validate(
        {
            "period": {"start": "2024-02-15", "end": "2024-03-12"},
            "opening": ["Thực hiện Công văn số 1/UBND-HCC của Ủy ban nhân dân tỉnh Mẫu."],
            "parts": [
                {
                    "heading": "KẾT QUẢ",
                    "items": [
                        {"heading": "Hồ sơ", "figures": "dossiers"},
                        {"heading": "Số hóa", "paragraphs": ["- Đã triển khai."], "figures": "digitisation"},
                        {"heading": "Chỉ tiêu", "figures": "indicators"},
                    ],
                },
                {"heading": "KIẾN NGHỊ", "paragraphs": ["Không."]},
            ],
        }
    )


def sample_render(template: Path, kind: str) -> bytes:
    """Render ``template`` with the sample of ``kind`` (``bao-cao`` or anything else for the decision)."""
    if kind == "bao-cao":
        from tthc_cli.render.report_doc import render_report

        return render_report(sample_plan(), SAMPLE_REPORT, template=template, report=sample_report_file())
    from tthc_cli.render.plan_doc import render_plan

    return render_plan(sample_plan(), template=template)
