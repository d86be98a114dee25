"""The class summary prints the need groups: those kept with the period, else the proposal, read back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from progression.need_groups import keeping, kept_groups, propose
from progression.operations import MovePupil
from progression.reports import export
from progression.service import CarnetService
from tests.exports.pdfread import page_texts, squeeze


def groups_part(path: Path, heading: str) -> str:
    text = "\n".join(page_texts(path))
    assert heading in text
    return squeeze(text[text.index(heading):])


def test_the_class_summary_prints_the_kept_groups_each_pupil_once_per_competency(demo: CarnetService,
                                                                                  tmp_path: Path) -> None:
    demo.run(keeping(demo, 2))
    kept = kept_groups(demo, 2)
    source = kept[0]
    target = next(g for g in kept[1:] if g.item_id == source.item_id)
    moved = demo.pupil(source.members[0].pupil_id)
    demo.run(MovePupil(moved.id, source.id, target.id))
    kept = kept_groups(demo, 2)
    [path] = export(demo, 2, "class-pdf", tmp_path / "classe.pdf")
    part = groups_part(path, "Groupes de besoin retenus")
    assert "(proposition)" not in part
    items = {i.id: i for i in demo.items()}
    for group in kept:
        assert squeeze(f"Groupe {group.rank} — {items[group.item_id].code} {items[group.item_id].label}") in part
    assert part.count(squeeze("placé par l'enseignant")) == 1
    # Each pupil as many times as he has groups: once per competency at most.
    expected = Counter(m.pupil_id for g in kept for m in g.members)
    for pupil in demo.pupils():
        name = squeeze(f"{pupil.first_name} {pupil.last_name}")
        assert part.count(name) == expected[pupil.id], pupil.display_name
    # Why each pupil is there: the objectives he has not met, in words.
    assert squeeze(kept[0].members[0].reason[:60]) in part


def test_without_kept_groups_the_proposal_is_printed_and_said_so(demo: CarnetService, tmp_path: Path) -> None:
    proposal = propose(demo, 2)
    [path] = export(demo, 2, "class-pdf", tmp_path / "classe.pdf")
    part = groups_part(path, "Groupes de besoin (proposition)")
    assert squeeze("Proposition à confirmer") in part
    for group in proposal:
        assert squeeze(f"Groupe {group.rank} — {group.competency.code} {group.competency.label}") in part
    assert squeeze("placé par l'enseignant") not in part
