"""The restore dialog, as the teacher sees it before putting a backup back: it names, in French,
the code marks, works read, reading grids and need groups typed since the backup, which the
restore would take from the carnet (they stay in the file set aside)."""

from __future__ import annotations

from typing import Any

from progression import code_progression as code
from progression.backup import make_backup
from progression.operations import AddReadingGrid, AddWork, GroupRows, KeepNeedGroups, MarkCode, RecordReadings
from progression.works import class_works
from tests.ui.conftest import SCHOOL_DAY
from ui.carnet_dialogs import RestoreDialog


def test_the_restore_dialog_counts_the_code_the_works_the_grids_and_the_groups(
        qtbot: Any, window: Any, demo_path: Any, monkeypatch: Any) -> None:
    assert window.open_carnet(demo_path) is None
    manual = make_backup(demo_path, reason="manuelle")
    service, runner = window.service, window.runner
    ce1 = [p.id for p in service.pupils() if p.grade == "CE1"]
    ill = next(u for u in code.units(service) if u.grapheme == "ill")
    assert runner.run(MarkCode(((ce1[0], ill.id), (ce1[1], ill.id)), service.step_by_rank(2).id, SCHOOL_DAY))
    assert runner.run(AddWork("Le Bateau de Monsieur Zouglouglou", "Coline Promeyrat", "album")) is not None
    assert runner.run(RecordReadings(class_works(service)[-1].id, (ce1[0],), SCHOOL_DAY, "alone")) is not None
    levels = (("literal", 3), ("inferential", 2), ("justify", 2), ("retell", 3))
    assert runner.run(AddReadingGrid(ce1[2], SCHOOL_DAY, "comprehension", levels)) is not None
    competency = next(i for i in service.items(["CE1"]) if i.kind == "competency")
    assert runner.run(KeepNeedGroups(service.period(2).id, (
        GroupRows(competency.id, 1, "Groupe 1", ((ce1[0], "CE1.1"), (ce1[1], "CE1.2"), (ce1[2], "CE1.3"))),)))

    seen: list[str] = []

    def choose(parent, path, backups):  # type: ignore[no-untyped-def]
        dialog = RestoreDialog(path, backups, parent)  # the real dialog
        qtbot.addWidget(dialog)
        row = next(n for n, b in enumerate(backups) if b.path == manual)
        dialog.table.setCurrentItem(dialog.table.topLevelItem(row))
        seen.append(dialog.loss.text())
        return None  # she reads it and cancels

    monkeypatch.setattr(RestoreDialog, "ask", staticmethod(choose))
    window.restore_action.trigger()
    (text,) = seen
    for words in ("2 relevés du code", "1 œuvre de la liste de lecture", "1 œuvre lue par un élève",
                  "1 grille de lecture", "1 groupe de besoin",
                  "3 élèves placés dans des groupes de besoin", "demo.carnet.replaced-…"):
        assert words in text, words
    assert "observation" not in text  # nothing else was typed
    assert len(code.marks(service)) == len(code.marks(window.service))  # cancelled: the carnet as it was
