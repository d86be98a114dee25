"""Starting the desktop app: ``progression [CARNET] [--demo] [--screenshot PNG] [--lang fr|en|pseudo]``.

``ui.app`` hands over here when the arguments name no subcommand. The Qt application is set up
once (name, style, keyboard focus, translators), then either the window opens on screen and
opens the carnet once it shows, or ``--screenshot`` renders the window offscreen into a PNG and
exits, leaving no trace in the teacher's settings.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from progression import __version__, paths
from ui.i18n import install_translators
from ui.main_window import SCREENSHOT_SIZE, MainWindow
from ui.settings_store import ORGANISATION, SettingsStore


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="progression", description="Suivi des progrès en lecture : application de bureau.")
    parser.add_argument("carnet", nargs="?", type=Path, help="le carnet à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir la classe de démonstration")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="enregistrer une image de la fenêtre puis quitter")
    parser.add_argument("--lang", choices=("fr", "en", "pseudo"),
                        help="langue de l'interface (sinon PROGRESSION_LANG, le réglage, ou le français)")
    return parser.parse_args(list(args))


def application(language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "progression"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("Progression")
    app.setApplicationVersion(__version__)
    if not os.environ.get("QT_STYLE_OVERRIDE"):
        # Fusion everywhere: the focus frame looks the same on every system (Windows' own style
        # draws a faint dotted one, macOS none on buttons), high-DPI drawing is sharp, and the
        # screens match the user guide's pictures (made offscreen, where Fusion is the default).
        app.setStyle("Fusion")
    # Tab reaches every control, buttons included, even where the system says text fields only (macOS).
    app.styleHints().setTabFocusBehavior(Qt.TabFocusBehavior.TabFocusAllControls)
    install_translators(app, language)
    return app


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform reports what it cannot do (raise a window, resize to hints):
    # noise for a script that only wants a picture. Everything else still reaches stderr.
    if "This plugin does not support" in message:
        return
    print(message, file=sys.stderr)


def take_screenshot(carnet: Path | None, demo: bool, out: Path, language: str | None = None) -> int:
    """Render the main window (~1400×850) without a screen and save it as PNG.

    Leaves no trace in the teacher's settings; failures are one French sentence on stderr.
    """
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        application(language)
        with tempfile.TemporaryDirectory() as scratch:
            store = SettingsStore(QSettings(str(Path(scratch) / "screenshot.ini"), QSettings.Format.IniFormat))
            window = MainWindow(store, remember=False, synchronous=True)
            try:
                return _render(window, carnet, demo, out)
            finally:
                window.close()
                window.deleteLater()
    finally:
        qInstallMessageHandler(previous)


def _render(window: MainWindow, carnet: Path | None, demo: bool, out: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    message = None
    if demo:
        path = paths.demo_carnet()
        if not path.exists():
            from progression.demo import make_demo

            make_demo(path, until=date.today()).close()  # nothing dated after today
        message = window.open_carnet(path)
    elif carnet is not None:
        message = window.open_carnet(carnet)
    else:
        window.show_welcome()
    if message is not None:
        print(message, file=sys.stderr)
        return 1
    window.show()
    for _ in range(3):  # let layouts settle and the grid paint
        QApplication.processEvents()
    image = window.grab()
    with contextlib.suppress(OSError):  # saving says it clearly if the folder is missing
        out.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(out), "PNG"):
        print(QCoreApplication.translate("MainWindow", "Impossible d'écrire l'image « {path} ».").format(path=out),
              file=sys.stderr)
        return 1
    return 0


def _log_uncaught_errors() -> None:
    """An error escaping a Qt slot is printed and the app goes on; the error log keeps it too."""
    from progression.problem_report import record_error

    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        record_error(error.with_traceback(trace))
        previous(kind, error, trace)

    sys.excepthook = hook


class FinderOpens(QObject):
    """macOS hands a .carnet double-clicked in Finder to the app as an event, not as an argument
    (Windows and Linux pass it on the command line, which ``start`` opens)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            path = Path(event.file())
            if path.suffix.lower() == paths.CARNET_SUFFIX:
                # Once the event has returned: opening may ask questions in dialogs of its own.
                QTimer.singleShot(0, lambda: self.window.open_interactive(path))
                return True
        return super().eventFilter(watched, event)


def run_app(args: Sequence[str]) -> int:
    options = parse_args(args)
    if options.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return take_screenshot(options.carnet, options.demo, options.screenshot, options.lang)
    app = application(options.lang)
    _log_uncaught_errors()
    window = MainWindow()
    app.installEventFilter(FinderOpens(window))
    window.show()
    # Open once the window is on screen, so a failure dialog has a parent to sit on.
    QTimer.singleShot(0, lambda: window.start(options.carnet, options.demo))
    return app.exec()
