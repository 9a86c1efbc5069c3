"""Finding a template and rendering it with docxtpl in a sandboxed, autoescaping Jinja environment.

Templates are looked up in the ``templates/`` folder of the repository (the nearest one walking up from the
plan, then from the working folder, stopping at the repository root), then among the defaults shipped in
the package. A template error is reported in one line naming the template and the tag.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from tthc_cli.errors import InputError
from tthc_cli.render.polish import polish
from tthc_cli.render.template_errors import TAG, Spot, spots, structural_errors, translate, where_is
from tthc_cli.render.vnformat import FILTERS

RUNTIME_ERRORS: tuple[type[Exception], ...] = (RecursionError, ArithmeticError, TypeError, ValueError, LookupError)
"""What a template's own code can raise while rendering (1/0, a recursive macro, ``include`` without a
loader, ``[][1]``): reported in one line like Jinja's own errors, never as a traceback."""

_XML_TAG = re.compile(r"<[^>]+>")


def find_template(name: str, near: Path | None = None, template_dir: Path | None = None) -> Path:
    """The template file ``name``: in ``template_dir`` if given, else the repository's ``templates/``,
    else the packaged default."""
    if template_dir is not None:
        path = template_dir / name
        if not path.is_file():
            raise InputError(f"{path}: không tìm thấy mẫu văn bản")
        return path
    starts = [p.resolve() for p in (near, Path.cwd()) if p is not None]
    for start in starts:
        folder = start if start.is_dir() else start.parent
        for candidate_dir in [folder, *folder.parents]:
            candidate = candidate_dir / "templates" / name
            if candidate.is_file():
                return candidate
            if (candidate_dir / ".git").exists():
                break
    packaged = resources.files("tthc_cli") / "templates" / name
    if not packaged.is_file():
        raise InputError(f"không tìm thấy mẫu văn bản '{name}' (kể cả mẫu mặc định)")
    return Path(str(packaged))


def make_env(missing: list[str] | None = None) -> Any:
    """The sandboxed, autoescaping, bounded Jinja environment (:mod:`tthc_cli.render.sandbox`). An undefined
    name is an error;
    when ``missing`` is given, each one used is recorded there (with the tag that names it) and the render
    goes on, so that all of them are reported at once."""
    from jinja2 import ChainableUndefined, StrictUndefined

    from tthc_cli.render.sandbox import bounded_env

    undefined: Any = StrictUndefined
    if missing is not None:
        seen = missing

        class Recording(ChainableUndefined):
            """Prints as nothing, iterates as empty, and remembers its name."""

            def _record(self) -> None:
                name = self._undefined_name or "?"
                if name not in seen:
                    seen.append(name)

            def __str__(self) -> str:
                self._record()
                return ""

            def __html__(self) -> str:
                return self.__str__()

            def __iter__(self) -> Any:
                self._record()
                return iter(())

            def __bool__(self) -> bool:
                self._record()
                return False

            def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
                self._record()
                return super()._fail_with_undefined_error(*args, **kwargs)

        undefined = Recording
    return bounded_env(FILTERS, undefined)


def template_text(tpl: Any) -> str:
    """The patched XML of a template's body, headers and footers, as docxtpl hands it to Jinja."""
    from docx.oxml import parse_xml

    docx = tpl.get_docx()
    xml = tpl.patch_xml(tpl.xml_to_string(docx.element.body))
    for rel in docx.part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI) and not rel.is_external:
            xml += tpl.patch_xml(tpl.xml_to_string(parse_xml(rel.target_part.blob)))
    return str(xml)


def tag_at_line(xml: str, lineno: int | None) -> str | None:
    """The first template tag on (or just before) ``lineno`` of the Jinja source docxtpl rendered."""
    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()
    if not lineno:
        return None
    for i in range(min(lineno, len(lines)) - 1, max(lineno - 4, 0) - 1, -1):
        tags = TAG.findall(_XML_TAG.sub("", lines[i]))
        if tags:
            return str(tags[0])
    text = _XML_TAG.sub("", lines[lineno - 1]) if 0 < lineno <= len(lines) else ""
    return text.strip()[:60] or None


def tag_naming(xml: str, name: str) -> str | None:
    """The first tag of the template that mentions ``name`` (for errors that carry no line)."""
    for tag in TAG.findall(_XML_TAG.sub("", xml)):
        if re.search(rf"\b{re.escape(name)}\b", tag):
            return str(tag)
    return None


def _at(spots: list[Spot], tag: str | None) -> str:
    where = where_is(spots, tag)
    return f"{where}, thẻ {tag}" if where else f"thẻ {tag or '?'}"


def unknown_names_error(template: Path, tpl: Any, names: list[str]) -> InputError:
    """One line naming every variable the template uses that tthc does not provide, with its tag and place."""
    xml = _safe_text(tpl)
    spots = template_spots(tpl)
    parts = [f"'{name}' ({_at(spots, tag_naming(xml, name))})" for name in names]
    return InputError(f"mẫu {template}: dùng biến tthc không cung cấp: {'; '.join(parts)}")


