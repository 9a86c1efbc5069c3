"""Hostile input against what tthc writes: git arguments, output paths, fmt's rewrite, text shown to people.

Each case is made in the test (a temporary git repository, a symlink, a FIFO, a string with escape
sequences) and fed to the command it once broke: the result is a clear Vietnamese line with the documented
exit code, or safe output, and no file is touched but the named output.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, git, run_tthc
from tthc_cli.cli.main import app
from tthc_cli.errors import InputError, OutputError
from tthc_cli.output.atomic import atomic_write_bytes, atomic_write_text
from tthc_cli.review.gitsrc import changed_plans, read_side, resolve_commit
from tthc_cli.text.escape import markdown_code, markdown_text, strip_controls, visible

REVIEW = DATA / "review"
BASE_PLAN = (REVIEW / "thap-muoi-2024.yaml").read_text(encoding="utf-8")
LOWERED_PLAN = (REVIEW / "edits" / "target-lowered.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose plan lives in a folder with diacritics and a space, lowered on a branch."""
    root = tmp_path_factory.mktemp("repo")
    git(root, "init", "-q", "-b", "main")
    plan = root / "plans" / "tân châu" / "2024.yaml"
    plan.parent.mkdir(parents=True)
    plan.write_text(BASE_PLAN, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "base")
    git(root, "tag", "base")
    git(root, "checkout", "-qb", "change")
    plan.write_text(LOWERED_PLAN, encoding="utf-8")
    return root


def test_rev_in_folder_with_diacritics_reports_lowered_target(repo: Path) -> None:
    result = run_tthc("diff", "--rev", "base", "--format", "markdown", cwd=repo)
    assert result.code == 1, result.err
    assert "### `plans/tân châu/2024.yaml`" in result.out and "⚠ Hạ chỉ tiêu" in result.out


def test_rev_that_is_an_option_is_refused(repo: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("giữ nguyên", encoding="utf-8")
    result = run_tthc("diff", f"--rev=--output={victim}", cwd=repo)
    assert result.code == 2 and "Traceback" not in result.err
    assert result.err.count("\n") == 1 and "phiên bản git không hợp lệ" in result.err
    assert victim.read_text(encoding="utf-8") == "giữ nguyên"
    for rev in ("-o" + str(victim), "--no-index", "", "main\n--output=x"):
        with pytest.raises(InputError, match="phiên bản git không hợp lệ"):
            resolve_commit(rev, repo)
    assert victim.read_text(encoding="utf-8") == "giữ nguyên"


def test_rev_outside_a_repository_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(InputError, match="không nằm trong một kho git"):
        changed_plans("main")


def test_old_side_that_is_an_option_writes_nothing(repo: Path, tmp_path: Path) -> None:
    victim = tmp_path / "f"
    result = run_tthc("diff", "--", f"--output={victim}:x", "plans/tân châu/2024.yaml", cwd=repo)
    assert result.code == 2 and "phiên bản git không hợp lệ" in result.err
    assert not victim.exists()


@pytest.mark.parametrize(
    ("side", "needle"),
    [
        ("HEAD:plans", "là thư mục trong git"),
        ("base:plans/tân châu/2025.yaml", "không có tệp này"),
        ("nosuch:plans/tân châu/2024.yaml", "không tìm thấy phiên bản git 'nosuch'"),
        ("base:plans/tân châu/2024.yaml\n", "đường dẫn không hợp lệ"),
    ],
)
def test_git_side_that_is_not_a_file(repo: Path, side: str, needle: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    with pytest.raises(InputError, match=needle):
        read_side(side)
    assert read_side("base:plans/tân châu/2024.yaml") == BASE_PLAN


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symlinks need privileges on Windows")
def test_output_through_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real" / "out.yaml"
    real.parent.mkdir()
    real.write_text("cũ", encoding="utf-8")
    link = tmp_path / "out.yaml"
    link.symlink_to(real)
    result = run_tthc("new", "--level", "xa", "--year", "2025", "-o", str(link), "--force")
    assert result.code == 0, result.err
    assert link.is_symlink() and "document:" in real.read_text(encoding="utf-8")
    assert _only(real.parent) == ["out.yaml"] and _only(tmp_path) == ["out.yaml", "real"]
    dangling = tmp_path / "new.yaml"
    dangling.symlink_to(tmp_path / "real" / "created.yaml")
    atomic_write_text(dangling, "mới")
    assert dangling.is_symlink() and (real.parent / "created.yaml").read_text(encoding="utf-8") == "mới"


@pytest.mark.skipif(os.name == "nt", reason="POSIX devices and FIFOs")
def test_output_to_device_or_fifo_is_written_directly(tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    atomic_write_bytes(link, b"x")
    assert link.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    result = run_tthc("new", "--level", "xa", "--year", "2025", "-o", "/dev/stdout", "--force")
    assert result.code == 0 and "document:" in result.out, result.err
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    atomic_write_bytes(fifo, b"qua fifo")
    reader.join(5)
    assert got == [b"qua fifo"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX hard links, owners and modes")
def test_output_keeps_hard_links_mode_and_owner(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("cũ", encoding="utf-8")
    os.link(first, second)
    first.chmod(0o640)
    if os.geteuid() == 0:
        os.chown(first, 4321, 4321)
    atomic_write_text(second, "mới")
    info = first.stat()
    assert first.read_text(encoding="utf-8") == "mới" and info.st_nlink == 2
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert (info.st_uid, info.st_gid) == ((4321, 4321) if os.geteuid() == 0 else (os.getuid(), info.st_gid))
    single = tmp_path / "c.yaml"
    single.write_text("cũ", encoding="utf-8")
    single.chmod(0o604)
    if os.geteuid() == 0:
        os.chown(single, 4321, 4321)
    atomic_write_text(single, "mới")
    assert stat.S_IMODE(single.stat().st_mode) == 0o604
    assert os.geteuid() != 0 or single.stat().st_uid == 4321
    assert _only(tmp_path) == ["a.yaml", "b.yaml", "c.yaml"]


@pytest.mark.parametrize("links", [1, 2])
def test_failed_write_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: int
) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("cũ", encoding="utf-8")
    if links == 2:
        os.link(target, tmp_path / "b.yaml")

    calls: list[int] = []

    def full_disk(_fd: int) -> None:
        # with two links the staged copy succeeds and the write in place fails: the old text is put back
        calls.append(_fd)
        if len(calls) == links:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="không ghi được tệp"):
        atomic_write_text(target, "mới" * 1000)
    assert target.read_text(encoding="utf-8") == "cũ"
    assert _only(tmp_path) == ["a.yaml", "b.yaml"][:links]


@pytest.mark.skipif(os.name == "nt", reason="the stand-in for LibreOffice is a POSIX script")
def test_pdf_temp_is_unique_and_removed_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tthc_cli.render import pdf

    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    # the arguments end with: --outdir DIR FILE.docx
    fake.write_text('#!/bin/sh\nfor a; do d=$o; o=$a; done\nprintf %%PDF > "$d/$(basename "$o" .docx).pdf"\n')
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(fake))
    out = tmp_path / "out"
    out.mkdir()
    docx = out / "x.docx"
    docx.write_bytes(b"docx")
    assert pdf.convert_to_pdf(docx).read_bytes() == b"%PDF"
    (out / "x.pdf").unlink()
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "đầy")))
    with pytest.raises(OutputError):
        pdf.convert_to_pdf(docx)
    assert _only(out) == ["x.docx"]


