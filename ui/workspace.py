"""An open carnet on screen: the banner, the list of pages, and the pages themselves.

« Saisie » is built when the carnet opens; the other pages when first shown (the teacher starts
marking sooner, and a page built late reads fresh data). Every page is a ``Panel``: the
workspace gives it the period shown, what changed, and asks it to store what it keeps back.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from progression.operations import Changes
from ui.banner import Banner
from ui.grid.entry_panel import EntryPanel
from ui.panel import Panel
from ui.runner import ActionRunner
from ui.widgets import choose, named


# Pages other than « Saisie », imported when first shown: start-up only needs the grid.
def pupil_page(runner: ActionRunner) -> Panel:
    from ui.pupil_panel import PupilPanel

    return PupilPanel(runner)


def fluency_page(runner: ActionRunner) -> Panel:
    from ui.fluency_panel import FluencyPanel

    return FluencyPanel(runner)


def synthesis_page(runner: ActionRunner) -> Panel:
    from ui.synthesis_panel import SynthesisPanel

    return SynthesisPanel(runner)


def groups_page(runner: ActionRunner) -> Panel:
    from ui.groups_panel import GroupsPanel

    return GroupsPanel(runner)


def framework_page(runner: ActionRunner) -> Panel:
    from ui.framework_panel import FrameworkPanel

    return FrameworkPanel(runner)


def code_page(runner: ActionRunner) -> Panel:
    from ui.code_panel import CodePanel

    return CodePanel(runner)
def works_page(runner: ActionRunner) -> Panel:
    from ui.works_panel import WorksPanel

    return WorksPanel(runner)


# (how the page is made, its French title). Titles are marked for translation here and
# translated where shown (context "MainWindow").
PANELS: tuple[tuple[Callable[[ActionRunner], Panel], str], ...] = (
    (pupil_page, str(QT_TRANSLATE_NOOP("MainWindow", "Élèves"))),
    (fluency_page, str(QT_TRANSLATE_NOOP("MainWindow", "Fluence"))),
    (synthesis_page, str(QT_TRANSLATE_NOOP("MainWindow", "Bilans de période"))),
    (groups_page, str(QT_TRANSLATE_NOOP("MainWindow", "Groupes"))),
    (framework_page, str(QT_TRANSLATE_NOOP("MainWindow", "Référentiel"))),
    (code_page, str(QT_TRANSLATE_NOOP("MainWindow", "Code"))),
    (works_page, str(QT_TRANSLATE_NOOP("MainWindow", "Œuvres lues"))),
)


class UnavailablePage(Panel):
    """Stands for a page that failed to build (its reason on stderr): the other pages still work."""

    def __init__(self, runner: ActionRunner, title: str, reason: str) -> None:
        super().__init__(runner)
        label = QLabel(reason)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.setAccessibleName(title)

    def set_period(self, period_index: int) -> None:
        pass

    def on_changes(self, changes: Changes) -> None:
        pass


def scrollable(page: QWidget) -> QScrollArea:
    """A page in a scroll area: on a small screen or at 200 % the window may be smaller than the
    page needs, and the page then scrolls instead of holding the window larger than the screen.
    (« Saisie » needs none: its grid scrolls itself.)"""
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the page, not onto its frame
    holder.setWidget(page)
    return holder


class Workspace(QWidget):
    page_shown = Signal(int)

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.page_titles = list(titles)  # « Saisie », then PANELS' titles, translated
        self.runner: ActionRunner | None = None
        self.entry: EntryPanel | None = None
        self._pages: list[Panel | None] = []  # « Saisie » first; None until first shown
        self._period: int | None = None
        self.sidebar = named(QListWidget(), "pageList")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        # Roomy entries, in em so they grow with the font; the sidebar is also the page list for Tab users.
        self.sidebar.setStyleSheet("QListWidget#pageList::item { padding: 0.45em 0.6em; }")
        self.page_stack = named(QStackedWidget(), "panelStack")
        # Where the carnet lives can matter (USB key, synced folder, read-only): said once, on top.
        self.banner = Banner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.page_stack, 1)
        layout.addLayout(row, 1)
        self.sidebar.currentRowChanged.connect(self._show_page)

    # ------------------------------------------------------------ the carnet's pages

    def install(self, runner: ActionRunner) -> EntryPanel:
        """The pages of a carnet just opened: « Saisie » now, stand-ins for the others."""
        self.runner = runner
        self.entry = EntryPanel(runner)
        self._pages = [self.entry, *(None for _ in PANELS)]
        self.page_stack.addWidget(self.entry)
        for _ in PANELS:
            self.page_stack.addWidget(QWidget())  # stands in for the page until it is first shown
        for title in self.page_titles:
            self.sidebar.addItem(title)
        fm = self.sidebar.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in self.page_titles), default=100)
        self.sidebar.setFixedWidth(widest + fm.horizontalAdvance("M") * 3)
        return self.entry

    def take_down(self) -> None:
        for widget in [self.page_stack.widget(n) for n in range(self.page_stack.count())]:
            assert widget is not None
            self.page_stack.removeWidget(widget)
            widget.deleteLater()
        self._pages, self.entry, self.runner, self._period = [], None, None, None
        self.sidebar.clear()
        self.banner.set_messages([])

    @property
    def panels(self) -> list[Panel]:
        """The pages built so far, in page order."""
        return [page for page in self._pages if page is not None]

    def panel(self, index: int) -> Panel:
        """Page ``index`` of the open carnet (0 is « Saisie »), built now if it was not yet."""
        page = self._pages[index]
        if page is None:
            page = self._make(*PANELS[index - 1])
            stand_in = self.page_stack.widget(index)
            assert stand_in is not None
            self.page_stack.insertWidget(index, scrollable(page))
            self.page_stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[index] = page
            wanted = getattr(page, "grid_filter_requested", None)  # « Groupes »: a group shown in the grid
            if wanted is not None:
                wanted.connect(self.show_in_grid)
            if self._period is not None:
                page.set_period(self._period)  # a page built late starts on the period shown
        return page

    def _make(self, make: Callable[[ActionRunner], Panel], title: str) -> Panel:
        assert self.runner is not None
        try:
            return make(self.runner)
        except Exception:
            traceback.print_exc()
            return UnavailablePage(self.runner, title, self.tr("Cette page n'a pas pu s'afficher."))

    # ------------------------------------------------------------ what every page follows

    def set_period(self, period_index: int) -> None:
        self._period = period_index
        for page in self.panels:
            page.set_period(period_index)

    def dispatch(self, changes: Changes) -> None:
        """The built pages reload, in page order."""
        for page in self.panels:
            page.on_changes(changes)

    def save_pending(self) -> None:
        for page in self.panels:
            page.save_pending()

    # ------------------------------------------------------------ showing a page

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.page_stack.count():
            return
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # comes back through _show_page
            return
        self._show_page(index)

    def _show_page(self, index: int) -> None:
        if not 0 <= index < self.page_stack.count():
            return
        page = self.panel(index)
        self.page_stack.setCurrentIndex(index)
        self.page_shown.emit(index)
        if not self.sidebar.hasFocus():
            page.setFocus()

    def show_in_grid(self, group_filter: str) -> None:
        """« Saisie » with only the pupils of a need group (the grid's group filter)."""
        if self.entry is not None and self.entry.show_need_group(group_filter):
            self.show_page(0)

    def current_page(self) -> int:
        return self.page_stack.currentIndex()

    def current_panel(self) -> Panel | None:
        """The page shown, as built (not the scroll area around it)."""
        index = self.current_page()
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def focus_first_cell(self) -> None:
        if self.entry is None:
            return
        model = self.entry.model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if model.is_applicable(index):
                    choose(self.entry.grid, index)
                    self.entry.grid.scrollToTop()
                    self.entry.grid.setFocus()
                    return
