"""Pictures of the app's screens for the user guide and the README, made without a screen.

    python -m ui.screenshots CARNET OUTDIR

CARNET is a demo carnet (``progression demo``); OUTDIR receives the PNG files (``NAMES``).
``docs/make_images.py`` runs this after making a fresh demo class.

Nothing the teacher owns is touched: the carnet is copied into a throw-away folder, which
also serves as ``PROGRESSION_HOME`` (automatic backups, preferences) for the run; the window's
preferences go to a temporary ini file, as ``progression --screenshot`` does. Qt runs on its
offscreen platform with a 1920×1080 screen, so no window appears and pictures do not depend on
the developer's monitor. Dialogs are shown (never ``exec()``), grabbed and closed, and drawn over
the window they belong to; popups (the step picker) are drawn where they open. Dates are fixed
(a day of period 2 of the demo year) so that the same demo gives the same pictures.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from ui.main_window import MainWindow

WINDOW_SIZE = (1400, 850)
IMAGE_WIDTH = 1200  # pictures are scaled down to this width (smooth), which keeps them small
PERIOD = 2
DAY = date(2026, 11, 20)  # a school day of period 2 of the demo year (2026-2027)
ACTIVITY = "Lecture à voix haute"
PUPIL_LIST = Path(__file__).resolve().parents[1] / "tests" / "data" / "pupils" / "onde_cp1252.csv"
ONDE_CLASS = "1001"
# The restore dialog lists backups made « at » these moments of the demo year (reason, when).
BACKUPS = (
    ("fermeture", datetime(2026, 11, 28, 21, 40)),
    ("quotidienne", datetime(2026, 11, 28, 8, 12)),
    ("fermeture", datetime(2026, 11, 27, 18, 5)),
    ("quotidienne", datetime(2026, 11, 26, 8, 31)),
    ("manuelle", datetime(2026, 11, 23, 12, 2)),
    ("import", datetime(2026, 11, 16, 17, 48)),
    ("fermeture", datetime(2026, 11, 6, 17, 20)),
    ("fermeture", datetime(2026, 10, 16, 19, 3)),
)

NAMES = (
    "accueil.png",
    "assistant.png",
    "assistant-periodes.png",
    "assistant-eleves.png",
    "saisie.png",
    "saisie-choix.png",
    "eleves.png",
    "fluence.png",
    "bilans.png",
    "groupes.png",
    "referentiel.png",
    "oeuvres.png",
    "export.png",
    "import.png",
    "restauration.png",
)


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ui.screenshots", description="Images des écrans de Progression, pour le guide.")
    parser.add_argument("carnet", type=Path, help="un carnet de démonstration (progression demo)")
    parser.add_argument("outdir", type=Path, help="le dossier où écrire les images PNG")
    return parser.parse_args(list(args))


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(sys.argv[1:] if argv is None else argv)
    if not options.carnet.is_file():
        print(f"Le carnet « {options.carnet} » est introuvable.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="progression-screenshots-") as scratch, \
            private_environment(Path(scratch)):
        from PySide6.QtCore import qInstallMessageHandler

        previous = qInstallMessageHandler(_quiet_offscreen)
        try:
            return Shooter(Path(scratch), options.outdir).run(options.carnet)
        finally:
            qInstallMessageHandler(previous)


@contextlib.contextmanager
def private_environment(scratch: Path) -> Iterator[None]:
    """Offscreen Qt on a big virtual screen, and a throw-away PROGRESSION_HOME; restored afterwards.

    The platform only matters if Qt has not started yet (run as a script, it has not); the
    pictures do not depend on the screen's size, which only keeps dialogs and popups off its edges.
    """
    screens = scratch / "offscreen.json"
    screens.write_text('{"screens": [{"name": "docs", "x": 0, "y": 0, "width": 1920, "height": 1080,'
                       ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
    home = scratch / "Progression"
    home.mkdir()
    saved = {name: os.environ.get(name) for name in ("QT_QPA_PLATFORM", "PROGRESSION_HOME")}
    # Qt reads platform options after « : »; a Windows path (C:\…) would cut them short.
    os.environ["QT_QPA_PLATFORM"] = "offscreen" if ":" in str(screens) else f"offscreen:configfile={screens}"
    os.environ["PROGRESSION_HOME"] = str(home)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform reports what it cannot do (raise a window, resize to hints): noise here.
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def page_of(make: object) -> int:
    """The page a maker of ``PANELS`` builds (« Saisie » is page 0)."""
    from ui.workspace import PANELS

    return 1 + [maker for maker, _ in PANELS].index(make)  # type: ignore[arg-type]


def settle(rounds: int = 4) -> None:
    """Let layouts, deferred timers (0 ms) and painting happen."""
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def wait_until(done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until ``done()`` (work handed to the worker thread has come back)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("les écrans ne sont pas prêts : le travail en arrière-plan n'a pas abouti")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle()


class Shooter:
    """Opens the window once and walks through its screens, saving one picture each."""

    def __init__(self, scratch: Path, outdir: Path) -> None:
        from progression import paths

        self.scratch = scratch
        self.outdir = outdir
        self.home = paths.data_home()  # the throw-away folder (PROGRESSION_HOME)
        self.shown_home = shown_data_home()  # what the pictures show in its place
        self.made: list[Path] = []

    # ------------------------------------------------------------ the run

    def run(self, carnet: Path) -> int:
        from PySide6.QtCore import QSettings

        from progression.backup import make_backup
        from ui.main_window import MainWindow
        from ui.settings_store import SettingsStore
        from ui.startup import application

        application("fr")  # the guide is French, whatever PROGRESSION_LANG says
        self.outdir.mkdir(parents=True, exist_ok=True)
        copy = self.home / carnet.name
        make_backup(carnet, target=copy)  # a verified copy: the carnet given is only read
        store = SettingsStore(QSettings(str(self.scratch / "screenshots.ini"), QSettings.Format.IniFormat))
        window = MainWindow(store, remember=False, synchronous=True)
        try:
            window.resize(*WINDOW_SIZE)
            window.show_welcome()
            window.show()
            settle()
            self.save(window.grab(), "accueil.png")
            self.wizard(window)
            message = window.open_carnet(copy)
            if message is not None:
                print(message, file=sys.stderr)
                return 1
            self.prepare(window)
            self.entry(window)
            self.pupils(window)
            self.fluency(window)
            self.synthesis(window)
            self.groups(window)
            self.framework(window)
            self.works(window)
            self.export(window)
            self.pupil_import(window)
            self.restore(window)
        finally:
            window.close()
            window.deleteLater()
            settle()
        return 0

    def prepare(self, window: MainWindow) -> None:
        """Period 2, a fixed day and activity, as a teacher marking in November would have them."""
        from PySide6.QtCore import QDate

        window.period_combo.setCurrentIndex(max(0, window.period_combo.findData(PERIOD)))
        window.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
        window.activity_combo.setEditText(ACTIVITY)
        window.show()
        settle()

    # ------------------------------------------------------------ the screens

    def wizard(self, window: MainWindow) -> None:
        from ui.wizard import NewClassWizard

        wizard = NewClassWizard(window)
        page = wizard.class_page
        page.school_edit.setText("École élémentaire Jean-Jaurès, Rennes")
        page.label_edit.setText("CE1-CE2 Les Tilleuls")
        page.teacher_edit.setText("Mme Morel")
        page.year_edit.setText("2026-2027")
        for grade in ("CE1", "CE2"):
            page.grade_boxes[grade].setChecked(True)
        wizard.show()
        settle()
        page.school_edit.deselect()
        self.save(self.over(window, wizard), "assistant.png")
        wizard.next()
        settle()
        self.save(self.over(window, wizard), "assistant-periodes.png")
        wizard.next()
        pupils = wizard.pupils_page
        for row, (last, first, grade) in enumerate((("MARTIN", "Lucas", "CE1"), ("DUPONT", "Éloïse", "CE2"),
                                                    ("LEFÈVRE", "Noé", "CE1"))):
            pupils.set_pupil(row, last, first, grade)
        pupils.table.setCurrentCell(3, 0)
        settle()
        self.save(self.over(window, wizard), "assistant-eleves.png")
        wizard.reject()  # nothing is created: the carnet is made only by « Créer le carnet »
        wizard.deleteLater()
        settle()

    def entry(self, window: MainWindow) -> None:
        from PySide6.QtGui import QPainter

        window.show_page(0)
        entry = window.entry
        assert entry is not None
        model, grid = entry.model, entry.grid
        cell = next(model.index(row, column) for row in range(2, model.rowCount())
                    for column in range(1, model.columnCount()) if model.is_applicable(model.index(row, column)))
        grid.setCurrentIndex(cell)
        grid.setFocus()
        settle()
        self.save(window.grab(), "saisie.png")
        entry.open_picker(cell, True)
        settle()
        picker = entry.picker
        assert picker is not None
        rect = grid.visualRect(cell)
        where = grid.viewport().mapTo(window, rect.bottomLeft())
        shot = window.grab()
        popup = picker.grab()
        painter = QPainter(shot)
        x = min(where.x(), shot.width() - popup.width())
        y = min(where.y(), shot.height() - popup.height())
        painter.drawPixmap(x, y, popup)
        painter.end()
        self.save(shot, "saisie-choix.png")
        picker.close()  # Échap: nothing recorded
        settle()

    def pupils(self, window: MainWindow) -> None:
        from ui.pupil_panel import PupilPanel

        window.show_page(1)
        panel = window.panel(1)
        assert isinstance(panel, PupilPanel)
        service = panel.service
        fluent = {m.pupil_id for m in service.fluency()}
        pupil = next(p for p in service.pupils() if p.id in fluent and service.history(p.id))
        panel.show_pupil(pupil.id)
        settle()
        self.save(window.grab(), "eleves.png")

    def fluency(self, window: MainWindow) -> None:
        from PySide6.QtCore import QDate

        from ui.fluency_panel import FluencyPanel, SessionClock

        window.show_page(2)
        panel = window.panel(2)
        assert isinstance(panel, FluencyPanel)
        pupils = panel.service.pupils(include_left=False)
        panel.select_pupil(pupils[min(4, len(pupils) - 1)].id)
        titles = sorted(panel.text.itemText(n) for n in range(panel.text.count()))
        if titles:
            panel.text.setCurrentText(titles[0])
        panel.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
        # A reading 23 seconds in, with three errors counted: the clock is driven by hand.
        moment = [1000.0]
        panel.clock = SessionClock(now=lambda: moment[0])
        panel.start_timer()
        moment[0] += 23.2
        for _ in range(3):
            panel.add_error()
        panel.tick()
        settle()
        self.save(window.grab(), "fluence.png")
        panel.new_reading()  # stops the timer; nothing is saved
        settle()

    def synthesis(self, window: MainWindow) -> None:
        from ui.synthesis_panel import SynthesisPanel

        window.show_page(3)
        panel = window.panel(3)
        assert isinstance(panel, SynthesisPanel)
        service = panel.service
        with_note = [p for p in service.pupils_in_period(PERIOD) if service.appreciation(p.id, PERIOD)]
        if with_note:
            panel.select_pupil(with_note[min(1, len(with_note) - 1)].id)
        settle()
        self.save(window.grab(), "bilans.png")

    def groups(self, window: MainWindow) -> None:
        from ui.groups_panel import GroupsPanel
        from ui.workspace import groups_page

        page = page_of(groups_page)
        window.show_page(page)
        panel = window.panel(page)
        assert isinstance(panel, GroupsPanel)
        panel.keep()  # on the scratch copy: the page as a teacher sees it once the groups are kept
        settle()
        panel.tree.collapseAll()  # three groups open, the others by their title
        for n in range(min(3, panel.tree.topLevelItemCount())):
            group = panel.tree.topLevelItem(n)
            if group is not None:
                group.setExpanded(True)
        first = panel.tree.topLevelItem(0)
        pupil = first.child(0) if first is not None else None
        if pupil is not None:
            panel.tree.setCurrentItem(pupil)
        settle()
        self.save(window.grab(), "groupes.png")

    def framework(self, window: MainWindow) -> None:
        from ui.framework_panel import FrameworkPanel
        from ui.workspace import framework_page

        page = page_of(framework_page)
        window.show_page(page)
        panel = window.panel(page)
        assert isinstance(panel, FrameworkPanel)
        service = panel.service
        grades = set(service.grades())
        shown = [i for i in service.items() if i.kind == "objective" and grades & set(i.grades)]
        chosen = next((i for i in shown if not i.verified), shown[0] if shown else None)
        if chosen is not None:
            panel.select_key(chosen.id)
            index = panel.model.index_of(chosen.id)
            panel.tree.scrollTo(index)
        settle()
        self.save(window.grab(), "referentiel.png")

    def works(self, window: MainWindow) -> None:
        """« Œuvres lues »: a work of the period chosen, the pupils who read it ticked, one pupil's year."""
        from progression.works import class_works, readings
        from ui.works_panel import WorksPanel
        from ui.workspace import PANELS, works_page

        index = 1 + [make for make, _ in PANELS].index(works_page)  # « Saisie » comes first
        window.show_page(index)
        panel = window.panel(index)
        assert isinstance(panel, WorksPanel)
        period = panel.service.period(PERIOD)
        read = {r.work_id for r in readings(panel.service, since=period.starts_on, until=period.ends_on)}
        works = [w for w in class_works(panel.service) if w.id in read]
        if works:
            panel.select_work(works[-1].id)
        if panel.pupil_list.count():
            panel.pupil_list.setCurrentRow(min(2, panel.pupil_list.count() - 1))
        settle()
        self.save(window.grab(), "oeuvres.png")

    def export(self, window: MainWindow) -> None:
        from ui.export_dialog import PUPIL_PDF, ExportDialog

        window.show_page(0)
        assert window.service is not None
        assert window.runner is not None
        dialog = ExportDialog(window.runner, window, kind=PUPIL_PDF, period_index=PERIOD)
        self.shoot_dialog(window, dialog, "export.png")

    def pupil_import(self, window: MainWindow) -> None:
        from ui.import_dialog import PupilImportDialog

        assert window.runner is not None
        dialog = PupilImportDialog(window.runner, window, path=PUPIL_LIST)  # reads and plans; writes nothing
        wait_until(lambda: dialog.task is None or dialog.task.finished)
        dialog.choose_class(ONDE_CLASS)
        wait_until(lambda: dialog.task is None or dialog.task.finished)
        self.shoot_dialog(window, dialog, "import.png")

    def restore(self, window: MainWindow) -> None:
        from progression.backup import list_backups, make_backup
        from ui.carnet_dialogs import RestoreDialog

        assert window.service is not None
        path = window.service.carnet.path
        made = {make_backup(path, reason=reason, now=when) for reason, when in BACKUPS}
        backups = [b for b in list_backups(path) if b.path in made]
        self.shoot_dialog(window, RestoreDialog(path, backups, window), "restauration.png")

    # ------------------------------------------------------------ pictures

    def shoot_dialog(self, window: MainWindow, dialog: QWidget, name: str) -> None:
        dialog.show()
        settle()
        self.save(self.over(window, dialog), name)
        dialog.hide()
        dialog.deleteLater()
        settle()

    def over(self, window: MainWindow, dialog: QWidget) -> QPixmap:
        """The window with the dialog drawn in its middle, where it opens."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QPainter

        self.disguise_paths(dialog)
        settle()
        shot = window.grab()
        picture = dialog.grab()
        x = max(0, (shot.width() - picture.width()) // 2)
        y = max(0, (shot.height() - picture.height()) // 2)
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 40))  # dimmed a little, so the dialog stands out
        for spread, alpha in ((6, 18), (4, 28), (2, 40)):
            painter.fillRect(QRect(x - spread, y - spread + 2, picture.width() + 2 * spread,
                                   picture.height() + 2 * spread), QColor(0, 0, 0, alpha))
        painter.drawPixmap(x, y, picture)
        painter.setPen(QColor("#8A8A8A"))
        painter.drawRect(x - 1, y - 1, picture.width() + 1, picture.height() + 1)
        painter.end()
        return shot

    def disguise_paths(self, widget: QWidget) -> None:
        """Show the throw-away data folder as the user's real one, so pictures name a path that
        means something and stay the same from one run to the next."""
        from PySide6.QtWidgets import QLabel

        for label in widget.findChildren(QLabel):
            text = label.text()
            if str(self.home) in text:
                label.setText(text.replace(str(self.home), self.shown_home))

    def save(self, picture: QPixmap, name: str) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

        if picture.width() > IMAGE_WIDTH:
            picture = picture.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if picture.isNull() or not picture.save(buffer, "PNG"):
            raise OSError(f"Impossible de faire l'image « {name} ».")
        buffer.close()
        out = self.outdir / name
        out.write_bytes(smaller_png(bytes(data.data())))
        self.made.append(out)


def smaller_png(png: bytes) -> bytes:
    """The picture with a 256-colour palette (median cut, no dithering), if Pillow is there.

    Screens are flat colours and anti-aliased text: a palette keeps the steps' colours exact
    to the eye and makes files about three times smaller. Pillow comes with reportlab; without
    it the full-colour PNG is kept.
    """
    try:
        from PIL import Image
    except ImportError:
        return png
    with Image.open(io.BytesIO(png)) as image:
        quantised = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    quantised.save(out, "PNG", optimize=True)
    return out.getvalue() if out.tell() < len(png) else png


def shown_data_home() -> str:
    """The per-user data folder as it is without PROGRESSION_HOME, home folder written « ~ »."""
    from progression import paths

    real = paths.user_data_folder()
    with contextlib.suppress(ValueError):
        return str(Path("~") / real.relative_to(Path.home()))
    return str(real)


if __name__ == "__main__":
    sys.exit(main())