UNFORMATTED = "id:   x\nyear:    2024\n"
FORMATTED = "id: x\nyear: 2024\n"


@pytest.mark.skipif(os.name == "nt", reason="symlinks and hard links need privileges on Windows")
def test_fmt_through_symlink_formats_the_target_and_keeps_links(tmp_path: Path) -> None:
    real = tmp_path / "kho" / "2024.yaml"
    real.parent.mkdir()
    real.write_text(UNFORMATTED, encoding="utf-8")
    real.chmod(0o640)
    other = tmp_path / "kho" / "ban-sao.yaml"
    os.link(real, other)
    link = tmp_path / "2024.yaml"
    link.symlink_to(real)
    result = run_tthc("fmt", str(link))
    assert result.code == 0, result.err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == FORMATTED
    assert other.read_text(encoding="utf-8") == FORMATTED and real.stat().st_nlink == 2
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _only(real.parent) == ["2024.yaml", "ban-sao.yaml"]


def test_fmt_refuses_a_read_only_file_unless_forced(tmp_path: Path) -> None:
    plan = tmp_path / "2024.yaml"
    plan.write_text(UNFORMATTED, encoding="utf-8")
    plan.chmod(0o444)
    runner = CliRunner()
    result = runner.invoke(app, ["fmt", str(plan)])
    assert result.exit_code == 2 and "tệp chỉ đọc" in result.stderr and "--force" in result.stderr
    assert plan.read_text(encoding="utf-8") == UNFORMATTED
    if os.name == "nt":
        return  # Windows refuses to rename over a read-only file even when asked; the refusal above is the point
    assert runner.invoke(app, ["fmt", "--force", str(plan)]).exit_code == 0
    assert plan.read_text(encoding="utf-8") == FORMATTED and stat.S_IMODE(plan.stat().st_mode) == 0o444


