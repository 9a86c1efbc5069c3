"""A repository's metrics and indicators add to the shipped ones (aliases merged) unless ``replace: true``."""

from __future__ import annotations

from pathlib import Path

from tthc_cli.load.catalogues import build_catalogue


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_aliases_merge_and_fields_given_win(tmp_path: Path) -> None:
    metrics = _write(
        tmp_path / "metrics.yaml",
        "metrics:\n  - {id: resolved_early, label: Giải quyết sớm, aliases: [Xử lý trước hạn]}\n"
        "totals: [Toàn khối]\ncolumns: {unit: [Mức độ]}\n",
    )
    cat = build_catalogue(metrics)
    early = cat.metrics["resolved_early"]
    assert early.label == "Giải quyết sớm" and early.over_time == "sum"
    assert "Trước hạn" in early.aliases and "Xử lý trước hạn" in early.aliases
    assert "toàn tỉnh" in cat.totals and "Toàn khối" in cat.totals
    assert "đơn vị" in cat.columns.unit and "Mức độ" in cat.columns.unit
    assert len(cat.checks) == len(build_catalogue().checks)


def test_replace_true_replaces_the_entry_and_the_lists(tmp_path: Path) -> None:
    metrics = _write(
        tmp_path / "metrics.yaml",
        "replace: true\nmetrics:\n  - {id: resolved_early, label: Sớm, aliases: [Xử lý trước hạn], replace: true}\n"
        "totals: [Toàn khối]\nchecks: []\n",
    )
    cat = build_catalogue(metrics)
    assert cat.metrics["resolved_early"].aliases == ["Xử lý trước hạn"]
    assert cat.totals == ("Toàn khối",) and cat.checks == ()


def test_indicator_override_keeps_fields_not_given(tmp_path: Path) -> None:
    indicators = _write(
        tmp_path / "indicators.yaml", "indicators:\n  - {key: online-dossiers, name: Trực tuyến, precision: 1}\n"
    )
    shipped = build_catalogue().indicators["online-dossiers"]
    ind = build_catalogue(None, indicators).indicators["online-dossiers"]
    assert (ind.name, ind.precision, ind.formula, ind.unit) == ("Trực tuyến", 1, shipped.formula, shipped.unit)
