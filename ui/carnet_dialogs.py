"""The questions Progression asks about the carnet file itself: someone else has it open, it
is damaged, which backup to put back, which pupil to erase for good, the year-end archive.

Each dialog only asks; the window does what was chosen with the core's functions. Every
question goes through a classmethod (``LockDialog.ask``, ``DamagedDialog.ask``…) so the
tests can answer it, as ``ErrorDialog.show`` is replaced for errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from progression import lock as carnet_lock
from progression.backup import BackupInfo, occasion
from progression.lock import LockInfo
from progression.recovery import Loss, what_would_be_lost
from progression.views import PupilView
from ui.widgets import named
from ui.words import said, voice

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def french_datetime(when: datetime) -> str:
    """« samedi 28 novembre 2026 à 21:40 » (« 1er » on the first of the month)."""
    day = QDate(when.year, when.month, when.day)
    number = "1er" if when.day == 1 else str(when.day)
    return QCoreApplication.translate("CarnetDialogs", "{weekday} {day} {month} {year} à {time}").format(
        weekday=FRENCH.dayName(day.dayOfWeek()), day=number, month=FRENCH.monthName(when.month),
        year=when.year, time=when.strftime("%H:%M"))


# ---------------------------------------------------------------- who holds the carnet


@dataclass(frozen=True)
class LockState:
    """What the lock file says, as the lock dialog needs it."""

    holder: LockInfo | None  # None: the lock file could not be read (being written) or SQLite's own lock
    here: bool  # held on this computer (another window of Progression)
    can_take_over: bool  # ``open(force=True)`` would be accepted by the lock policy


def lock_state(path: Path, now: datetime | None = None) -> LockState:
    """Read the lock beside ``path``.

    The rule mirrors ``CarnetLock._take_over_if_stale`` (a lock from another computer that has
    shown no sign of life for ``REMOTE_STALE_AFTER``); it belongs in ``progression.lock`` as a
    public function, and the core still refuses a forced opening it does not allow.
    """
    holder = carnet_lock.read_lock(path)
    if holder is None:
        return LockState(None, False, False)
    if carnet_lock._same_host(holder):
        return LockState(holder, True, False)  # a dead process here is taken over without asking
    quiet = (now or datetime.now()) - carnet_lock._last_sign_of_life(carnet_lock.lock_path(path), holder)
    return LockState(holder, False, quiet >= carnet_lock.REMOTE_STALE_AFTER)


# ---------------------------------------------------------------- a message with chosen buttons


class _Question(QDialog):
    """Icon, bold title, plain text, then the buttons: each button closes with its choice."""

    def __init__(self, title: str, heading: str, text: str, icon: QStyle.StandardPixmap,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.choice = ""
        em = self.fontMetrics().horizontalAdvance("M")
        size = self.fontMetrics().height() * 2
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(heading)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.text = named(QLabel(text), "questionText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout()
        self.body.setSpacing(self.fontMetrics().height() // 2)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.text)
        top = QHBoxLayout()
        top.setSpacing(em)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self.body, 1)
        self.buttons = QDialogButtonBox()
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height())
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        # A readable measure: long sentences wrap at about 60 characters.
        self.setMinimumWidth(em * 46)
        self.text.setMinimumWidth(em * 38)

    def add_choice(self, text: str, choice: str, role: QDialogButtonBox.ButtonRole,
                   *, default: bool = False) -> QPushButton:
        button = self.buttons.addButton(text, role)
        assert button is not None
        button.setObjectName(f"choice_{choice}")
        button.clicked.connect(lambda: self._choose(choice))
        if default:
            button.setDefault(True)
            button.setFocus()
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def run(self) -> str:
        self.exec()
        return self.choice


# ---------------------------------------------------------------- the carnet is open elsewhere


class LockDialog(_Question):
    READ_ONLY = "read_only"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"

    def __init__(self, path: Path, message: str, state: LockState, parent: QWidget | None = None) -> None:
        holder = state.holder
        if holder is None:
            heading = self.tr("Ce carnet est occupé")
            text = message
        else:
            where = self.tr("sur cet ordinateur") if state.here else self.tr("sur l'ordinateur « {host} »").format(
                host=holder.host.replace(" ", "\u00a0"))
            heading = self.tr("Ce carnet est déjà ouvert par {user} {where} depuis {since}.").format(
                user=holder.user, where=where, since=said(holder.describe_since()))
            if state.here:
                text = self.tr("Il est sans doute ouvert dans une autre fenêtre de Progression : fermez-la, puis "
                               "rouvrez-le ici.")
            else:
                text = self.tr("Fermez-le sur cet ordinateur-là avant de l'ouvrir ici : un carnet ne s'ouvre pour "
                               "écrire qu'à un endroit à la fois.")
            if state.can_take_over:
                hours = int(carnet_lock.REMOTE_STALE_AFTER.total_seconds() // 3600)
                text += " " + self.tr(
                    "Il n'y a pas servi depuis plus de {hours} heures : si Progression y a été mal fermé "
                    "(ordinateur éteint, clé retirée), vous pouvez prendre la main.").format(hours=hours)
        text += "\n\n" + self.tr("En lecture seule, vous pouvez le consulter et imprimer ses documents, sans "
                                 "rien y modifier.")
        super().__init__(self.tr("Carnet déjà ouvert"), heading, text,
                         QStyle.StandardPixmap.SP_MessageBoxInformation, parent)
        self.setObjectName("lockDialog")
        self.add_choice(self.tr("Ouvrir en lecture seule"), self.READ_ONLY, QDialogButtonBox.ButtonRole.AcceptRole,
                        default=True)
        if state.can_take_over:
            self.add_choice(self.tr("Prendre la main…"), self.TAKE_OVER, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_choice(self.tr("Annuler"), self.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, message: str, state: LockState) -> str:
        """READ_ONLY, TAKE_OVER (only offered when the lock policy allows it) or CANCEL."""
        return cls(path, message, state, parent).run() or cls.CANCEL

    @classmethod
    def confirm_take_over(cls, parent: QWidget | None, path: Path, state: LockState) -> bool:
        host = state.holder.host if state.holder else "?"
        return ConfirmDialog.ask(
            parent,
            QCoreApplication.translate("LockDialog", "Prendre la main sur « {name} » ?").format(name=path.name),
            QCoreApplication.translate(
                "LockDialog",
                "Ne le faites que si Progression est bien fermé sur « {host} » (ordinateur éteint, clé retirée). "
                "Si le carnet y est encore ouvert, ce qui y est saisi et ce que vous saisirez ici risquent de "
                "s'écraser ou de se perdre.").format(host=host),
            QCoreApplication.translate("LockDialog", "Prendre la main"),
        )


# ---------------------------------------------------------------- another program holds it


class BusyDialog(_Question):
    RETRY = "retry"
    CANCEL = "cancel"

    def __init__(self, path: Path, message: str, parent: QWidget | None = None) -> None:
        text = "\n\n".join([message, self.tr(
            "Le carnet n'est pas endommagé. Attendez que l'autre programme ait fini (une sauvegarde, une "
            "synchronisation, un antivirus…) ou fermez-le, puis réessayez.")])
        super().__init__(self.tr("Carnet occupé"), self.tr("Un autre programme utilise ce carnet."), text,
                         QStyle.StandardPixmap.SP_MessageBoxInformation, parent)
        self.setObjectName("busyDialog")
        self.add_choice(self.tr("Réessayer"), self.RETRY, QDialogButtonBox.ButtonRole.AcceptRole, default=True)
        self.add_choice(self.tr("Annuler"), self.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, message: str) -> bool:
        """True: try opening again."""
        return cls(path, message, parent).run() == cls.RETRY


# ---------------------------------------------------------------- what a restore would take away


class LossWords:
    """The translation context of ``loss_text`` (a call ``pyside6-lupdate`` can read, as ``ui.labels.Actions``)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("LossWords", text, disambiguation, n)


