"""Aide › Guide (F1): the French user guide, read offline in a window of its own.

The guide is docs/guide.md, rendered by Qt's Markdown support; its pictures are found beside it.
``progression.paths.guide_file`` finds it from a source checkout and in the frozen bundle
(build.spec puts it under the resources), so there is one guide and one lookup.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from progression import paths


class GuideWindow(QDialog):
    """Not modal: the teacher reads the guide beside the page she is working on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Guide de l'enseignant — Progression"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Guide de l'enseignant"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        close = QShortcut(QKeySequence("Escape"), self)
        close.activated.connect(self.close)
        self.resize(900, 700)
        self.load()

    def load(self) -> None:
        guide = paths.guide_file()
        if guide is None:
            self.browser.setPlainText(self.tr(
                "Le guide n'a pas été trouvé avec cette installation de Progression. Il est aussi dans le "
                "dossier « docs » des sources, sous le nom guide.md."))
            return
        try:
            text = guide.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.browser.setPlainText(self.tr("Le guide n'a pas pu être lu ({0}).").format(error))
            return
        # The pictures (images/…) and the anchors of the table of contents resolve beside the file.
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(guide.parent) + "/"))
        self.browser.setMarkdown(text)

    def text(self) -> str:
        return self.browser.toPlainText()
