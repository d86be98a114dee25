"""The French words for user actions: Edit menu labels and status-bar messages.

The domain names an action by a code (``kind``) and a size; the words live here, through
Qt's translation, so the English translation only needs a ``.ts`` file. An action run
from this window can also get a richer name (« Atteints pour 3 élèves ») than its kind
alone gives; ``ActionNames`` keeps those names beside the domain's undo stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from progression.operations import MarkCells, Operation, RecordObservations
from progression.service import CarnetService

CONTEXT = "Actions"


class Actions:
    """The translation context of these words.

    Written ``Actions.tr("…")`` (plurals ``Actions.tr("%n …", "", n)``) because that is a call
    ``pyside6-lupdate`` can read: a bare module-level ``tr()`` would land in a nameless context
    that never matches at run time, and ``translate(…, n)`` with a variable ``n`` loses the plural.
    """

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def kind_name(kind: str, size: int) -> str:
    """A generic name for an action known only by its kind (undo of an action run elsewhere)."""
    many = size > 1
    names = {
        "record_observations": Actions.tr("%n observations", "", size) if many else Actions.tr("Observation"),
        "delete_observations": (Actions.tr("Effacement de %n observations", "", size) if many
                                else Actions.tr("Effacement d'une observation")),
        "correct_observations": (Actions.tr("Correction de %n observations", "", size) if many
                                 else Actions.tr("Correction")),
        "edit_observation": Actions.tr("Modification d'une observation"),
        "set_override": Actions.tr("Positionnement retenu"),
        "set_appreciation": Actions.tr("Appréciation"),
        "add_fluency": Actions.tr("Mesure de fluence"),
        "delete_fluency": Actions.tr("Effacement d'une mesure de fluence"),
        "add_reading_grid": Actions.tr("Grille de lecture"),
        "delete_reading_grid": Actions.tr("Effacement d'une grille de lecture"),
        "save_pupil": Actions.tr("Fiche élève"),
        "delete_pupils": Actions.tr("Retrait de %n élèves", "", size) if many else Actions.tr("Retrait d'un élève"),
        "add_item": Actions.tr("Ajout d'un élément du référentiel"),
        "delete_items": Actions.tr("Suppression d'éléments du référentiel"),
        "hide_items": Actions.tr("Éléments du référentiel masqués ou affichés"),
        "change_settings": Actions.tr("Réglages du carnet"),
        "edit_class": Actions.tr("Modifier la classe"),
        "edit_periods": Actions.tr("Modifier les dates des périodes"),
        "import_observations": (Actions.tr("Import de %n observations", "", size) if many
                                else Actions.tr("Import d'une observation")),
        "import_pupils": Actions.tr("Import de la liste d'élèves"),
        "import_framework": Actions.tr("Import d'un référentiel"),
        "add_scale": Actions.tr("Ajout d'une échelle"),
        "seed_code": Actions.tr("Progression du code par défaut"),
        "mark_code": Actions.tr("%n relevés du code", "", size) if many else Actions.tr("Relevé du code"),
        "delete_code_marks": Actions.tr("Effacement de relevés du code"),
        "delete_code_units": Actions.tr("Retrait de correspondances du code"),
        "save_code_unit": Actions.tr("Correspondance du code"),
        "order_code": Actions.tr("Ordre de la progression du code"),
        "taught_code": Actions.tr("Correspondances enseignées"),
        "import_code": Actions.tr("Import de l'ordre de l'école"),
        "keep_groups": Actions.tr("Groupes de besoin gardés"),
        "drop_groups": Actions.tr("Groupes de besoin abandonnés"),
        "move_pupil": Actions.tr("Élève changé de groupe"),
        "add_work": Actions.tr("Ajout d'une œuvre à la liste de lecture"),
        "edit_work": Actions.tr("Correction d'une œuvre"),
        "delete_work": Actions.tr("Retrait d'une œuvre de la liste de lecture"),
        "restore_work": Actions.tr("Retour d'une œuvre dans la liste de lecture"),
        "record_readings": (Actions.tr("Œuvre lue par %n élèves", "", size) if many
                            else Actions.tr("Œuvre lue par un élève")),
        "edit_reading": Actions.tr("Modification d'une lecture"),
        "delete_work_readings": Actions.tr("Retrait d'une lecture"),
    }
    return names.get(kind, Actions.tr("Dernière action"))


def pupils_phrase(service: CarnetService, pupil_ids: list[str]) -> str:
    """« Lucas Martin » for one pupil, « 3 élèves » for several."""
    unique = list(dict.fromkeys(pupil_ids))
    if len(unique) == 1:
        try:
            pupil = service.pupil(unique[0])
        except Exception:  # a pupil removed since: the count still reads well
            return Actions.tr("1 élève")
        return f"{pupil.first_name} {pupil.last_name}"
    return Actions.tr("%n élèves", "", len(unique))


def describe(operation: Operation, service: CarnetService) -> str:
    """The name of an action about to run, as the Edit menu and the status bar show it."""
    if isinstance(operation, (RecordObservations, MarkCells)):
        try:
            step = service.step(operation.step_id).short
        except Exception:
            step = kind_name(operation.kind, operation.size)
        pupils = [p for p, _ in operation.cells]
        name = Actions.tr("{step} pour {who}").format(step=step, who=pupils_phrase(service, pupils))
        if operation.kind == "correct_observations":  # the teacher retyped a mark of this session
            return Actions.tr("Correction : {action}").format(action=name)
        return name
    return kind_name(operation.kind, operation.size)


def recorded_message(step_short: str, who: str, corrected: bool = False) -> str:
    if corrected:
        return Actions.tr("Correction : « {step} » remplace la marque de cette séance pour {who}").format(
            step=step_short, who=who)
    return Actions.tr("« {step} » enregistré pour {who}").format(step=step_short, who=who)


def erased_message(count: int, who: str) -> str:
    if count == 1:
        return Actions.tr("Marque effacée pour {who}").format(who=who)
    return Actions.tr("%n marques effacées pour {who}", "", count).format(who=who)


def undo_label(name: str | None) -> str:
    return Actions.tr("Annuler : {action}").format(action=name) if name else Actions.tr("Annuler")


def redo_label(name: str | None) -> str:
    return Actions.tr("Rétablir : {action}").format(action=name) if name else Actions.tr("Rétablir")


def undone_message(name: str) -> str:
    return Actions.tr("Annulé : {action}").format(action=name)


def redone_message(name: str) -> str:
    return Actions.tr("Rétabli : {action}").format(action=name)


@dataclass(frozen=True)
class _Named:
    kind: str
    size: int
    name: str


class ActionNames:
    """Names of the actions on the domain's undo and redo stacks, kept in step with them.

    The domain keeps only (kind, size) per action; this mirror adds the words. If the two
    ever disagree (an action run without the window's runner), the top entry no longer
    matches the domain's (kind, size) and the generic name is used: never a wrong name for
    an action, at worst a plainer one.
    """

    LIMIT = 200

    def __init__(self) -> None:
        self._undo: list[_Named] = []
        self._redo: list[_Named] = []

    def did(self, kind: str, size: int, name: str) -> None:
        self._undo.append(_Named(kind, size, name))
        del self._undo[: -self.LIMIT]
        self._redo.clear()

    def undone(self) -> None:
        if self._undo:
            self._redo.append(self._undo.pop())

    def redone(self) -> None:
        if self._redo:
            self._undo.append(self._redo.pop())

    def undo_name(self, service: CarnetService) -> str | None:
        return self._name(service.undo_kind(), self._undo)

    def redo_name(self, service: CarnetService) -> str | None:
        return self._name(service.redo_kind(), self._redo)

    @staticmethod
    def _name(top: tuple[str, int] | None, mirror: list[_Named]) -> str | None:
        if top is None:
            return None
        if mirror and (mirror[-1].kind, mirror[-1].size) == top:
            return mirror[-1].name
        return kind_name(*top)
