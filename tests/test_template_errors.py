"""`tthc templates check` and `tthc render` say the same thing, in Vietnamese, at the same place of the template."""

from __future__ import annotations

from pathlib import Path

import pytest

from render_helpers import broken_template
from tthc_cli.errors import InputError
from tthc_cli.render.check import check_template
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.sample import sample_plan
from tthc_cli.render.template_errors import translate

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "quyet-dinh.docx"
TITLE = "{{ doc.title }}"

CASES = [
    # (case, old, new, words the message must hold; None: the template works, with at most a warning)
    ("split-across-runs", TITLE, "{{ doc.</w:t></w:r><w:r><w:t>title }}", None),
    (
        "split-across-paragraphs",
        TITLE,
        "{{ doc.</w:t></w:r></w:p><w:p><w:r><w:t>title }}",
        ["đoạn ", "'{{ doc.'", "không đóng trong cùng đoạn văn"],
    ),
    ("unknown-variables", TITLE, "{{ doc.titel }} {{ dco.ten }}", ["'titel'", "'dco'", "đoạn ", "{{ doc.titel }}"]),
    ("missing-endif", "{%p endif %}", "", ["{%p if doc.parent %}", "bảng 1, dòng 1, ô 1", "không có {% endif %}"]),
    ("unknown-filter", TITLE, "{{ doc.title|nope }}", ["không có bộ lọc 'nope'", "đoạn ", "{{ doc.title|nope }}"]),
    ("missing-brace", TITLE, "{{ doc.title }", ["đoạn ", "'{{ doc.title }'", "không đóng"]),
]


@pytest.mark.parametrize(("case", "old", "new", "words"), CASES, ids=[c[0] for c in CASES])
def test_check_and_render_agree(tmp_path: Path, case: str, old: str, new: str, words: list[str] | None) -> None:
    bad = broken_template(TEMPLATE, tmp_path / "quyet-dinh.docx", old, new)
    errors = [p.message for p in check_template(bad) if p.severity == "error"]
    if words is None:
        assert errors == []
        assert render_plan(sample_plan(), template=bad)
        assert any("tách thành nhiều đoạn định dạng" in p.message for p in check_template(bad))
        return
    with pytest.raises(InputError) as err:
        render_plan(sample_plan(), template=bad)
    message = err.value.message
    assert "\n" not in message and message.startswith(f"mẫu {bad}: ")
    assert errors and message == f"mẫu {bad}: {errors[0]}"
    for word in words:
        assert word in message, (word, message)
    assert not any(english in message for english in ("Unexpected", "expected token", "No filter", "undefined"))


def test_jinja_messages_are_translated() -> None:
    assert translate("No filter named 'nope'.") == "không có bộ lọc 'nope'"
    assert translate("Encountered unknown tag 'endfor'.").startswith("thẻ lạ 'endfor'")
    assert translate("expected token 'end of print statement', got 'x'").startswith("cần 'end of print statement'")
    assert translate("something new").startswith("lỗi mẫu (")