def _safe_text(tpl: Any) -> str:
    try:
        return template_text(tpl)
    except Exception:
        return ""


def describe_error(template: Path, tpl: Any, exc: Exception) -> InputError:
    """A one-line Vietnamese error naming the template, the place and the tag, for anything Jinja or the
    XML parser raised."""
    from jinja2 import TemplateRuntimeError, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError
    from lxml.etree import XMLSyntaxError

    from tthc_cli.render.sandbox import TemplateLimitError

    where = f"mẫu {template}"
    xml = _safe_text(tpl)
    spots = template_spots(tpl)
    if isinstance(exc, TemplateSyntaxError):
        problems = structural_errors(spots)
        if problems and "end of template" in (exc.message or ""):
            return InputError(f"{where}: {problems[0]}")
        tag = tag_at_line(xml, exc.lineno)
        return InputError(f"{where}: lỗi cú pháp ở {_at(spots, tag)}: {translate(exc.message or '')}")
    if isinstance(exc, UndefinedError):
        m = re.search(r"'([^']+)' (?:is undefined|has no attribute '([^']+)')|attribute '([^']+)'", str(exc))
        name = next((g for g in (m.groups() if m else ()) if g and "object" not in g), None)
        tag = tag_naming(xml, name) if name else None
        return InputError(f"{where}: {_at(spots, tag)} dùng biến không có ({name or translate(str(exc))})")
    if isinstance(exc, TemplateLimitError):  # before SecurityError, its base: a limit is not a breach
        return InputError(f"{where}: {exc}")
    if isinstance(exc, SecurityError):
        return InputError(f"{where}: thẻ bị chặn vì không an toàn ({exc})")
    if isinstance(exc, TemplateRuntimeError):
        m = re.search(r"'([^']+)'", str(exc))
        tag = tag_naming(xml, m.group(1)) if m else None
        return InputError(f"{where}: {_at(spots, tag)}: {translate(str(exc))}")
    if isinstance(exc, RecursionError):
        return InputError(f"{where}: macro gọi lại chính nó quá sâu")
    if isinstance(exc, TypeError) and "no loader" in str(exc):
        return InputError(f"{where}: mẫu không được dùng include, import hay extends (mỗi mẫu là một tệp riêng)")
    if isinstance(exc, ZeroDivisionError):
        return InputError(f"{where}: một thẻ chia cho 0")
    if isinstance(exc, XMLSyntaxError):
        return InputError(
            f"{where}: mẫu tạo ra văn bản hỏng ({exc.msg}); kiểm tra các thẻ {{%p …%}}, {{%tr …%}} "
            "có mở và đóng trong cùng một đoạn, một bảng (chạy tthc templates check)"
        )
    return InputError(f"{where}: không dùng được mẫu ({type(exc).__name__}: {translate(str(exc))})")


def template_spots(tpl: Any) -> list[Spot]:
    """The template's paragraphs with their places (empty when the template cannot be read)."""
    try:
        return spots(tpl)
    except Exception:
        return []


def render_docx(
    template: Path,
    context: dict[str, Any] | Callable[[Any], dict[str, Any]],
    finish: Callable[[Any], None] | None = None,
) -> bytes:
    """Render ``template`` with ``context`` (or a function of the DocxTemplate returning it, for inline
    images) and return the .docx bytes; ``finish`` may adjust the python-docx document afterwards, then
    :func:`~tthc_cli.render.polish.polish` holds the signature together and puts the XML in order."""
    from jinja2 import TemplateError
    from lxml.etree import XMLSyntaxError

    tpl = _strict_template(template)
    problems = structural_errors(template_spots(tpl))
    if problems:
        raise InputError(f"mẫu {template}: {problems[0]}")
    missing: list[str] = []
    ctx = context(tpl) if callable(context) else context
    try:
        tpl.render(ctx, jinja_env=make_env(missing), autoescape=True)
    except (TemplateError, XMLSyntaxError, *RUNTIME_ERRORS) as exc:
        raise describe_error(template, _strict_template(template), exc) from None
    if missing:
        raise unknown_names_error(template, _strict_template(template), missing)
    if finish is not None:
        finish(tpl.docx)
    polish(tpl.docx)
    out = io.BytesIO()
    try:
        tpl.save(out)
    except (TemplateError, XMLSyntaxError) as exc:
        raise describe_error(template, _strict_template(template), exc) from None
    return out.getvalue()


def _strict_template(path: Path) -> Any:
    """A DocxTemplate that refuses, instead of silently repairing, XML broken by a template."""
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate
    from lxml import etree

    class StrictTemplate(DocxTemplate):  # type: ignore[misc]
        def fix_tables(self, xml: str) -> Any:
            etree.fromstring(xml)
            return super().fix_tables(xml)

    try:
        tpl = StrictTemplate(str(path))
        tpl.get_docx()
    except (PackageNotFoundError, BadZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"mẫu {path}: không phải tệp .docx hợp lệ ({type(exc).__name__})") from None
    return tpl
