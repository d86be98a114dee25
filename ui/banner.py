"""The yellow band at the top of the window: what the teacher should know about the open carnet.

Where it lives (USB key, synced folder, network share), that it is read-only, that a backup
could not be made, that a backup was just put back in place. Said once, in plain French,
above the pages; the teacher can close it. The sentences come from the core or the window:
this widget only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ui.widgets import named


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carnetBanner")
        # Light yellow with dark text: readable in light and dark themes alike (contrast > 12:1).
        self.setStyleSheet(
            "QFrame#carnetBanner { background: #FFF4CE; border-bottom: 1px solid #E3C56B; }"
            " QFrame#carnetBanner QLabel { color: #1A1A1A; background: transparent; }"
            " QToolButton#bannerClose { color: #1A1A1A; border: none; padding: 0.15em 0.4em; }"
            " QToolButton#bannerClose:hover, QToolButton#bannerClose:focus"
            " { background: #F2E1A6; border-radius: 0.2em; }"
        )
        size = self.fontMetrics().height()
        self.icon = QLabel()  # its picture is drawn the first time there is something to say
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = named(QLabel(), "carnetNotice")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = named(QToolButton(), "bannerClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer ce message"))
        self.close_button.setAccessibleName(self.tr("Masquer ce message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        margin = size // 2
        layout.setContentsMargins(margin, margin // 2 + 2, margin // 2, margin // 2 + 2)
        layout.setSpacing(margin)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[str] = []
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        """Show these sentences (one paragraph each), or hide the band if there are none."""
        self.messages = [m for m in messages if m]
        if self.messages and self.icon.pixmap().isNull():
            size = self.fontMetrics().height()
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(icon.pixmap(size, size))
        self.label.setText("\n".join(self.messages))
        self.setAccessibleDescription(" ".join(self.messages))
        self.setVisible(bool(self.messages))

    def text(self) -> str:
        return self.label.text()
