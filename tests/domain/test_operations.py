"""Named operations: what a teacher does, undone and redone through the domain."""

from __future__ import annotations

from datetime import date

import pytest

from progression.errors import InvalidInputError
from progression.operations import (
    AddFluencyMeasure,
    Batch,
    EditObservation,
    PupilFields,
    RecordObservations,
    SaveCustomItem,
    SavePupil,
    SetAppreciation,
    SetItemsHidden,
    SetObservationsDeleted,
    SetOverride,
    plain_writer,
)

DAY = date(2026, 10, 5)


def _objective(service, grade: str):
    return next(i for i in service.items([grade]) if i.kind == "objective")


def test_record_for_several_pupils_then_undo_redo(empty) -> None:
    lucas, noe = empty.pupils()[1], empty.pupils()[0]
    item = _objective(empty, "CE1")
    atteints = empty.step_by_rank(3)
    changes = empty.run(
        RecordObservations(
            ((lucas.id, item.id), (noe.id, item.id)), atteints.id, DAY, activity="Lecture à voix haute"
        )
    )
    assert changes.cells == {(lucas.id, item.id), (noe.id, item.id)}
    assert len(empty.observations()) == 2
    assert empty.undo_kind() == ("record_observations", 2)

    empty.undo()
    assert empty.observations() == []
    assert empty.redo_kind() is not None
    empty.redo()
    latest = empty.latest_steps()
    assert latest[(lucas.id, item.id)].step_id == atteints.id
    assert latest[(noe.id, item.id)].activity == "Lecture à voix haute"


def test_recordings_inside_a_batch_share_its_transaction(empty) -> None:
    """A batch of recordings runs on one plain connection, in one transaction: a failing later
    part takes the recordings back with it, and one undo removes them all."""
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    first = RecordObservations(((pupil.id, item.id),), empty.step_by_rank(2).id, DAY)
    second = RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, date(2026, 10, 6))
    failing = RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, date(2031, 1, 1))
    with pytest.raises(InvalidInputError):
        empty.run(Batch((first, second, failing)))
    assert empty.observations() == []
    empty.run(Batch((first, second)))
    assert [o.observed_on for o in empty.observations()] == [DAY, date(2026, 10, 6)]
    empty.undo()
    assert empty.observations() == []


def test_a_batch_runs_on_a_session_when_one_of_its_parts_needs_it(empty) -> None:
    """Plain statements only when every part has them; an appreciation (ORM only) puts the whole
    batch on a session, where a failing part still takes everything back."""
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    recording = RecordObservations(((pupil.id, item.id),), empty.step_by_rank(2).id, DAY)
    appreciation = SetAppreciation(pupil.id, empty.period(1).id, "Bon trimestre.")
    failing = RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, date(2031, 1, 1))
    assert plain_writer(Batch((recording, recording))) is not None
    mixed = Batch((recording, appreciation))
    assert plain_writer(mixed) is None
    with pytest.raises(TypeError):
        mixed.write(None, empty)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        empty.run(Batch((recording, appreciation, failing)))
    assert empty.observations() == [] and empty.appreciations(1) == {}
    empty.run(mixed)
    assert len(empty.observations()) == 1 and empty.appreciations(1) == {pupil.id: "Bon trimestre."}
    empty.undo()
    assert empty.observations() == [] and not empty.appreciations(1).get(pupil.id)


def test_new_action_clears_redo(empty) -> None:
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(1).id, DAY))
    empty.undo()
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(2).id, DAY))
    assert empty.redo() is None


def test_edit_and_delete_observation_are_undoable(empty) -> None:
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(1).id, DAY))
    obs = empty.observations()[0]
    empty.run(EditObservation(obs.id, empty.step_by_rank(4).id, date(2026, 10, 6), "Atelier", "Très bien"))
    assert empty.observations()[0].step_id == empty.step_by_rank(4).id
    empty.undo()
    restored = empty.observations()[0]
    assert (restored.step_id, restored.observed_on) == (empty.step_by_rank(1).id, DAY)
    empty.run(SetObservationsDeleted((obs.id,), True))
    assert empty.observations() == []
    empty.undo()
    assert [o.id for o in empty.observations()] == [obs.id]


@pytest.mark.parametrize(
    ("day", "message"),
    [(date(2025, 10, 1), "hors de l'année scolaire"), (date(2027, 9, 2), "hors de l'année scolaire")],
)
def test_dates_outside_the_year_are_refused(empty, day: date, message: str) -> None:
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    with pytest.raises(InvalidInputError, match=message):
        empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, day))
    assert empty.observations() == []


def test_pupil_who_left_cannot_be_observed_after_leaving(empty) -> None:
    pupil = empty.pupils()[0]
    empty.run(
        SavePupil(
            PupilFields(pupil.last_name, pupil.first_name, pupil.grade, left_on=date(2026, 9, 30)), pupil.id
        )
    )
    item = _objective(empty, pupil.grade)
    with pytest.raises(InvalidInputError, match="n'était pas dans la classe"):
        empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, DAY))
    # Before leaving is fine: the record of the past stays complete.
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(3).id, date(2026, 9, 15)))


