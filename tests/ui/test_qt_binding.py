"""The Qt binding must not leak references to None (PySide6 6.12 on Python 3.11 does, and the
app then aborts after some thousands of redraws): pyproject pins a version without the bug."""

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Atteints")
    assert sys.getrefcount(None) >= before - 50
