"""Aide › « Signaler un problème… »: a report file (version, system, Python and Qt, the last
errors; no pupil data: ``progression.problem_report``) saved where the teacher chooses, to send."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QFileDialog, QWidget

from progression.errors import ProgressionError
from progression.problem_report import write_report
from ui.carnet_dialogs import InfoDialog
from ui.export_dialog import EXPORT_FOLDER_KEY, remember_folder, remembered_folder
from ui.runner import ErrorDialog


class ReportFileDialog:
    """Where to save the report; tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ProblemReport", "Enregistrer le signalement"), str(suggested),
            QCoreApplication.translate("ProblemReport", "Fichiers texte (*.txt)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".txt" else path.with_name(path.name + ".txt")


def report_problem(parent: QWidget | None) -> Path | None:
    """Ask where, write the report, say what to do with it; the path written, or None."""
    suggested = remembered_folder(EXPORT_FOLDER_KEY) / f"progression-signalement-{datetime.now():%Y%m%d-%H%M}.txt"
    target = ReportFileDialog.ask(parent, suggested)
    if target is None:
        return None
    try:
        # The open carnet's pupils are masked once more (``mask_pupils_of``, set by the session).
        written = write_report(target, qt=f"{qVersion()} (PySide6 {PySide6.__version__})")
    except ProgressionError as error:
        ErrorDialog.show(str(error), parent)
        return None
    except OSError as error:
        ErrorDialog.show(QCoreApplication.translate(
            "ProblemReport", "Le signalement n'a pas pu être enregistré : {reason}.").format(
            reason=error.strerror or error), parent)
        return None
    remember_folder(EXPORT_FOLDER_KEY, written.parent)
    InfoDialog.show(QCoreApplication.translate(
        "ProblemReport", "Le signalement est enregistré dans « {path} ». Il ne contient aucune donnée d'élève : "
        "joignez-le à votre message pour décrire le problème.").format(path=written), parent)
    return written
