"""The first screen, when no carnet is open: two big choices and the recent carnets.

A teacher who has never used the app chooses between making her own class (a short
wizard) and looking around in a ready-made demo class; everything else (opening a file
from a USB key, recent carnets) is one step below.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import named


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    open_requested = Signal()  # choose a file
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Bienvenue dans Progression"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.8)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setWordWrap(True)  # a longer translation goes to a second line rather than widening the column
        intro = QLabel(self.tr(
            "Suivez les progrès en lecture de vos élèves, période après période. Tout reste sur cet "
            "ordinateur, dans un seul fichier : le carnet de suivi de votre classe."
        ))
        intro.setWordWrap(True)

        self.create_button = QCommandLinkButton(
            self.tr("Créer ma classe"),
            self.tr("Quelques questions (école, niveaux, périodes), puis la liste de vos élèves."),
        )
        self.create_button.setObjectName("createClassButton")
        self.demo_button = QCommandLinkButton(
            self.tr("Découvrir avec la classe de démonstration"),
            self.tr("Une classe de CE1-CE2 imaginaire avec une année d'observations, pour essayer sans risque."),
        )
        self.demo_button.setObjectName("demoButton")
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.25)
        for button in (self.create_button, self.demo_button):
            button.setFont(big)
            # A card look, so the two choices read as the two big doors of the app.
            button.setStyleSheet(
                "QCommandLinkButton { border: 1px solid #A0A0A0; border-radius: 0.4em; background: palette(base);"
                " padding: 0.8em; }"
                " QCommandLinkButton:hover { border-color: palette(highlight); }"
                " QCommandLinkButton:focus { border: 2px solid palette(highlight); }"
            )
        self.open_button = QPushButton(self.tr("Ouvrir un carnet existant…"))
        self.open_button.setObjectName("openButton")

        self.recent_title = QLabel(self.tr("Carnets récents"))
        self.recent_list = named(QListWidget(), "recentList")
        self.recent_list.setAccessibleName(self.tr("Carnets récents"))
        self.recent_list.setFrameShape(QFrame.Shape.NoFrame)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.create_button)
        column.addWidget(self.demo_button)
        column.addSpacing(self.fontMetrics().height() // 2)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        column.addLayout(open_row)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.recent_title)
        column.addWidget(self.recent_list)
        column.addStretch(1)

        holder = QWidget()
        holder.setLayout(column)
        # A readable measure: about 60 characters wide, centred, whatever the window size; wider
        # only if a translation's button title (which cannot wrap) needs it.
        holder.setMaximumWidth(max(self.fontMetrics().horizontalAdvance("M") * 48, holder.minimumSizeHint().width()))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 3)
        outer.addStretch(1)
        outer.setContentsMargins(0, self.fontMetrics().height() * 3, 0, 0)

        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.setFocusProxy(self.create_button)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.recent_title.setVisible(bool(paths))
        rows = max(1, min(len(paths), 6))
        self.recent_list.setFixedHeight(self.recent_list.sizeHintForRow(0) * rows + 4 if paths else 0)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
