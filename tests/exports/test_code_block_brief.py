"""The code on a pupil's page short of room: the correspondences by their letters only, the sound
kept where the same letters stand for two sounds on the page, the counts unchanged."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from exports.code_block import code_block
from exports.report import PupilReport


def _text(brief: bool) -> str:
    pupil = PupilReport(key="p", label="Léo Martin", grade="CE1", items=(),
                        code_decoded=("a [a]", "s [s]", "ou [u]"), code_learning=("s [z]", "ch [ʃ]"))
    first = code_block(pupil, Paragraph, brief=brief)[0]
    assert isinstance(first, Paragraph)
    return first.getPlainText()


def test_letters_only_when_brief_the_sound_kept_for_letters_with_two() -> None:
    assert "Sues (3) : a, s [s], ou · En cours (2) : s [z], ch." in _text(brief=True)
    assert "Sues (3) : a [a], s [s], ou [u] · En cours (2) : s [z], ch [ʃ]." in _text(brief=False)
