"""PDF exports: the pupils' syntheses (A4 portrait) and the class summary (A4 landscape).

Both embed a TrueType font (see ``exports.fonts``) so that every name prints as typed, and
both are written atomically (see ``exports.safe``). ``progress(done, total)`` is called as
pages are laid out, for the desktop app's progress bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from exports.class_pages import class_story
from exports.errors import ExportError
from exports.pdfdoc import Footer, OddPageStart, build, footer_for, frame_height, frame_width
from exports.pupil_pages import Parsed, pupil_story
from exports.report import PeriodReport, PupilReport
from exports.safe import atomic_file, check_folder, safe_filename

Progress = Callable[[int, int], None]

PORTRAIT = A4
LANDSCAPE = landscape(A4)


def write_pupil_syntheses(report: PeriodReport, path: Path, *, pupils: Sequence[str] | None = None,
                          duplex: bool = False, progress: Progress | None = None) -> Path:
    """One PDF with every pupil's synthesis (or those whose ``key`` is in ``pupils``).

    Each pupil starts on a new page and, in an ordinary class, fits on it; pages are numbered
    per pupil (« page 1 / 1 ») so that the sheets handed to one family make sense on their own.
    ``duplex`` (for double-sided printing) adds a blank page where needed so that every pupil
    starts on a recto.
    """
    chosen = _select(report, pupils)
    path = Path(path)
    footer = _pupil_footer(report, per_group=True)
    with atomic_file(path) as handle:
        _render_pupils(report, chosen, handle, footer, progress, duplex=duplex)
    return path


def write_pupil_syntheses_per_file(report: PeriodReport, folder: Path, *,
                                   progress: Progress | None = None) -> list[Path]:
    """One PDF per pupil in ``folder``, named after the period and the pupil.

    If one file fails, the files this call created are removed: the folder is left as it was
    (except files it replaced, which were complete either way).
    """
    folder = check_folder(Path(folder))
    chosen = _select(report, None)
    names = _file_names(report, chosen)
    created: list[Path] = []
    try:
        for done, (pupil, name) in enumerate(zip(chosen, names, strict=True)):
            target = folder / name
            existed = target.exists()
            with atomic_file(target) as handle:
                _render_pupils(report, [pupil], handle, _pupil_footer(report, per_group=False), None)
            if not existed:
                created.append(target)
            if progress is not None:
                progress(done + 1, len(chosen))
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise
    return [folder / name for name in names]


def write_class_summary(report: PeriodReport, path: Path, *, progress: Progress | None = None) -> Path:
    """The class summary for the period: grids per grade, counts, fluency, need groups."""
    path = Path(path)
    if progress is not None:
        progress(0, 1)
    story = class_story(report, frame_width(LANDSCAPE))
    with atomic_file(path) as handle, _layout_errors("la synthèse de classe"):
        running = f"Synthèse de classe — {report.header.period_label}"
        build(story, handle, pagesize=LANDSCAPE,
              footer=footer_for(report.header, per_group=False, running=running),
              title=f"Synthèse de classe — {report.header.class_label} — {report.header.period_label}")
    if progress is not None:
        progress(1, 1)
    return path


def _pupil_footer(report: PeriodReport, *, per_group: bool) -> Footer:
    return footer_for(report.header, per_group=per_group,
                      running=f"Synthèse de lecture — {report.header.period_label}")


def _select(report: PeriodReport, keys: Sequence[str] | None) -> list[PupilReport]:
    if keys is None:
        chosen = list(report.pupils)
    else:
        wanted = set(keys)
        chosen = [pupil for pupil in report.pupils if pupil.key in wanted]
        missing = wanted - {pupil.key for pupil in chosen}
        if missing:
            raise ExportError(
                f"{len(missing)} élève(s) demandé(s) ne figurent pas dans le rapport de "
                f"{report.header.period_label} : actualisez la liste des élèves et recommencez."
            )
    if not chosen:
        raise ExportError("Aucun élève à imprimer : la classe est vide pour cette période.")
    return chosen


def _render_pupils(report: PeriodReport, pupils: Sequence[PupilReport], handle: BinaryIO, footer: Footer,
                   progress: Progress | None, *, duplex: bool = False) -> None:
    width, height = frame_width(PORTRAIT), frame_height(PORTRAIT)
    total = len(pupils)
    story: list[Flowable] = []
    parsed: Parsed = {}
    for index, pupil in enumerate(pupils):
        if index:
            story.append(PageBreak())
            if duplex:
                story.append(OddPageStart())
        story += pupil_story(report, pupil, width, height, _reporter(progress, index, total), parsed)
    title = f"Synthèse de lecture — {report.header.period_label}"
    if total == 1:
        title += f" — {pupils[0].label}"
    with _layout_errors(pupils[0].label if total == 1 else "les synthèses des élèves"):
        build(story, handle, pagesize=PORTRAIT, title=title, footer=footer)
    if progress is not None:
        progress(total, total)


def _reporter(progress: Progress | None, index: int, total: int) -> Callable[[], None] | None:
    if progress is None:
        return None
    return lambda: progress(index, total)


@contextmanager
def _layout_errors(what: str) -> Iterator[None]:
    # Only reachable with content no page can hold; say so rather than show a traceback.
    try:
        yield
    except LayoutError as error:
        raise ExportError(
            f"La mise en page de {what} a échoué (un texte est trop long pour une page) : "
            "raccourcissez l'appréciation ou l'intitulé en cause et recommencez."
        ) from error


def _file_names(report: PeriodReport, pupils: Sequence[PupilReport]) -> list[str]:
    names: list[str] = []
    taken: set[str] = set()
    for pupil in pupils:
        stem = safe_filename(f"Synthèse lecture {report.header.period_label} - {pupil.label}")
        name, copy = f"{stem}.pdf", 1
        # Homonyms and case-insensitive file systems (Windows, macOS) must not overwrite each other.
        while name.casefold() in taken:
            copy += 1
            name = f"{stem} ({copy}).pdf"
        taken.add(name.casefold())
        names.append(name)
    return names