def _reading_parts(loss: Loss) -> list[str]:
    """The code, the works read, the reading grids and the need groups a restore would take away."""
    parts = []
    n = loss.counts.get("code_mark", 0)
    if n:
        parts.append(LossWords.tr("%n relevés du code", "", n) if n > 1 else LossWords.tr("1 relevé du code"))
    n = loss.counts.get("code_unit", 0)
    if n:
        parts.append(LossWords.tr("%n correspondances de la progression du code (ajoutées, déplacées ou marquées "
                                  "enseignées)", "", n) if n > 1
                     else LossWords.tr("1 correspondance de la progression du code (ajoutée, déplacée ou marquée "
                                       "enseignée)"))
    n = loss.counts.get("work", 0)
    if n:
        parts.append(LossWords.tr("%n œuvres de la liste de lecture", "", n) if n > 1
                     else LossWords.tr("1 œuvre de la liste de lecture"))
    n = loss.counts.get("work_reading", 0)
    if n:
        parts.append(LossWords.tr("%n œuvres lues par des élèves", "", n) if n > 1
                     else LossWords.tr("1 œuvre lue par un élève"))
    n = loss.counts.get("reading_grid", 0)
    if n:
        parts.append(LossWords.tr("%n grilles de lecture", "", n) if n > 1 else LossWords.tr("1 grille de lecture"))
    n = loss.counts.get("need_group", 0)
    if n:
        parts.append(LossWords.tr("%n groupes de besoin", "", n) if n > 1 else LossWords.tr("1 groupe de besoin"))
    n = loss.counts.get("need_group_member", 0)
    if n:
        parts.append(LossWords.tr("%n élèves placés dans des groupes de besoin", "", n) if n > 1
                     else LossWords.tr("1 élève placé dans un groupe de besoin"))
    return parts


