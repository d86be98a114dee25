"""Framework exchange, fluency figures, scales and settings, as a teacher uses them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from progression import fluency
from progression.cli_json import carnet_info, to_json
from progression.errors import InvalidInputError
from progression.framework import builtin_frameworks, framework_to_csv, framework_to_json, read_framework_file
from progression.operations import AddScale, ImportFramework, RecordObservations
from progression.scales import scale_from_dict
from progression.synthesis import Rule


def test_builtin_frameworks_load_and_current_ones_are_shown(empty) -> None:
    codes = {f.code for f in builtin_frameworks()}
    assert {"C2-2024", "C3-2025", "C2-2020", "C3-2020", "C1-2021"} <= codes
    shown = {i.framework_code for i in empty.items()}
    assert "C2-2024" in shown and "C2-2020" not in shown  # older programme kept but hidden
    assert "C2-2020" in {i.framework_code for i in empty.items(include_hidden=True)}
    ce1 = [i for i in empty.items(["CE1"]) if i.kind == "competency"]
    assert [i.label for i in ce1][:4] == [
        "Identifier les mots de manière de plus en plus aisée",
        "Lire à voix haute",
        "Comprendre un texte",
        "Devenir lecteur",
    ]
    assert all(i.lsu_code == "FRA-LEC" for i in ce1)


def test_framework_json_and_csv_round_trip(empty, tmp_path: Path) -> None:
    spec = empty.framework_spec(["C2-2024"])
    (tmp_path / "ref.json").write_text(framework_to_json(spec), encoding="utf-8")
    (tmp_path / "ref.csv").write_text(framework_to_csv(spec), encoding="utf-8")
    from_json = read_framework_file(tmp_path / "ref.json")
    from_csv = read_framework_file(tmp_path / "ref.csv")
    assert [i.code for i in from_json.items] == [i.code for i in spec.items]
    assert [(i.code, i.label, i.parent, i.grades) for i in from_csv.items] == [
        (i.code, i.label, i.parent, i.grades) for i in spec.items
    ]


def test_import_a_teachers_framework(empty, tmp_path: Path) -> None:
    csv_text = (
        "code;label;kind;parent;grades\n"
        "GRA;Graphèmes étudiés;domain;;CP\n"
        "GRA-1;Sons simples;competency;GRA;CP\n"
        "GRA-1.ou;Lire le graphème « ou »;objective;GRA-1;CP\n"
    )
    (tmp_path / "graphemes.csv").write_text(csv_text, encoding="cp1252")
    operation = ImportFramework(read_framework_file(tmp_path / "graphemes.csv"))
    assert operation.size == 3
    empty.run(operation)
    assert empty.item_by_code("GRA-1.ou").parent_code == "GRA-1"
    with pytest.raises(InvalidInputError, match="existe déjà"):
        empty.run(ImportFramework(read_framework_file(tmp_path / "graphemes.csv")))


def test_a_framework_import_is_undone_and_redone_whole_and_can_be_made_again(empty, tmp_path: Path) -> None:
    (tmp_path / "graphemes.csv").write_text(
        "code;label;kind;parent;grades\nGRA;Graphèmes;domain;;CP\nGRA-1;Sons simples;competency;GRA;CP\n",
        encoding="utf-8",
    )
    before = {i.code for i in empty.items(include_hidden=True)}
    empty.run(ImportFramework(read_framework_file(tmp_path / "graphemes.csv")))
    assert empty.undo_kind() == ("import_framework", 2)
    empty.undo()
    assert {i.code for i in empty.items(include_hidden=True)} == before
    assert empty.item_by_code("GRA", missing_ok=True) is None
    empty.redo()
    assert empty.item_by_code("GRA-1").parent_code == "GRA"
    empty.undo()
    # Taken back, the same file imports again: its rows come back rather than clash with the deleted ones.
    empty.run(ImportFramework(read_framework_file(tmp_path / "graphemes.csv")))
    assert {i.code for i in empty.items(include_hidden=True)} == before | {"GRA", "GRA-1"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("code;label;kind;parent;grades\nA;Un;objective;ZZZ;CP\n", "parent « ZZZ », qui n'existe pas"),
        ("code;label;kind;parent;grades\nA;Un;objective;;CP\nA;Deux;objective;;CP\n", "apparaît deux fois"),
        ("code;label;kind;parent;grades\nA;Un;chapitre;;CP\n", "type « chapitre » inconnu"),
        ("code;label;kind;parent;grades\nA;Un;objective;;CE7\n", "niveau « CE7 » inconnu"),
        ("nom;texte\nA;Un\n", "colonne « code » absente"),
    ],
)
def test_bad_framework_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "ref.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=message):
        read_framework_file(path)


def test_mclm_and_targets() -> None:
    assert fluency.mclm(62, 4, 60) == 58.0
    assert fluency.mclm(40, 0, 45) == pytest.approx(53.3)
    with pytest.raises(InvalidInputError):
        fluency.mclm(10, 0, 0)
    assert fluency.year_end_target("CP") == 30
    assert [fluency.year_end_target(g) for g in ("CE1", "CE2", "CM1", "CM2")] == [70, 90, 110, 120]
    # The guide line goes from the previous grade's target in September to this grade's in June.
    assert fluency.expected_on("CE1", date(2026, 9, 1)) == 30
    assert fluency.expected_on("CE1", date(2027, 6, 30)) == 70
    assert 30 < fluency.expected_on("CE1", date(2027, 1, 15)) < 70  # type: ignore[operator]
    assert fluency.position("CE2", date(2027, 6, 30), 95) == "above"
    assert fluency.position("CE2", date(2027, 6, 30), 80) == "near"
    assert fluency.position("CE2", date(2027, 6, 30), 50) == "below"
    assert fluency.expected_on("GS", date(2027, 1, 1)) is None


def test_custom_scale_then_switch_before_any_observation(empty) -> None:
    spec = scale_from_dict(
        {
            "code": "couleurs",
            "label": "Feux tricolores",
            "steps": [
                {"rank": 1, "short": "Rouge", "value": 0, "color": "#D7301F", "symbol": "✗"},
                {"rank": 2, "short": "Orange", "value": 50, "color": "#FDAE61", "symbol": "~"},
                {"rank": 3, "short": "Vert", "value": 100, "color": "#74C476", "symbol": "✓"},
                {"short": "Absent"},
            ],
        }
    )
    empty.run(AddScale(spec))
    assert empty.undo_kind() == ("add_scale", 1)
    switch = empty.scale_change("couleurs")
    assert switch is not None
    empty.run(switch)
    assert [s.short for s in empty.counting_steps()] == ["Rouge", "Orange", "Vert"]
    assert empty.thresholds.step_for(50) == 2 and empty.thresholds.step_for(75) == 3
    pupil = empty.pupils()[0]
    item = next(i for i in empty.items([pupil.grade]) if i.kind == "objective")
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_label("vert").id, date(2026, 9, 20)))
    with pytest.raises(InvalidInputError, match="ne peut plus changer"):
        empty.scale_change("lsu4")


def test_adding_a_scale_is_undoable_and_it_can_be_added_again(empty) -> None:
    spec = scale_from_dict({"code": "deux", "label": "Deux échelons",
                            "steps": [{"rank": 1, "short": "Pas encore", "value": 0},
                                      {"rank": 2, "short": "Acquis", "value": 100}]})
    empty.run(AddScale(spec))
    assert "deux" in {code for code, _ in empty.scales()}
    empty.undo()
    assert "deux" not in {code for code, _ in empty.scales()}
    empty.redo()
    assert "deux" in {code for code, _ in empty.scales()}
    empty.undo()
    empty.run(AddScale(spec))
    switch = empty.scale_change("deux")
    assert switch is not None
    empty.run(switch)
    assert [s.short for s in empty.counting_steps()] == ["Pas encore", "Acquis"]


def test_settings_change_the_synthesis_and_are_undoable(demo) -> None:
    before = demo.synthesis(2)
    change = demo.settings_change(rule=Rule.LAST)
    assert change is not None and demo.settings_change(rule=demo.settings.rule) is None
    demo.run(change)
    assert demo.settings.rule == Rule.LAST
    after = demo.synthesis(2)
    assert [r.score for r in before] != [r.score for r in after]
    demo.undo()
    assert demo.settings.rule == Rule.WEIGHTED_GEOMETRIC
    with pytest.raises(InvalidInputError):
        demo.settings_change(window=0)


def test_info_json_shape_is_stable(demo) -> None:
    info = json.loads(to_json(carnet_info(demo)))
    assert set(info) >= {"schema", "class", "periods", "scale", "counts", "pupils"}


def test_a_maternelle_class_sees_the_cycle_1_reading_block(tmp_path: Path) -> None:
    from progression.service import CarnetService, NewClass

    service = CarnetService.create(tmp_path / "gs.carnet", NewClass(label="GS", grades=("GS",), scale="maternelle3"))
    try:
        items = service.items(["GS"])
        assert items and all(i.framework_code == "C1-2021" for i in items)
        assert [s.short for s in service.counting_steps()] == [
            "Ne réussit pas encore", "En voie de réussite", "Réussit souvent"]
    finally:
        service.close()
