"""Reading a report file (``--report``): the YAML the officer writes, validated by :class:`ReportFile`."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from tthc_cli.errors import InputError
from tthc_cli.load.source import read_source
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.model.report import ReportFile


def load_report(path: Path) -> ReportFile:
    """The report file at ``path``; raises :class:`InputError` in one line naming the first problem."""
    loaded = load_yaml(read_source(path).text)
    if not loaded.ok or any(i.fatal for i in loaded.issues) or not isinstance(loaded.data, dict):
        raise InputError(f"{path}: tệp báo cáo không đọc được (YAML lỗi hoặc không phải một bảng khóa)")
    try:
        return ReportFile.model_validate(loaded.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(gốc)"
        raise InputError(f"{path}: tệp báo cáo có lỗi ở {where}: {first['msg']}") from None