def loss_text(loss: Loss | None, kept_as: str) -> str:
    """What putting a backup back would take away from the carnet, and that it is kept as ``kept_as``."""
    if loss is None:
        return LossWords.tr(
            "Le carnet actuel ne peut pas être lu : Progression ne peut pas dire ce qui y a été saisi après cette "
            "sauvegarde. Il est gardé tel quel dans son dossier sous « {name} ».").format(name=kept_as)
    if not loss:
        return LossWords.tr(
            "Le carnet actuel ne contient rien de plus que cette sauvegarde : rien ne sera perdu. Il est tout de même "
            "gardé dans son dossier sous « {name} ».").format(name=kept_as)
    parts = []
    n = loss.observations
    if n:
        part = LossWords.tr("%n observations", "", n) if n > 1 else LossWords.tr("1 observation")
        if loss.last_observed is not None:
            part += " " + LossWords.tr("(la plus récente du {day})").format(day=loss.last_observed.strftime("%d/%m/%Y"))
        parts.append(part)
    n = loss.counts.get("pupil", 0)
    if n:
        parts.append(LossWords.tr("%n élèves", "", n) if n > 1 else LossWords.tr("1 élève"))
    n = loss.counts.get("fluency_measure", 0)
    if n:
        parts.append(LossWords.tr("%n mesures de fluence", "", n) if n > 1 else LossWords.tr("1 mesure de fluence"))
    n = loss.counts.get("appreciation", 0)
    if n:
        parts.append(LossWords.tr("%n appréciations", "", n) if n > 1 else LossWords.tr("1 appréciation"))
    n = loss.counts.get("synthesis_override", 0)
    if n:
        parts.append(LossWords.tr("%n positionnements retenus", "", n) if n > 1
                     else LossWords.tr("1 positionnement retenu"))
    parts += _reading_parts(loss)
    return LossWords.tr(
        "Restaurer cette sauvegarde retirerait du carnet ce qui a été saisi ou modifié après elle : {what}. Rien "
        "n'est effacé pour autant : le carnet actuel est gardé tel quel dans son dossier sous « {name} ».").format(
        what=", ".join(parts), name=kept_as)


# ---------------------------------------------------------------- the carnet is damaged


class DamagedDialog(_Question):
    RESTORE = "restore"
    CANCEL = "cancel"

    def __init__(self, path: Path, message: str, backup: BackupInfo, loss: Loss | None,
                 parent: QWidget | None = None) -> None:
        text = "\n\n".join([
            message,
            self.tr("Progression ne modifiera pas ce fichier : il sera mis de côté, intact, dans son dossier (un "
                    "spécialiste pourra peut-être encore en tirer quelque chose)."),
            self.tr("La sauvegarde vérifiée la plus récente date du {when}.").format(when=backup.describe(voice())),
            loss_text(loss, f"{path.name}.damaged-…"),
        ])
        super().__init__(self.tr("Carnet endommagé"), self.tr("Ce carnet ne peut pas être ouvert."), text,
                         QStyle.StandardPixmap.SP_MessageBoxWarning, parent)
        self.setObjectName("damagedDialog")
        # Entrée puts the backup back only when that loses nothing that can be read: when the file
        # still holds work the backup lacks, the teacher must choose to let it go.
        self.add_choice(self.tr("Restaurer cette sauvegarde"), self.RESTORE, QDialogButtonBox.ButtonRole.AcceptRole,
                        default=not loss)
        self.add_choice(self.tr("Annuler"), self.CANCEL, QDialogButtonBox.ButtonRole.RejectRole, default=bool(loss))

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, message: str, backup: BackupInfo, loss: Loss | None) -> bool:
        """True: set the damaged file aside and put ``backup`` in its place. ``loss``: what the
        damaged file holds that the backup does not (None if it cannot be read)."""
        return cls(path, message, backup, loss, parent).run() == cls.RESTORE


