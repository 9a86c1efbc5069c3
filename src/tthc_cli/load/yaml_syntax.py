"""YAML syntax errors in Vietnamese, by kind, at the place a person must look.

The parser reports where it stopped, which is often far from the mistake: an unclosed '[' is noticed at the
next key, an unclosed quote at the next quote, maybe two hundred lines further. Each kind of error is
translated from the parser's own fields (what it was parsing and where that began, what it found and
where), never by passing its English through: the finding points at where the bracket, quote or block began
and says where the parser stopped. Wording differs between the C and the pure-Python parser, hence the
alternatives in each pattern.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruamel.yaml.error import MarkedYAMLError

GENERIC_HINT = "kiểm tra thụt lề, dấu nháy và dấu ':' ở dòng này hoặc dòng ngay trên"


@dataclass(frozen=True)
class Syntax:
    """A syntax error, explained: where to look, the message and a hint."""

    line: int
    column: int
    message: str
    hint: str


def _mark(mark: object | None) -> tuple[int, int] | None:
    line = getattr(mark, "line", None)
    return None if line is None else (line + 1, getattr(mark, "column", 0) + 1)


def _char_at(text: str, at: tuple[int, int]) -> str:
    lines = text.split("\n")
    line = lines[at[0] - 1] if at[0] - 1 < len(lines) else ""
    return line[at[1] - 1] if at[1] - 1 < len(line) else ""


def explain(exc: MarkedYAMLError, text: str) -> Syntax:
    """The Vietnamese explanation of ``exc`` raised while parsing ``text``."""
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    stop = _mark(exc.problem_mark) or _mark(exc.context_mark) or (1, 1)
    start = _mark(exc.context_mark)
    stopped = f"trình đọc YAML dừng ở dòng {stop[0]}, cột {stop[1]}"
    if start and ("flow sequence" in context or "flow mapping" in context):
        assert start is not None
        opener, closer = ("[", "]") if "sequence" in context else ("{", "}")
        return Syntax(
            *start,
            f"Ngoặc '{opener}' mở ở dòng {start[0]} chưa được đóng ({stopped})",
            f"thêm '{closer}' ở cuối {'danh sách' if opener == '[' else 'ánh xạ'}, hoặc dấu ',' giữa hai phần tử",
        )
    if start and "quoted scalar" in context:
        quote = _char_at(text, start) or "'"
        if "escape" in problem:
            return Syntax(
                *stop,
                "Ký tự thoát '\\' không hợp lệ trong chuỗi nháy kép",
                "dùng nháy đơn '…' cho chuỗi có dấu '\\', hoặc viết '\\\\'",
            )
        return Syntax(
            *start,
            f"Dấu nháy {quote} mở ở dòng {start[0]} chưa được đóng ({stopped}, ở cuối tệp)",
            f"thêm dấu nháy {quote} đóng ở cuối chuỗi",
        )
    quoted = _runaway_quote(text, stop)
    if quoted is not None:
        quote, at = quoted
        return Syntax(
            *at,
            f"Dấu nháy {quote} mở ở dòng {at[0]} chưa được đóng: chuỗi kéo dài đến dòng {stop[0]} ({stopped})",
            f"thêm dấu nháy {quote} đóng ở cuối chuỗi dòng {at[0]}",
        )
    return Syntax(*stop, *_by_problem(problem, context, start, text, stop))


def _by_problem(
    problem: str, context: str, start: tuple[int, int] | None, text: str, stop: tuple[int, int]
) -> tuple[str, str]:
    began = f" (khối bắt đầu ở dòng {start[0]})" if start else ""
    if "mapping values are not allowed" in problem:
        return "Dấu ': ' nằm trong một giá trị chưa đặt trong dấu nháy", "đặt cả giá trị trong dấu nháy đơn '…'"
    if "expected key" in problem or ("block mapping" in context and "block end" in problem):
        return (
            f"Dòng này không phải một khóa 'tên: giá trị' của ánh xạ{began}: thụt lề sai hoặc thiếu dấu ':'",
            "thụt lề bằng đúng số dấu cách như các khóa cùng cấp",
        )
    if "'-' indicator" in problem or ("block collection" in context and "block end" in problem):
        return (
            f"Dòng này không phải một phần tử '- ' của danh sách{began}: thụt lề sai",
            "mỗi phần tử của danh sách bắt đầu bằng '- ' ở cùng cột",
        )
    if "cannot start any token" in problem:
        char = _char_at(text, stop)
        return f"Ký tự '{char}' không được đứng đầu một giá trị YAML", "đặt cả giá trị trong dấu nháy đơn '…'"
    if "undefined alias" in problem:
        return "Alias '*…' chưa được khai báo bằng một anchor '&…'", "không dùng anchor/alias (&, *) trong kế hoạch"
    if "anchor" in context or "alias" in context:
        return "Tên anchor/alias sau '&' hoặc '*' không hợp lệ", "đặt giá trị bắt đầu bằng '&' hoặc '*' trong dấu nháy"
    if "expected ':'" in problem or "simple key" in context:
        return "Thiếu dấu ':' sau tên khóa", "viết 'tên: giá trị' (có dấu cách sau ':')"
    if "block scalar" in context:
        return "Khối văn bản '|' hoặc '>' viết sai", "sau '|' hoặc '>' chỉ được có '-', '+' hoặc một chữ số"
    if "document start" in problem or "document end" in problem:
        return "Nội dung sau dấu '---' hoặc '...' không phải một tài liệu YAML", "mỗi kế hoạch chỉ có một tài liệu"
    if "tab" in problem:
        return "Ký tự tab trong tệp YAML", "thay tab bằng dấu cách"
    if "end of stream" in problem:
        return f"Tệp kết thúc giữa chừng{began}", GENERIC_HINT
    return f"Cú pháp YAML không hợp lệ{began}", GENERIC_HINT


def _runaway_quote(text: str, stop: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The quoted string that swallowed lines up to where the parser stopped, if one did: its quote and
    where it began. A closing quote forgotten on one line ends the string at the next quote in the file."""
    from ruamel.yaml import YAML

    last: tuple[str, tuple[int, int]] | None = None
    try:
        for token in YAML(typ="safe").scan(text):
            begin, end = token.start_mark, token.end_mark
            if begin.line + 1 > stop[0]:
                break
            style = getattr(token, "style", None)
            if style in ("'", '"') and end.line + 1 == stop[0] and end.line > begin.line:
                last = (style, (begin.line + 1, begin.column + 1))
    except MarkedYAMLError:
        pass
    return last
