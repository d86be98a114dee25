"""Looking after the open carnet's file, from the « Fichier » menu: a copy under another name, a
backup now, a backup put back in place, a copy's work merged in.

Each entry asks what it needs (a file, a backup, a confirmation), then works through the
session: the copy and the backup in the worker, the restore by closing and opening again, the
merge through the runner, which says it cannot be undone and tells every page what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from progression import paths
from ui.carnet_dialogs import ConfirmDialog, InfoDialog, RestoreDialog, french_datetime
from ui.runner import ErrorDialog
from ui.session import CarnetSession
from ui.tasks import error_text, run_in_background
from ui.widgets import waiting
from ui.words import merge_report_text


def copy_carnet(source: Path, target: Path) -> Path:
    """A verified copy (SQLite backup API + integrity check) under the name the teacher chose.

    The copy is written beside the target under a temporary name, checked, then renamed: a
    copy that exists is whole, and a file already there is replaced only by a good copy.
    """
    from progression.backup import make_backup

    return make_backup(source, reason="copie", target=target)


class CarnetCare(QObject):
    def __init__(self, session: CarnetSession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def _status(self, message: str, milliseconds: int = 8000) -> None:
        self.window.statusBar().showMessage(message, milliseconds)

    def save_copy(self) -> None:
        service = self.session.service
        if service is None or self.session.busy:
            return
        source = service.carnet.path
        suggestion = source.with_name(f"{source.stem} - copie{paths.CARNET_SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Sauvegarder une copie du carnet"), str(suggestion),
            self.tr("Carnets Progression (*.carnet)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix != paths.CARNET_SUFFIX:
            target = target.with_name(target.name + paths.CARNET_SUFFIX)
        if target.resolve() == source.resolve():
            ErrorDialog.show(self.tr("Choisissez un autre fichier que le carnet ouvert."), self.window)
            return
        self.session.save_pending()
        run_in_background(lambda: copy_carnet(source, target),
                          lambda done: self._status(self.tr("Copie enregistrée : {path}").format(path=done)),
                          label=self.tr("Copie du carnet…"), parent=self.window,
                          synchronous=self.session.synchronous)

    def backup_now(self) -> None:
        """A verified backup into the automatic folder, made in the worker (``progression backup``)."""
        service = self.session.service
        if service is None or self.session.busy:
            return
        self.session.save_pending()
        path = service.carnet.path

        def make() -> tuple[Path, int, int]:
            from progression.backup import automatic_backup, read_counts

            made = automatic_backup(path, "manuelle")
            pupils, observations, _ = read_counts(made)
            return made, pupils, observations

        def done(result: tuple[Path, int, int]) -> None:
            made, pupils, observations = result
            self._status(self.tr("Sauvegarde vérifiée ({pupils} élèves, {observations} observations) : {path}").format(
                pupils=pupils, observations=observations, path=made), 20_000)

        run_in_background(make, done, label=self.tr("Sauvegarde du carnet…"), parent=self.window,
                          synchronous=self.session.synchronous)

    def restore_from_backup(self) -> None:
        """Put an automatic backup back in place; the current file is set aside, never deleted."""
        from progression.backup import list_backups
        from progression.recovery import restore_backup

        if not self.session.restorable:
            return
        service = self.session.service
        assert service is not None
        self.session.save_pending()
        path = service.carnet.path
        with waiting():
            backups = list_backups(path)
        if not backups:
            InfoDialog.show(self.tr("Aucune sauvegarde automatique de « {name} » n'a encore été faite sur cet "
                                    "ordinateur.").format(name=path.name), self.window)
            return
        chosen = RestoreDialog.ask(self.window, path, backups)
        if chosen is None:
            return
        self.session.close()  # restoring takes the lock: the carnet must be closed (its closing backup is made)
        try:
            with waiting():
                aside = restore_backup(chosen, path)
        except Exception as error:
            ErrorDialog.show(error_text(error), self.window)
            self.session.open_interactive(path)  # the carnet as it was
            return
        note = self.tr("La sauvegarde du {when} a été remise en place.").format(when=french_datetime(chosen.made_at))
        if aside is not None:
            note += " " + self.tr("Le carnet d'avant est conservé dans son dossier sous « {name} ».").format(
                name=aside.name)
        note += self.session.erased_again_note(chosen.path, path)
        self.session.open_interactive(path, notes=[note])

    def merge_copy(self) -> None:
        """Bring back what a copy of this carnet (another computer, a replacement) recorded:
        what it would bring is said first; then one transaction after a backup, which no Ctrl+Z
        takes back, and every page reads what changed."""
        from progression.merge import merge_copy

        if not self.session.writable:
            return
        service, runner = self.session.service, self.session.runner
        assert service is not None and runner is not None
        self.session.save_pending()
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Choisir une copie de ce carnet"), str(service.carnet.path.parent),
            self.tr("Carnets Progression (*.carnet);;Tous les fichiers (*)"))
        if not chosen:
            return
        copy = Path(chosen)
        try:
            with waiting():
                preview = merge_copy(service, copy, dry_run=True)
        except Exception as error:
            ErrorDialog.show(error_text(error), self.window)
            return
        if not preview.changed:
            InfoDialog.show(merge_report_text(preview), self.window)
            return
        question = self.tr("Ce que la copie « {name} » apporte :").format(name=copy.name)
        if not ConfirmDialog.ask(self.window, question, merge_report_text(preview) + "\n\n" + self.tr(
                "Une sauvegarde du carnet est faite juste avant ; la fusion ne s'annule pas avec Ctrl+Z."),
                self.tr("Fusionner")):
            return
        try:
            with waiting():
                report = runner.run_irreversible(lambda target: merge_copy(target, copy))
        except Exception as error:
            ErrorDialog.show(error_text(error), self.window)
            return
        InfoDialog.show(merge_report_text(report), self.window)
