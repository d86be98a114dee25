"""Erasing for good, from the « Élèves » menu: one pupil (RGPD), the erasures finished in the
backups, and the year end (a verified archive, then every pupil erased).

Each asks twice where it matters, then works on the worker thread while the session is busy;
no Ctrl+Z brings a name back, so the runner forgets the undo history and every page reads the
carnet as it is now.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from progression import paths
from progression.privacy import Cleanup
from progression.service import CarnetService
from ui.carnet_dialogs import ConfirmDialog, InfoDialog, PurgeDialog
from ui.runner import ErrorDialog
from ui.session import CarnetSession
from ui.tasks import error_text, run_in_background


class Erasure(QObject):
    def __init__(self, session: CarnetSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window

    def erase_pupil(self, shown: str | None = None) -> None:
        """Erase one pupil for good (RGPD): two questions, then the core's purge in the worker.
        ``shown``: the pupil on screen, offered first."""
        from progression import privacy

        service = self.session.service
        if service is None or not self.session.writable:
            return
        pupils = service.pupils()
        if not pupils:
            InfoDialog.show(self.tr("Ce carnet ne contient aucun élève."), self.window)
            return
        request = PurgeDialog.ask(self.window, pupils, shown)
        if request is None or not PurgeDialog.confirm(self.window, request):
            return
        path = service.carnet.path

        def work(target: CarnetService) -> tuple[bool, Cleanup | None]:
            report = privacy.purge_pupil(target, request.pupil_id)  # also forgets the undo history
            # Earlier erasures done without their backups are completed at the same time.
            return report.wal_cleared, privacy.complete_erasure(path) if request.scrub_backups else None

        def done(result: tuple[bool, Cleanup | None]) -> None:
            wal_cleared, cleanup = result
            lines = [self.tr("{name} a été effacé(e) définitivement du carnet.").format(name=request.name)]
            if cleanup is not None:
                lines += self._cleanup_lines(cleanup)
            else:
                lines.append(self.tr("Les sauvegardes faites avant l'effacement contiennent encore ses données "
                                     "jusqu'à leur suppression automatique, ou jusqu'à ce que vous choisissiez "
                                     "Élèves › Terminer les effacements dans les sauvegardes."))
            if not wal_cleared:
                lines.append(self.tr("Un autre programme lit ce carnet : les dernières traces seront effacées quand "
                                     "il le fermera."))
            InfoDialog.show("\n".join(lines), self.window)
            if cleanup is not None:
                self._offer_to_delete(cleanup.leftovers)

        self.session.run_detached(work, done, self.tr("Effacement de {name}…").format(name=request.name))

    def complete_erasures(self) -> None:
        """Erasures made without the backups, finished now: every pupil ever erased from this carnet
        goes from its backups and from the files set aside beside it (``purge-pupil --backups``)."""
        from progression import privacy

        service = self.session.service
        if service is None or self.session.busy:
            return
        path = service.carnet.path

        def done(cleanup: Cleanup) -> None:
            if not cleanup.pupils:
                InfoDialog.show(self.tr("Aucun élève n'a été effacé de ce carnet : il n'y a rien à nettoyer."),
                                self.window)
                return
            InfoDialog.show("\n".join(self._cleanup_lines(cleanup)), self.window)
            self._offer_to_delete(cleanup.leftovers)

        run_in_background(lambda: privacy.complete_erasure(path), done, label=self.tr("Nettoyage des sauvegardes…"),
                          parent=self.window, synchronous=self.session.synchronous)

    def _cleanup_lines(self, cleanup: Cleanup) -> list[str]:
        lines = [self.tr("Sauvegardes automatiques nettoyées : {count}.").format(count=len(cleanup.backups))]
        if cleanup.set_aside:
            lines.append(self.tr("Fichiers mis de côté près du carnet nettoyés : {count}.").format(
                count=len(cleanup.set_aside)))
        return lines

    def _offer_to_delete(self, leftovers: Sequence[Path]) -> None:
        """Damaged files and set-aside journals cannot be cleaned safely: she decides whether they go."""
        from progression import privacy

        if not leftovers:
            return
        names = "\n".join(f"• {file}" for file in leftovers)
        if not ConfirmDialog.ask(
                self.window, self.tr("Supprimer les fichiers illisibles ?"),
                self.tr("Ces fichiers, endommagés ou mis de côté, peuvent encore contenir des données des élèves "
                        "effacés, et Progression ne peut pas les nettoyer sans risque :\n{names}\n\nLes supprimer "
                        "termine l'effacement ; vous ne pourrez plus les confier à un spécialiste.").format(
                    names=names),
                self.tr("Supprimer ces fichiers")):
            return
        try:
            privacy.delete_leftovers(leftovers)
        except Exception as error:
            ErrorDialog.show(error_text(error), self.window)

    def year_end(self) -> None:
        """Year end: a verified archive in a folder she chooses, then every pupil erased."""
        from progression import privacy
        from progression.backup import read_counts

        service = self.session.service
        if service is None or not self.session.writable:
            return
        self.session.save_pending()
        path = service.carnet.path
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Dossier où ranger l'archive de fin d'année"), str(path.parent))
        if not chosen:
            return
        folder = Path(chosen)
        automatic = paths.backups_root().resolve()
        if folder.resolve() == automatic or automatic in folder.resolve().parents:
            # Automatic backups are deleted at the end: an archive there would go with them.
            ErrorDialog.show(self.tr("Choisissez un autre dossier que celui des sauvegardes automatiques : elles "
                                     "sont supprimées à la fin de l'archivage."), self.window)
            return
        try:
            pupils, observations, _ = read_counts(path, immutable=False)
        except Exception as error:
            ErrorDialog.show(error_text(error), self.window)
            return
        if not PurgeDialog.confirm_year_end(self.window, folder, pupils, observations):
            return

        def done(result: object) -> None:
            assert isinstance(result, privacy.YearEndReport)
            InfoDialog.show(self.tr(
                "Archive vérifiée enregistrée ({pupils} élèves, {observations} observations) :\n{archive}\n\n"
                "Les élèves ont été effacés du carnet ; sauvegardes automatiques supprimées : {deleted}. Pour la "
                "rentrée, créez un nouveau carnet (Fichier › Nouveau carnet…).").format(
                pupils=result.pupils, observations=result.observations, archive=result.archive,
                deleted=result.backups_deleted), self.window)

        self.session.run_detached(lambda target: privacy.archive_and_purge(target, folder), done,
                                  self.tr("Archivage de fin d'année…"))
