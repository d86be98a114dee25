"""The benchmark script runs end to end on its smallest data (figures are checked by reading,
not here: timing assertions in a test would only measure the machine)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_runs_on_the_smallest_size(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "benchmarks" / "bench.py"),
            "--quick",
            "--sizes",
            "class",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PROGRESSION_HOME": str(tmp_path / "home")},
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    for name in (
        "open_grid_class",
        "period_synthesis_class",
        "record_observation_p50_class",
        "grid_key_to_commit_p50_class",
        "export_pupil_pdf_demo",
        "export_xlsx_demo",
        "import_onde_35",
        "import_observations_10000",
        "cold_start_first_of_day_class",
        "cold_start_class",
        "cli_info_class",
        "cli_synthesis_class",
        "cli_export_csv_class",
        "cli_check_class",
        "merge_10pc_class",
    ):
        assert name in figures, name
        assert figures[name]["value"] > 0 and figures[name]["floor"] > 0 and figures[name]["ratio"] > 0
        assert figures[name]["unit"] == "s"
    assert figures["peak_rss_merge_class"]["value"] > 0 and figures["peak_rss_merge_class"]["unit"] == "MB"
