"""Start the app on a carnet until its grid is interactive, then quit: what the benchmark times.

    python -m ui.bench_start CARNET

Measures the teacher's cold start as a whole process (interpreter, imports, opening checks,
first paint of the grid with its data) and, for the district-size carnet, the memory the open
app needs. Leaves no trace in the teacher's settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


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
        window = MainWindow(store, remember=False, synchronous=True)
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
        window.close_carnet(show_welcome=False)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
