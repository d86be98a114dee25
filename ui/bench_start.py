"""Start the app on a carnet until its grid is painted, then let the checks after opening finish
and quit: what the benchmark times.

    python -m ui.bench_start CARNET

Measures the teacher's cold start as a whole process (interpreter, imports, opening checks,
first paint of the grid with its data): prints ``painted <epoch seconds>`` once the grid's cells
are painted, then ``checked <epoch seconds>`` once the whole-file check and the daily backup
(run on the worker thread, as in the app) are done. Leaves no trace in the teacher's settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

CHECK_TIMEOUT = 600.0  # seconds: a district's first open of the day backs up a few hundred MB


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import load_core_first

    load_core_first()  # as the app starts (``progression_start``)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.settings_store import SettingsStore
    from ui.startup import application

    application()
    with tempfile.TemporaryDirectory() as scratch:
        store = SettingsStore(QSettings(str(Path(scratch) / "bench.ini"), QSettings.Format.IniFormat))
        window = MainWindow(store, remember=False)
        window.resize(1400, 850)
        window.show()
        message = window.open_carnet(Path(args[0]))
        if message is not None:
            print(message, file=sys.stderr)
            return 1
        QApplication.processEvents()
        entry = window.entry
        if entry is None or entry.model.rowCount() == 0:
            print("la grille est vide", file=sys.stderr)
            return 1
        entry.grid.viewport().repaint()  # the first paint of the cells with their marks
        print(f"painted {time.time():.6f}", flush=True)
        deadline = time.monotonic() + CHECK_TIMEOUT
        while window.session.checkup is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        if window.session.checkup is None:
            print("les vérifications après l'ouverture n'ont pas abouti", file=sys.stderr)
            return 1
        print(f"checked {time.time():.6f}", flush=True)
        window.close_carnet(show_welcome=False)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