def test_a_failing_cell_records_nothing(empty) -> None:
    """Several cells are one transaction: one bad cell and none is recorded."""
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    with pytest.raises(InvalidInputError):
        empty.run(
            RecordObservations(
                ((pupil.id, item.id), ("no-such-pupil", item.id)), empty.step_by_rank(3).id, DAY
            )
        )
    assert empty.observations() == []


def test_step_outside_the_scale(empty) -> None:
    with pytest.raises(InvalidInputError, match="L'échelon 7 n'existe pas"):
        empty.step_by_rank(7)
    with pytest.raises(InvalidInputError, match="Échelon « Génial » inconnu"):
        empty.step_by_label("Génial")
    assert empty.step_by_label("atteints").rank == 3
    assert empty.step_by_label("ABSENT").counts is False


def test_override_wins_and_is_undoable(empty) -> None:
    pupil, item = empty.pupils()[1], _objective(empty, "CE1")
    empty.run(RecordObservations(((pupil.id, item.id),), empty.step_by_rank(1).id, DAY))
    period = empty.period(1)
    row = next(r for r in empty.synthesis(1) if r.item_id == item.id)
    assert (row.rank, row.overridden) == (1, False)
    empty.run(SetOverride(pupil.id, period.id, item.id, empty.step_by_rank(3).id, author="M. Test"))
    row = next(r for r in empty.synthesis(1) if r.item_id == item.id)
    assert (row.rank, row.score, row.overridden, row.computed_rank) == (3, 67, True, 1)
    empty.undo()
    row = next(r for r in empty.synthesis(1) if r.item_id == item.id)
    assert (row.rank, row.overridden) == (1, False)


def test_override_with_a_mark_that_does_not_count_is_refused(empty) -> None:
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    absent = empty.step_by_label("Absent")
    with pytest.raises(InvalidInputError, match="ne compte pas"):
        empty.run(SetOverride(pupil.id, empty.period(1).id, item.id, absent.id))


def test_appreciation_and_fluency(empty) -> None:
    pupil = empty.pupils()[0]
    empty.run(SetAppreciation(pupil.id, empty.period(1).id, "Bon trimestre."))
    assert empty.appreciation(pupil.id, 1) == "Bon trimestre."
    empty.run(SetAppreciation(pupil.id, empty.period(1).id, "Très bon trimestre."))
    empty.undo()
    assert empty.appreciation(pupil.id, 1) == "Bon trimestre."
    empty.run(
        AddFluencyMeasure(pupil.id, DAY, words_read=62, errors=4, seconds=60, text_title="Monsieur Petit")
    )
    (measure,) = empty.fluency()
    assert measure.mclm == 58.0
    with pytest.raises(InvalidInputError, match="plus d'erreurs que de mots"):
        empty.run(AddFluencyMeasure(pupil.id, DAY, words_read=3, errors=5, seconds=60))


def test_pupils_add_edit_delete(empty) -> None:
    empty.run(SavePupil(PupilFields("  Nguyễn ", "Thị  Ánh", "CE2")))
    names = [p.display_name for p in empty.pupils()]
    assert "Nguyễn Thị Ánh" in names
    with pytest.raises(InvalidInputError, match="obligatoires"):
        empty.run(SavePupil(PupilFields(" ", "Anne", "CE1")))
    with pytest.raises(InvalidInputError, match="Niveau « CE7 » inconnu"):
        empty.run(SavePupil(PupilFields("Durand", "Anne", "CE7")))
    empty.undo()
    assert "Nguyễn Thị Ánh" not in [p.display_name for p in empty.pupils()]


def test_a_departure_before_the_arrival_is_refused_by_the_operation_itself(empty, tmp_path) -> None:
    """The rule lives in SavePupil: the pupil page, the command line and the class-list import all
    go through it."""
    from progression.importers.pupils import plan_pupil_import, pupil_import

    dates = {"arrived_on": date(2027, 1, 11), "left_on": date(2026, 12, 18)}
    with pytest.raises(InvalidInputError, match=r"départ \(18/12/2026\) précède la date d'arrivée \(11/01/2027\)"):
        empty.run(SavePupil(PupilFields("Durand", "Anne", "CE1", **dates)))
    pupil = empty.pupils()[0]
    with pytest.raises(InvalidInputError, match="précède"):
        empty.run(SavePupil(PupilFields(pupil.last_name, pupil.first_name, pupil.grade, **dates), pupil.id))
    assert empty.pupil(pupil.id).left_on is None
    # An import keeps the dates a pupil has, and saves the pupil through the same operation.
    lucas = next(p for p in empty.pupils() if p.ine == "1234567890A")
    empty.run(SavePupil(PupilFields(lucas.last_name, lucas.first_name, lucas.grade, ine=lucas.ine,
                                    arrived_on=date(2026, 11, 2)), lucas.id))
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Prénom;Niveau;INE\nMartin;Lucas;CE2;1234567890A\n", encoding="utf-8")
    operation = pupil_import(empty, plan_pupil_import(empty, listing))
    assert operation is not None
    empty.run(operation)
    assert empty.pupil(lucas.id).grade == "CE2" and empty.pupil(lucas.id).arrived_on == date(2026, 11, 2)