# ---------------------------------------------------------------- choosing a backup


class RestoreDialog(QDialog):
    def __init__(self, path: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.backups = backups
        self.path = path
        self._losses: dict[Path, Loss | None] = {}
        intro = QLabel(self.tr(
            "Choisissez la sauvegarde à remettre en place. Le carnet actuel n'est pas supprimé : il est mis de "
            "côté dans son dossier, sous le nom « {name}.replaced-… », avec ce qui a été saisi depuis la "
            "sauvegarde choisie."
        ).format(name=path.name))
        intro.setWordWrap(True)
        self.loss = named(QLabel(), "restoreLoss")
        self.loss.setWordWrap(True)
        self.loss.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = named(QTreeWidget(), "backupList")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Date"), self.tr("Occasion"), self.tr("Élèves"), self.tr("Observations")])
        self.table.setAccessibleName(self.tr("Sauvegardes de ce carnet"))
        for backup in backups:
            readable = backup.pupils is not None
            row = QTreeWidgetItem([
                french_datetime(backup.made_at),
                occasion(backup.reason, voice()),
                str(backup.pupils) if readable else self.tr("illisible"),
                str(backup.observations) if readable else "",
            ])
            for column in (2, 3):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, str(backup.path))
            if not readable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Up to ten rows without scrolling; more scroll.
        rows = max(3, min(len(backups), 10))
        self.table.setMinimumHeight(self.table.sizeHintForRow(0) * rows + header.sizeHint().height()
                                    + 2 * self.table.frameWidth())
        folder = QLabel(self.tr("Sauvegardes automatiques de cet ordinateur, dans « {folder} ».").format(
            folder=backups[0].path.parent if backups else ""))
        folder.setWordWrap(True)
        folder.setStyleSheet("color: palette(placeholder-text);")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        restore = self.buttons.addButton(self.tr("Restaurer cette sauvegarde"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        assert restore is not None and cancel is not None
        restore.setObjectName("restoreButton")
        # The carnet is open, so it reads: putting a backup back is never what Entrée does.
        restore.setAutoDefault(False)
        cancel.setDefault(True)
        self.restore_button = restore
        self.cancel_button = cancel
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept() if self.chosen() else None)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(folder)
        layout.addWidget(self.loss)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 58)
        intro.setMinimumWidth(em * 50)
        first = next((n for n, b in enumerate(backups) if b.pupils is not None), None)
        item = self.table.topLevelItem(first) if first is not None else None
        if item is not None:
            self.table.setCurrentItem(item)
        self._selection_changed()
        self.table.setFocus()

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectedIndexes()
        if not rows:
            return None
        backup = self.backups[rows[0].row()]
        return backup if backup.pupils is not None else None

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None)
        if chosen is None:
            self.loss.setText("")
            return
        if chosen.path not in self._losses:
            self._losses[chosen.path] = what_would_be_lost(self.path, chosen.path)
        self.loss.setText(loss_text(self._losses[chosen.path], f"{self.path.name}.replaced-…"))

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, backups: list[BackupInfo]) -> BackupInfo | None:
        """The backup to put back in place, or None."""
        dialog = cls(path, backups, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


# ---------------------------------------------------------------- erasing pupils


@dataclass(frozen=True)
class PurgeRequest:
    pupil_id: str
    name: str
    scrub_backups: bool  # also erase the pupil from this computer's automatic backups


class PurgeDialog(_Question):
    GO_ON = "go_on"
    CANCEL = "cancel"

    def __init__(self, pupils: list[PupilView], current: str | None, parent: QWidget | None = None) -> None:
        text = self.tr(
            "Sa fiche, ses observations, ses mesures de fluence, ses appréciations et vos décisions le concernant "
            "sont effacées du carnet, sans retour possible : « Annuler » ne pourra pas les faire revenir, et "
            "l'historique des annulations est vidé. Pour un élève qui a seulement quitté la classe, indiquez "
            "plutôt sa date de départ dans sa fiche.")
        super().__init__(self.tr("Effacer définitivement un élève"), self.tr("Effacer définitivement un élève"), text,
                         QStyle.StandardPixmap.SP_MessageBoxWarning, parent)
        self.setObjectName("purgeDialog")
        self.pupils = pupils
        self.combo = named(QComboBox(), "purgePupil")
        self.combo.setAccessibleName(self.tr("Élève à effacer"))
        for pupil in pupils:
            self.combo.addItem(f"{pupil.display_name} ({pupil.grade})", pupil.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        label = QLabel(self.tr("&Élève :"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        self.body.insertLayout(1, row)
        self.scrub = named(QCheckBox(self.tr("L'effacer aussi des sauvegardes automatiques de cet ordinateur")),
                           "purgeBackups")
        self.scrub.setChecked(True)
        note = QLabel(self.tr(
            "Sans cette case, les sauvegardes faites avant l'effacement le contiennent encore jusqu'à ce qu'elles "
            "soient supprimées (au plus tard dans un an environ). Les copies que vous avez faites vous-même "
            "(« Sauvegarder une copie », clé USB) ne sont jamais touchées."))
        note.setWordWrap(True)
        self.body.addWidget(self.scrub)
        self.body.addWidget(note)
        self.add_choice(self.tr("Continuer…"), self.GO_ON, QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_choice(self.tr("Annuler"), self.CANCEL, QDialogButtonBox.ButtonRole.RejectRole, default=True)
        self.combo.setFocus()

    def request(self) -> PurgeRequest | None:
        index = self.combo.currentIndex()
        if index < 0:
            return None
        return PurgeRequest(str(self.combo.currentData()), self.pupils[index].display_name, self.scrub.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, pupils: list[PupilView], current: str | None) -> PurgeRequest | None:
        """Which pupil, and whether the backups go too; None if the teacher cancels."""
        dialog = cls(pupils, current, parent)
        return dialog.request() if dialog.run() == cls.GO_ON else None

    @classmethod
    def confirm(cls, parent: QWidget | None, request: PurgeRequest) -> bool:
        """The second question, with the name: erasing cannot be undone."""
        where = (QCoreApplication.translate("PurgeDialog", "du carnet et des sauvegardes automatiques")
                 if request.scrub_backups else QCoreApplication.translate("PurgeDialog", "du carnet"))
        return ConfirmDialog.ask(
            parent,
            QCoreApplication.translate("PurgeDialog", "Effacer définitivement {name} ?").format(name=request.name),
            QCoreApplication.translate(
                "PurgeDialog", "Toutes les données de {name} seront effacées {where}. Cette action ne peut pas être "
                "annulée.").format(name=request.name, where=where),
            QCoreApplication.translate("PurgeDialog", "Effacer définitivement"),
        )

    @classmethod
    def confirm_year_end(cls, parent: QWidget | None, folder: Path, pupils: int, observations: int) -> bool:
        return ConfirmDialog.ask(
            parent,
            QCoreApplication.translate("PurgeDialog", "Archiver la classe puis effacer les élèves ?"),
            QCoreApplication.translate(
                "PurgeDialog",
                "Une copie vérifiée du carnet ({pupils} élèves, {observations} observations) sera enregistrée dans "
                "« {folder} ». Ensuite, tous les élèves seront effacés de ce carnet et ses sauvegardes automatiques "
                "supprimées : l'archive sera la seule copie de leurs données. Rangez-la là où votre école le "
                "demande et gardez-la le temps prévu, pas plus.\n\nLa classe, les périodes, l'échelle et vos "
                "réglages restent dans le carnet. Cette action ne peut pas être annulée.").format(
                pupils=pupils, observations=observations, folder=folder),
            QCoreApplication.translate("PurgeDialog", "Archiver et effacer"),
        )


# ---------------------------------------------------------------- plain confirmations and news


class ConfirmDialog:
    """A yes/no question whose « yes » names the action; tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget | None, heading: str, text: str, action: str) -> bool:
        box = _Question(QCoreApplication.translate("ConfirmDialog", "Progression"), heading, text,
                        QStyle.StandardPixmap.SP_MessageBoxQuestion, parent)
        box.add_choice(action, "yes", QDialogButtonBox.ButtonRole.AcceptRole)
        # Cancel is the default: Entrée must never erase or take over by accident.
        box.add_choice(QCoreApplication.translate("ConfirmDialog", "Annuler"), "no",
                       QDialogButtonBox.ButtonRole.RejectRole, default=True)
        return box.run() == "yes"


class InfoDialog:
    """What an action did (where a backup went, what was erased); tests replace ``show``."""

    @staticmethod
    def show(message: str, parent: QWidget | None = None) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("InfoDialog", "Progression"), message)
