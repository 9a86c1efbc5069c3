"""tthc fmt: the canonical form, comments kept, meaning kept, idempotent; the command's exit codes."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from tthc_cli.cli.main import app
from tthc_cli.errors import InputError
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.review.fmt import format_text, nfc_data

DATA = Path(__file__).parent / "data" / "review"
REPO = Path(__file__).parent.parent
REAL_PLANS = sorted((REPO / "plans").glob("**/*.yaml"))
FIXTURES = sorted(DATA.glob("*.yaml"))


def _comments(text: str) -> list[str]:
    return sorted(m.group(0).strip() for m in re.finditer(r"(?:^|\s)#.*$", text, re.M))


def _check_invariants(text: str) -> str:
    out = format_text(text)
    assert format_text(out) == out, "fmt is not idempotent"
    assert nfc_data(load_yaml(out).data) == nfc_data(load_yaml(text).data)
    assert _comments(out) == sorted(unicodedata.normalize("NFC", c) for c in _comments(text))
    assert not re.search(r"[ \t]$", out, re.M)
    assert out.endswith("\n") and not out.endswith("\n\n")
    return out


@pytest.mark.parametrize("path", FIXTURES + REAL_PLANS, ids=lambda p: p.name)
def test_real_and_fixture_plans_keep_meaning_and_comments(path: Path) -> None:
    _check_invariants(path.read_text(encoding="utf-8"))


def test_fixture_is_already_canonical() -> None:
    text = (DATA / "thap-muoi-2024.yaml").read_text(encoding="utf-8")
    assert format_text(text) == text


def test_key_order_follows_the_models_and_comments_stay_with_their_key() -> None:
    src = (
        "# yaml-language-server: $schema=plan.schema.json\n"
        "id: x-2024\nyear: 2024\nschema_version: 1\n"
        "document:\n  symbol: QĐ-UBND\n  # sửa: trước kind\n  kind: quyet-dinh\n"
        "appendices:\n  - id: p\n    title: t\n    blocks:\n      - table:\n"
        "          columns: [{key: stt, header: Stt}]\n          items:\n"
        "            - lead: A  # cuối dòng\n              content: Việc\n              stt: 1\n              id: r1\n"
    )
    out = format_text(src)
    assert out.splitlines()[0] == "# yaml-language-server: $schema=plan.schema.json"
    assert out.index("schema_version") < out.index("id: x-2024") < out.index("year:")
    assert "  # sửa: trước kind\n  kind: quyet-dinh\n" in out
    assert "- id: r1\n              stt: 1\n              content: Việc\n              lead: A  # cuối dòng" in out


def test_nfc_quotes_nulls_and_trailing_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "Phòng Tư pháp")
    src = f"a: {decomposed}   \nb: 'plain'\nc: '01'\nd:\ne: no\nf: 'no'\n"
    out = format_text(src)
    assert out == "a: Phòng Tư pháp\nb: plain\nc: '01'\nd: null\ne: 'no'\nf: 'no'\n"


def test_long_text_is_folded_at_the_width() -> None:
    text = "Rà soát, đơn giản hóa thủ tục hành chính " * 6
    assert format_text(f"content: {text.strip()}\n") == f"content: {text.strip()}\n"
    out = format_text(f"content: {text.strip()}\n", width=60)
    assert all(len(line) <= 62 for line in out.splitlines())
    assert load_yaml(out).data == {"content": text.strip()}


@pytest.mark.parametrize(
    ("src", "message"),
    [("a: 1\na: 2\n", "bị lặp"), ("a: [1\n", "cú pháp"), ("a: 1\n---\nb: 2\n", "tài liệu")],
)
def test_refuses_broken_files(src: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        format_text(src)


# --- generated plans -------------------------------------------------------------------------------

_WORDS = [
    "Phòng",
    "Tư pháp",
    "UBND",
    "các xã",
    "thị trấn",
    "hồ sơ",
    "trực tuyến",
    "Quý I/2024",
    "100%",
    "Tối thiểu",
    "45",
    "no",
    "yes",
    "a: b",
    "C#",
    "'x'",
    '"y"',
    "- gạch",
    "Điều 3.",
    "null",
    "01",
]
_text = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join)
_maybe_nfd = st.tuples(_text, st.booleans()).map(lambda t: unicodedata.normalize("NFD" if t[1] else "NFC", t[0]))
_task = st.fixed_dictionaries(
    {"content": _maybe_nfd},
    optional={
        "id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
        "stt": st.integers(1, 30),
        "lead": _maybe_nfd,
        "deadline": _maybe_nfd,
        "target": st.one_of(_text, st.integers(0, 100)),
        "note": st.none(),
    },
)
_plan = st.fixed_dictionaries(
    {
        "id": st.just("p-2024"),
        "year": st.integers(2020, 2030),
        "document": st.fixed_dictionaries(
            {"kind": st.just("quyet-dinh"), "title": _maybe_nfd, "bases": st.lists(_maybe_nfd, max_size=3)}
        ),
        "appendices": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.just("pl"),
                    "blocks": st.lists(
                        st.fixed_dictionaries({"table": st.fixed_dictionaries({"items": st.lists(_task, max_size=5)})}),
                        max_size=2,
                    ),
                }
            ),
            max_size=2,
        ),
    },
    optional={"schema_version": st.just(1), "level": st.just("xa")},
)


def _shuffle_keys(data: object, rnd: st.DataObject) -> object:
    if isinstance(data, dict):
        keys = rnd.draw(st.permutations(list(data)))
        return {k: _shuffle_keys(data[k], rnd) for k in keys}
    if isinstance(data, list):
        return [_shuffle_keys(v, rnd) for v in data]
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_plan, data=st.data(), indent=st.sampled_from([(2, 2, 0), (2, 4, 2), (4, 4, 2)]))
def test_generated_plans(plan: dict[str, object], data: st.DataObject, indent: tuple[int, int, int]) -> None:
    y = YAML()
    y.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    y.width = 100000
    buf = io.StringIO()
    y.dump(_shuffle_keys(plan, data), buf)
    lines = buf.getvalue().splitlines()
    spots = data.draw(st.lists(st.integers(0, len(lines)), max_size=4, unique=True))
    for spot in sorted(spots, reverse=True):
        indent_of = len(lines[spot]) - len(lines[spot].lstrip()) if spot < len(lines) else 0
        lines.insert(spot, " " * indent_of + f"# sửa: ghi chú {spot}")
    _check_invariants("\n".join(lines) + "\n")


# --- the command -----------------------------------------------------------------------------------


def test_cli_check_diff_and_write(tmp_path: Path) -> None:
    runner = CliRunner()
    good = tmp_path / "good.yaml"
    good.write_text((DATA / "thap-muoi-2024.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("document:\n    kind: ke-hoach   \nschema_version: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["fmt", "--check", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"cần định dạng lại: {bad}" in result.output and f"cần định dạng lại: {good}" not in result.output
    result = runner.invoke(app, ["fmt", "--diff", str(bad)])
    assert result.exit_code == 1 and "+schema_version: 1" in result.output
    before = good.stat().st_mtime_ns
    result = runner.invoke(app, ["fmt", str(good), str(bad)])
    assert result.exit_code == 0
    assert good.stat().st_mtime_ns == before
    assert bad.read_text(encoding="utf-8") == "schema_version: 1\ndocument:\n  kind: ke-hoach\n"
    assert runner.invoke(app, ["fmt", "--check", str(bad)]).exit_code == 0


def test_cli_keeps_crlf_and_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    crlf = tmp_path / "crlf.yaml"
    crlf.write_bytes(b"schema_version: 1\r\ndocument: {kind: ke-hoach}\r\n")
    assert runner.invoke(app, ["fmt", "--check", str(crlf)]).exit_code == 0
    crlf.write_bytes(b"document: {kind: ke-hoach}   \r\nschema_version: 1\r\n")
    assert runner.invoke(app, ["fmt", "--check", str(crlf)]).exit_code == 1
    assert runner.invoke(app, ["fmt", str(crlf)]).exit_code == 0
    assert crlf.read_bytes() == b"schema_version: 1\r\ndocument: {kind: ke-hoach}\r\n"
    mixed = tmp_path / "mixed.yaml"
    mixed.write_bytes(b"schema_version: 1\r\nid: a\r\ndocument: {kind: ke-hoach}\n")
    assert runner.invoke(app, ["fmt", "--check", str(mixed)]).exit_code == 1
    result = runner.invoke(app, ["fmt", "--diff", str(mixed)])
    assert result.exit_code == 1 and "chỉ đổi kiểu xuống dòng" in result.output
    assert runner.invoke(app, ["fmt", str(mixed)]).exit_code == 0
    assert mixed.read_bytes().count(b"\r\n") == 3 and b"\n" not in mixed.read_bytes().replace(b"\r\n", b"")


@pytest.mark.parametrize("plan", REAL_PLANS, ids=lambda p: p.parent.name + "/" + p.name)
def test_real_plans_checked_out_with_crlf_are_formatted(tmp_path: Path, plan: Path) -> None:
    copy = tmp_path / plan.name
    copy.write_bytes(plan.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    result = CliRunner().invoke(app, ["fmt", "--check", str(copy)])
    assert result.exit_code == 0, result.output


def test_cli_unformattable_file_exits_2(tmp_path: Path) -> None:
    runner = CliRunner()
    broken = tmp_path / "broken.yaml"
    broken.write_text("document: [\n", encoding="utf-8")
    result = runner.invoke(app, ["fmt", str(broken)])
    assert result.exit_code == 2 and "không định dạng được" in result.output
