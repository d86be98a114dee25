"""Small widget helpers shared by the window's own pages."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget an object name (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget


def spoken(text: str) -> str:
    """A label's text as a screen reader should say it: no tags, no mnemonic « & », no trailing « : »."""
    text = re.sub(r"<[a-zA-Z/!][^<>]*>", "", text).replace("&nbsp;", " ")  # rich-text tags, if any
    text = re.sub(r"&(&?)", r"\1", text)  # « &Période » → « Période », « Tom && Jerry » → « Tom & Jerry »
    return re.sub(r"[\s\u00a0]*:[\s\u00a0]*$", "", text).strip()


def name_from_buddies(root: QWidget) -> None:
    """Every field a label stands for is named by that label, for screen readers.

    Qt links a label to its field (``setBuddy``, and ``QFormLayout.addRow`` does it) but the
    field's ``accessibleName`` stays empty; called once a page or dialog is built, this fills
    it from the label's (already translated) text, unless the field was named on purpose.
    """
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            text = spoken(label.text())
            if text:
                buddy.setAccessibleName(text)


# Qt's model methods take either index kind; ROOT is the default parent, built once.
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def choose(view: QAbstractItemView, index: QModelIndex, *, whole_rows: bool = False) -> None:
    """Make ``index`` the view's current and only selected cell (or row), as the program decides.
    Not the view's own setCurrentIndex: it asks the keyboard, and with Ctrl held — or counted held by
    Qt after any Ctrl+click — it toggles the cell into, or out of, the selection already there."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    if whole_rows:
        flags |= QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """The wait cursor around file work done on the GUI thread (opening, restoring: a second or two).
    Gone before any error is shown: a question under a wait cursor looks like a frozen window."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
