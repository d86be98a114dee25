"""In the app, a refused value or copy is one French sentence in the error dialog, and nothing
changes: the merge asks no question about a copy it refuses, and a pasted name is not saved."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QFileDialog

from progression.operations import PupilFields, SavePupil, SetAppreciation


def test_merging_a_copy_with_a_view_for_a_table_shows_why_and_asks_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_window, tmp_path, monkeypatch, error_messages
) -> None:
    from progression.backup import make_backup
    from ui.carnet_dialogs import ConfirmDialog

    service = demo_window.service
    copy = make_backup(service.carnet.path, target=tmp_path / "portable.carnet")
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("ALTER TABLE observation RENAME TO kept")
        conn.execute("CREATE VIEW observation AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                     "SELECT kept.* FROM kept, n")
    conn.close()
    before = len(service.observations())
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(ConfirmDialog, "ask", staticmethod(lambda *a: asked.append("?") or True))

    demo_window.merge_action.trigger()

    assert asked == []
    assert len(error_messages) == 1
    assert "n'a pas été fusionnée" in error_messages[0] and "« observation » y est une vue" in error_messages[0]
    assert len(demo_window.service.observations()) == before


def test_a_pasted_name_or_appreciation_with_a_control_character_is_refused_in_a_dialog(  # type: ignore[no-untyped-def]
    demo_window, error_messages
) -> None:
    service = demo_window.service
    pupil = service.pupils()[0]
    assert demo_window.runner.run(SavePupil(PupilFields("Mar\u200dtin", pupil.first_name, pupil.grade, ine=pupil.ine),
                                            pupil.id)) is None
    assert demo_window.runner.run(SetAppreciation(pupil.id, service.period(1).id, "Bien\x0b.")) is None
    assert [("U+200D" in error_messages[0]), ("U+000B" in error_messages[1])] == [True, True]
    assert service.pupil(pupil.id).last_name == pupil.last_name