def test_fmt_refuses_when_the_file_changes_while_it_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tthc_cli.review import fmt as fmt_module

    plan = tmp_path / "2024.yaml"
    plan.write_text(UNFORMATTED, encoding="utf-8")
    edited = UNFORMATTED + "locality: xã An Tức\n"
    real_format = fmt_module.format_text

    def format_while_user_saves(text: str, **kwargs: object) -> str:
        plan.write_text(edited, encoding="utf-8")  # the editor saves during the run
        return real_format(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt_module, "format_text", format_while_user_saves)
    result = CliRunner().invoke(app, ["fmt", str(plan)])
    assert result.exit_code == 2 and "đã bị sửa trong lúc định dạng" in result.output
    assert plan.read_text(encoding="utf-8") == edited and _only(tmp_path) == ["2024.yaml"]


HOSTILE = (
    "Phòng\x1b[2J\x1b]0;tiêu đề\x07 <img src=https://e.example/x> [x](javascript:alert(1)) a|b \u202eexe.gpj\x9b"
    " @octocat www.e.example"
)
"""Escape sequences (clear screen, set title, BEL, C1 CSI), HTML, a javascript link, a pipe, a bidi override, a
mention that would notify someone and a bare address that GitHub would make a link."""
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _safe_terminal(text: str) -> None:
    assert not any(c in text for c in RAW), repr(text)
    assert "\\x1b[2J" in text and "<U+202E>" in text


def _safe_markdown(text: str) -> None:
    assert not any(c in text for c in RAW), repr(text)
    # each markup character from the input is preceded by a backslash, so it is shown, not obeyed
    assert not re.search(r"(?<!\\)(<img|\]\(javascript:|\|b)", text), text
    assert "\\<img" in text and "\\[x\\](javascript:" in text and "a\\|b" in text
    assert "`@octocat`" in text and "`www.e.example`" in text and not re.search(r"(?<!`)(@octocat|www\.)", text)


