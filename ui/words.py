"""The core's errors and reports, worded in the app's language.

The core hands over codes and fields (``progression.wording``); here they become sentences
through Qt's translation catalogue, with the app's numbers and plurals. Every place in ``ui/``
that shows a ProgressionError or a core report goes through these functions, so an English
user never reads the core's French.
"""

from __future__ import annotations

import sys
import traceback
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from progression.errors import ProgressionError
from progression.problem_report import record_error
from progression.wording import Voice, Worded, say, words

if TYPE_CHECKING:
    from progression.merge import MergeReport


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def _number(count: int) -> str:
    return QLocale().toString(count)


def _many(count: int) -> bool:
    # French says « 0 élève », English "0 pupils".
    return count >= 2 if QLocale().language() == QLocale.Language.French else count != 1


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def voice() -> Voice:
    """The app's language, as the translators installed now speak it."""
    return Voice(translate=_translate, number=_number, many=_many, day=_day)


def said(text: str) -> str:
    """A sentence from the core (a banner note, a warning) in the app's language: worded again
    when it carries its code, as it is otherwise."""
    return say(text.code, text.fields, voice()) if isinstance(text, Worded) else text


def error_text(error: BaseException) -> str:
    """The sentence a teacher sees, also kept in the error log (« Signaler un problème »); anything
    unexplained keeps its traceback on stderr."""
    if isinstance(error, ProgressionError):
        text = words(error.code, error.fields, voice())
    elif isinstance(error, OSError):
        text = QCoreApplication.translate(
            "Tasks", "Le fichier n'a pas pu être lu ou écrit : {reason}."
        ).format(reason=error.strerror or error)
    else:
        traceback.print_exception(error, file=sys.stderr)
        text = QCoreApplication.translate(
            "Tasks", "Une erreur inattendue a interrompu l'opération : {error}"
        ).format(error=error)
    record_error(error, text)
    return text


def merge_report_text(report: MergeReport) -> str:
    """What a merge brought (or would bring), one fact per line."""
    from progression.merge import report_lines  # loaded only when a merge is made

    return "\n".join(report_lines(report, voice()))
