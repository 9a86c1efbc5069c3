"""Every message a user reads is Vietnamese: YAML syntax errors, usage errors, option and configuration errors.

Each case is one of the usual mistakes; the test fails on any English word of the parser's, click's or
Pydantic's messages (tests/english.py) and checks the place reported.
"""

from __future__ import annotations

import pytest

from english import english_in
from tthc_cli.load.yaml_loader import load_yaml

YAML_CASES = [
    # (text, line and column reported, what the message must say)
    ("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: [x, y\nh: 8\ni: 9\n", (7, 4), "Ngoặc '[' mở ở dòng 7 chưa được đóng"),
    ("a: {x: 1\nb: 2\n", (1, 4), "Ngoặc '{' mở ở dòng 1"),
    ("a: 1\nb: 'chưa đóng\nc: 3\nd: 4\ne: 'x'\n", (2, 4), "Dấu nháy ' mở ở dòng 2 chưa được đóng"),
    ('a: "chưa đóng\nb: 2\nc: "x"\n', (1, 4), 'Dấu nháy " mở ở dòng 1'),
    ("a: 1\nb: 'chưa đóng\n", (2, 4), "ở cuối tệp"),
    ("title: Kế hoạch: năm 2024\n", (1, 16), "Dấu ': ' nằm trong một giá trị"),
    ("a:\n  b: 1\n c: 2\n", (3, 2), "không phải một khóa"),
    ("a:\n  - x\n  b: 1\n", (3, 3), "không phải một phần tử '- '"),
    ("a: @x\n", (1, 4), "Ký tự '@'"),
    ("a: *x\n", (1, 4), "Alias"),
    ('a: "x\\q"\n', (1, 6), "Ký tự thoát"),
    ("a: 1\n---\n- x\n...\nfoo: [\n", (5, 1), "'---'"),
]


@pytest.mark.parametrize(("text", "where", "needle"), YAML_CASES, ids=[c[2][:30] for c in YAML_CASES])
def test_yaml_syntax_errors_in_vietnamese_at_the_cause(text: str, where: tuple[int, int], needle: str) -> None:
    (issue,) = [i for i in load_yaml(text).issues if i.fatal]
    assert (issue.line, issue.column) == where, issue.message
    assert needle in issue.message
    assert english_in(f"{issue.message} {issue.hint}") == [], issue.message


def test_the_english_detector_sees_the_messages_quoted_in_the_issue() -> None:
    for english in (
        "did not find expected key",
        "mapping values are not allowed in this context",
        "Missing option '--records' / '-r'",
        "Got unexpected extra argument (x)",
        "Input should be a valid integer",
        "Extra inputs are not permitted",
    ):
        assert english_in(english), english
    assert english_in("Thiếu tùy chọn '--records' / '-r' (xem 'tthc score --help')") == []