def _quoted(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (YAML allows control characters only as escapes)."""
    return '"' + text.replace("\\", "\\\\").encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def _hostile_plan(folder: Path) -> Path:
    (folder / "units.yaml").write_text((DATA / "core" / "units.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    text = (DATA / "core" / "plan.yaml").read_text(encoding="utf-8")
    plan = folder / "plan.yaml"
    plan.write_text(text.replace("lead: Văn phòng HĐND và UBND huyện", f"lead: {_quoted(HOSTILE)}", 1), "utf-8")
    return plan


def test_escape_functions_show_what_they_hide() -> None:
    assert visible("a\x1b[31mb\tc\u202ed\x85") == "a\\x1b[31mb\tc<U+202E>d\\x85"
    assert visible("một\nhai") == "một\\x0ahai" and visible("một\nhai", keep_newlines=True) == "một\nhai"
    assert strip_controls("a\x1b\x85\u2066b\tc\nd") == "ab\tc\nd"
    assert markdown_text("# Tiêu đề", line_start=True) == "\\# Tiêu đề" and markdown_text("HĐND&UBND") == "HĐND&UBND"
    assert markdown_text("&lt;b&gt;") == "\\&lt;b\\&gt;" and markdown_text("1. Một", line_start=True) == "1\\. Một"
    assert markdown_code("a`b") == "`` a`b ``" and markdown_code("x|y") == "`x\\|y`"
    assert markdown_text("(https://e.example/a_b), @org/nhom và thư ai@e.vn") == (
        "(`https://e.example/a_b`), `@org/nhom` và thư `ai@e.vn`"
    )
    assert markdown_text("ngày 1@2, HĐND@UBND") == "ngày 1@2, HĐND@UBND"  # not a mention: a word before the @


def test_validate_text_and_github_formats_show_input_safely(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path)
    text = run_tthc("validate", "--no-cache", str(plan))
    assert text.code == 1 and "[TT201" in text.out
    _safe_terminal(text.out)
    summary = tmp_path / "summary.md"
    github = run_tthc("validate", "--no-cache", "-f", "github", str(plan), env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert github.code == 1 and github.out.startswith("::error file=")
    assert all(line.startswith("::") or line.endswith("tệp.") for line in github.out.splitlines())
    _safe_terminal(github.out)
    _safe_markdown(summary.read_text(encoding="utf-8"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "summary.md", "units.yaml"]


def test_diff_text_and_markdown_show_input_safely(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text((DATA / "core" / "plan.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    new = _hostile_plan(tmp_path)
    text = CliRunner().invoke(app, ["diff", "--no-color", str(old), str(new)])
    assert text.exit_code == 1
    _safe_terminal(text.stdout)
    markdown = CliRunner().invoke(app, ["diff", "-f", "markdown", str(old), str(new)])
    assert markdown.exit_code == 1
    _safe_markdown(markdown.stdout)


def test_error_line_shows_input_safely(tmp_path: Path) -> None:
    result = run_tthc("diff", "nosuch\x1b[2J:plans/x.yaml", str(tmp_path / "x.yaml"), cwd=tmp_path)
    assert result.code == 2 and result.err.count("\n") == 1
    assert "\x1b" not in result.err and "\\x1b[2J" in result.err


def _score_inputs(folder: Path) -> tuple[Path, Path]:
    root = Path(__file__).resolve().parent.parent
    units = folder / "units.yaml"
    units.write_text(f"schema_version: 1\nunits:\n  - {{id: u, name: {_quoted(HOSTILE)}, kind: xa}}\n", "utf-8")
    plan = (root / "examples/lap-vo/plan.yaml").read_text("utf-8").replace("units: units.yaml", f"units: {units}")
    (folder / "plan.yaml").write_text(plan, "utf-8")
    counts = folder / "c.csv"
    counts.write_text(f'unit,received_new,received_online\nu,10,4\n"{HOSTILE}",3,1\n', "utf-8")
    return folder / "plan.yaml", counts


def test_score_table_markdown_and_xlsx_show_input_safely(tmp_path: Path) -> None:
    plan, counts = _score_inputs(tmp_path)
    runner = CliRunner(env={"COLUMNS": "200"})
    args = ["score", "--counts", str(counts), "--plan", str(plan)]
    table = runner.invoke(app, args, catch_exceptions=False)
    assert table.exit_code == 1 and "[TT807]" in table.stdout  # the cell names unit u twice
    _safe_terminal(table.stdout)
    _safe_markdown(runner.invoke(app, [*args, "-f", "markdown"], catch_exceptions=False).stdout)
    book = tmp_path / "kq.xlsx"
    assert runner.invoke(app, [*args, "-f", "xlsx", "-o", str(book)], catch_exceptions=False).exit_code == 1
    from openpyxl import load_workbook

    cells = [str(c.value) for ws in load_workbook(book) for row in ws.iter_rows() for c in row if c.value]
    assert any("\\x1b[2J" in c for c in cells) and not any(ch in c for c in cells for ch in RAW)


def test_counts_warning_shows_unit_names_safely(tmp_path: Path) -> None:
    records = tmp_path / "hoso.csv"
    head = (DATA / "records" / "hoso.csv").read_text(encoding="utf-8").splitlines()[:2]
    records.write_text("\n".join([*head, head[1].replace("A1,UBND xã An Hảo", f'A9,"{HOSTILE}"')]) + "\n", "utf-8")
    units = tmp_path / "units.yaml"
    units.write_text("schema_version: 1\nunits:\n  - {id: an-hao, name: UBND xã An Hảo, kind: xa}\n", encoding="utf-8")
    result = run_tthc("counts", "--records", str(records), "--period", "2024-03", "--units", str(units))
    assert result.code == 0, result.err
    _safe_terminal(result.err)
    _safe_terminal(result.out)


def test_docx_text_drops_controls() -> None:
    from tthc_cli.render.xmltext import clean

    assert clean("xã\x1b[2J An\u202e Tức\x85\x00") == "xã[2J An Tức"


def test_json_outputs_keep_values_but_escape_controls(tmp_path: Path) -> None:
    plan = _hostile_plan(tmp_path)
    for fmt in ("json", "sarif"):
        result = CliRunner().invoke(app, ["validate", "--no-cache", "-f", fmt, str(plan)])
        assert result.exit_code == 1 and not any(c in result.stdout for c in RAW)
        assert "Phòng\x1b[2J" in "".join(_strings(json.loads(result.stdout)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [s for v in items for s in _strings(v)]


def test_coloured_terminal_output_shows_input_safely() -> None:
    from rich.text import Text

    from tthc_cli.findings import Diagnostic, Report, Severity
    from tthc_cli.report.lint_text import write_text
    from tthc_cli.review.diff_report import to_rich
    from tthc_cli.review.semantic import diff_texts

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    found = Diagnostic("TT201", "ref.unknown-unit", Severity.ERROR, f"đơn vị '{HOSTILE}' [bold]", "p.yaml", 1, 1)
    out = Terminal()
    write_text(Report(diagnostics=[found], files=["p.yaml"], failures=[HOSTILE]), out)
    shown = re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue())  # rich's own colours are the only sequences left
    _safe_terminal(shown)
    assert "[bold]" in shown
    new = re.sub(r"content: Thực hiện chỉ đạo.*", lambda _m: f"content: {_quoted(HOSTILE)}", BASE_PLAN, count=1)
    lines = to_rich([diff_texts(BASE_PLAN, new, "a", "b")])
    assert all(isinstance(line, Text) for line in lines)
    _safe_terminal("\n".join(line.plain for line in lines))
