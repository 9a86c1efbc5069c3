"""Hostile templates: runaway loops, huge strings, recursion, loading other templates, runtime errors.

Each ends in one line naming the template, in ``tthc render`` and in ``tthc templates check``, quickly and
without building the huge value.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from conftest import run_tthc
from tthc_cli.errors import InputError
from tthc_cli.render.check import check_template
from tthc_cli.render.engine import make_env
from tthc_cli.render.plan_doc import render_plan
from tthc_cli.render.sample import sample_plan
from tthc_cli.render.sandbox import TemplateLimitError

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "templates" / "quyet-dinh.docx"

HOSTILE = [
    ("{% for i in range(10**9) %}x{% endfor %}", "số quá lớn trong mẫu (1000000000, tối đa 1.000.000)"),
    (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}{% endfor %}{% endfor %}"
        "{% endfor %}",
        "mẫu chạy quá 2.000.000 bước",
    ),
    ("{{ 'x' * 1000000000 }}", "mẫu tạo chuỗi hoặc danh sách quá dài"),
    ("{{ 'x' | center(1000000000) }}", "số quá lớn trong mẫu"),
    (
        "{% for a in range(1000) %}{% for b in range(1000) %}" + "x" * 40 + "{% endfor %}{% endfor %}",
        "mẫu tạo ra văn bản quá lớn",
    ),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "macro gọi lại chính nó quá sâu"),
    ("{% include 'khac.docx' %}", "không được dùng include, import hay extends"),
    ("{% import 'khac.docx' as k %}", "không được dùng include, import hay extends"),
    ("{{ 1 / 0 }}", "một thẻ chia cho 0"),
]


@pytest.mark.parametrize(("tag", "_message"), HOSTILE[:5])
def test_the_environment_stops_runaway_work(tag: str, _message: str) -> None:
    start = time.monotonic()
    with pytest.raises(TemplateLimitError):
        make_env().from_string(tag).render()
    assert time.monotonic() - start < 5


def _template_with(tmp_path: Path, tag: str) -> Path:
    out = tmp_path / "quyet-dinh.docx"
    with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.decode("utf-8").replace("{{ doc.title }}", tag.replace("'", "&apos;"), 1).encode()
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize(("tag", "message"), HOSTILE)
def test_render_and_check_say_it_in_one_line(tmp_path: Path, tag: str, message: str) -> None:
    bad = _template_with(tmp_path, tag)
    start = time.monotonic()
    with pytest.raises(InputError) as caught:
        render_plan(sample_plan(), template=bad)
    assert str(caught.value).startswith(f"mẫu {bad}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value) and "không an toàn" not in str(caught.value)  # a limit is not a breach
    problems = check_template(bad)
    assert [p.severity for p in problems] == ["error"] and message in problems[0].message
    assert time.monotonic() - start < 10


def test_templates_check_command_exits_1_without_a_traceback(tmp_path: Path) -> None:
    _template_with(tmp_path, "{{ 1 / 0 }}")
    result = run_tthc("templates", "check", str(tmp_path))
    assert result.code == 1 and "Traceback" not in result.err
    assert result.out.strip() == f"{tmp_path / 'quyet-dinh.docx'}: lỗi: một thẻ chia cho 0"