def test_custom_items_and_hiding(empty) -> None:
    competency = next(i for i in empty.items(["CP", "CE1"]) if i.kind == "competency")
    empty.run(SaveCustomItem("CP-GRAPH-ou", "Lire le graphème « ou »", competency.code, ("CE1",)))
    item = empty.item_by_code("cp-graph-ou")
    assert item.custom and item.parent_code == competency.code and item.grades == ("CE1",)
    with pytest.raises(InvalidInputError, match="existe déjà"):
        empty.run(SaveCustomItem("CP-GRAPH-ou", "Doublon", competency.code, ("CE1",)))
    empty.run(SetItemsHidden((item.id,), True))
    assert item.code not in [i.code for i in empty.items()]
    assert item.code in [i.code for i in empty.items(include_hidden=True)]
    empty.undo()
    assert item.code in [i.code for i in empty.items()]


def test_class_details_and_period_dates_can_change_and_be_undone(empty) -> None:
    from progression.operations import SaveClassDetails, SavePeriodDates

    empty.run(SaveClassDetails("CE1-CE2 B", "École Jules-Ferry", "Mme Martin"))
    assert (empty.class_info().label, empty.class_info().teacher) == ("CE1-CE2 B", "Mme Martin")
    empty.undo()
    assert empty.class_info().label == "CE1-CE2"
    # Zone A: Toussaint the same, winter holidays a week later.
    dates = [(p.index, p.starts_on, p.ends_on) for p in empty.periods()]
    dates[2] = (3, dates[2][1], date(2027, 3, 14))
    dates[3] = (4, date(2027, 3, 15), dates[3][2])
    empty.run(SavePeriodDates(tuple(dates)))
    assert empty.period(3).ends_on == date(2027, 3, 14) and empty.period(4).starts_on == date(2027, 3, 15)
    gap = list(dates)
    gap[3] = (4, date(2027, 3, 20), dates[3][2])
    with pytest.raises(InvalidInputError, match="doit commencer le lendemain"):
        empty.run(SavePeriodDates(tuple(gap)))
    empty.undo()
    assert empty.period(3).ends_on == date(2027, 3, 7)


def test_a_mark_of_the_same_session_is_corrected_another_day_adds(empty) -> None:
    """Typing 3, then 1, then 4 on one cell in one session leaves one observation, the 4; undo
    gives the 1 back; a mark on another day, or in another activity, is new evidence."""
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    cell = ((pupil.id, item.id),)

    def mark(rank: int, day: date = DAY, activity: str = "Lecture") -> None:
        operation = empty.marking(cell, empty.step_by_rank(rank).id, day, activity)
        empty.run(operation)

    mark(3)
    assert empty.undo_kind() == ("record_observations", 1)
    mark(1)
    mark(4)
    assert empty.undo_kind() == ("correct_observations", 1)
    live = empty.history(pupil.id, item.id)
    assert [empty.step(o.step_id).rank for o in live] == [4]
    row = next(r for r in empty.synthesis(1) if r.item_id == item.id)
    assert (row.rank, row.observations) == (4, 1)

    empty.undo()
    assert [empty.step(o.step_id).rank for o in empty.history(pupil.id, item.id)] == [1]
    empty.redo()
    assert [empty.step(o.step_id).rank for o in empty.history(pupil.id, item.id)] == [4]

    mark(2, date(2026, 10, 6))
    mark(3, activity="Dictée")  # same day, another activity: another session
    assert [empty.step(o.step_id).rank for o in empty.history(pupil.id, item.id)] == [4, 3, 2]
    assert empty.undo_kind() == ("record_observations", 1)


def test_a_step_typed_on_several_cells_corrects_each_cells_mark_of_the_session(empty) -> None:
    item = _objective(empty, "CE1")
    cells = tuple((pupil.id, item.id) for pupil in empty.pupils())  # the class's two pupils
    empty.run(RecordObservations(cells, empty.step_by_rank(2).id, DAY))
    empty.run(empty.marking(cells, empty.step_by_rank(4).id, DAY))
    assert sorted(empty.step(o.step_id).rank for o in empty.observations()) == [4, 4]
    empty.undo()
    assert sorted(empty.step(o.step_id).rank for o in empty.observations()) == [2, 2]


def test_a_correction_of_a_mark_erased_meanwhile_writes_nothing(empty) -> None:
    pupil, item = empty.pupils()[0], _objective(empty, "CE1")
    cell = ((pupil.id, item.id),)
    empty.run(RecordObservations(cell, empty.step_by_rank(2).id, DAY))
    stale = empty.marking(cell, empty.step_by_rank(3).id, DAY)
    empty.undo()
    with pytest.raises(InvalidInputError, match="n'existe plus"):
        empty.run(stale)
    assert empty.observations() == []
