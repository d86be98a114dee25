"""Fichier › Synchroniser avec le serveur de l'école…, and the status line that says when the
carnet last synced and how many changes wait to go.

The address is remembered by the carnet (never a password); the password, when the server wants
one, is asked in the same dialog and forgotten after the sync. The sync itself is the core's
(``progression.server.sync``): its server side runs on the worker thread, recording goes on
meanwhile; what comes back is merged like a copy, so it goes through the runner as a change no
Ctrl+Z takes back, and every page reads what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ui.carnet_dialogs import InfoDialog
from ui.runner import ErrorDialog
from ui.session import CarnetSession
from ui.tasks import error_text, run_in_background
from ui.widgets import waiting

if TYPE_CHECKING:
    from progression.server.sync import Exchange
    from progression.service import CarnetService


class SyncDialog(QDialog):
    """The server's address (filled with the last one) and, if it asks for one, the password."""

    def __init__(self, parent: QWidget | None, address: str, with_password: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchroniser avec le serveur de l'école"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ce que ce carnet a enregistré part vers le serveur ; ce que vos collègues "
                                    "ont enregistré pour cette classe arrive.")))
        form = QFormLayout()
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("postgresql://identifiant@serveur/ecole")
        form.addRow(self.tr("Adresse du serveur"), self.address)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setVisible(with_password)
        if with_password:
            form.addRow(self.tr("Mot de passe (jamais enregistré)"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Synchroniser"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, address: str, with_password: bool) -> tuple[str, str | None] | None:
        dialog = cls(parent, address, with_password)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.address.text().strip():
            return None
        return dialog.address.text().strip(), dialog.password.text() if with_password else None


REFRESH_AFTER_MS = 1500


class ServerSync(QObject):
    def __init__(self, session: CarnetSession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        window.statusBar().addPermanentWidget(self.status)
        # Counting what waits reads the whole carnet: once typing pauses, never on the key press itself.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_AFTER_MS)
        self._later.timeout.connect(self.refresh)
        self.running = False  # a sync's server side is under way on the worker thread
        session.opened.connect(self._opened)
        session.closed.connect(self.refresh)

    def _opened(self) -> None:
        """The status follows the changes recorded (each opening makes a new runner)."""
        if self.session.runner is not None:
            self.session.runner.changed.connect(lambda _changes: self._later.start())
        self.refresh()

    def refresh(self) -> None:
        """« Synchronisé le … · n modifications à envoyer », only for a carnet that has synced once."""
        self._later.stop()
        from progression.server.status import sync_status

        service = self.session.service
        if self.running:
            return  # « Synchronisation en cours… » stays until it ends
        if service is None or self.session.busy:
            self.status.setText("")
            return
        try:
            status = sync_status(service)
        except Exception:  # a status line never interrupts the teacher; the next change refreshes it
            self.status.setText("")
            return
        if status.last is None:
            self.status.setText("")
            return
        when = status.last.astimezone().strftime("%d/%m/%Y %H:%M")
        waiting_line = (self.tr("rien à envoyer") if status.pending == 0 else
                        self.tr("{n} modification(s) à envoyer").format(n=status.pending))
        self.status.setText(self.tr("Synchronisé le {when} · {waiting}").format(when=when, waiting=waiting_line))

    def sync(self) -> None:
        """Fichier › Synchroniser: the server's side runs off the GUI thread, so the teacher goes on
        recording while the network works; only merging what came back holds the carnet a moment."""
        from progression.server.status import sync_status

        service = self.session.service
        if not self.session.writable or self.running or service is None:
            return
        self.session.save_pending()
        self._ask(service, sync_status(service).address or "", with_password=False)

    def _ask(self, service: CarnetService, address: str, with_password: bool) -> None:
        from progression.server.connection import PasswordNeeded
        from progression.server.sync import exchange

        answer = SyncDialog.ask(self.window, address, with_password)
        if answer is None:
            return
        url, password = answer

        def work() -> Exchange | None:
            try:
                return exchange(service, url, password)
            except PasswordNeeded:
                return None  # asked again, with the password field this time

        self.running = True
        self.status.setText(self.tr("Synchronisation en cours…"))
        run_in_background(work, lambda done: self._exchanged(service, url, done), on_error=self._failed,
                          label=self.tr("Synchronisation avec le serveur de l'école…"), parent=self.window,
                          synchronous=self.session.synchronous, quiet=True)

    def _failed(self, message: str) -> None:
        self.running = False
        ErrorDialog.show(message, self.window)
        self.refresh()

    def _exchanged(self, service: CarnetService, url: str, done: Exchange | None) -> None:
        from progression.server.sync import take_in

        self.running = False
        runner = self.session.runner
        if service is not self.session.service or runner is None or not self.session.writable:
            # Closed or busy meanwhile: the server has committed, the mark has not moved; the next
            # sync takes in what it holds.
            self.refresh()
            return
        if done is None:
            self._ask(service, url, with_password=True)
            return
        try:
            if done.brings_rows:
                with waiting():
                    result = runner.run_irreversible(lambda target: take_in(target, done))
            else:
                result = take_in(service, done)  # only the mark moves: no page has anything to reread
        except Exception as error:
            self._failed(error_text(error))
            return
        lines = [self.tr("Synchronisé : {sent} ligne(s) envoyée(s), {received} reçue(s).").format(
            sent=result.sent, received=result.received), *result.lines]
        self.window.statusBar().showMessage(lines[0], 8000)
        if result.lines:
            InfoDialog.show("\n".join(lines), self.window)
        self.refresh()
