"""Dates as teachers' files hold them: day first always, never swapped with the month.

Class lists and observation files write dates every way (04/03/2018, 4.3.18, 2018-03-04, « 4 mars
2018 », a spreadsheet's serial number); each is read here, and a date that only makes sense month
first is named as such rather than read one way or the other.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from progression.importers.tabular import fold
from progression.validation import shown

EXCEL_EPOCH = date(1899, 12, 30)

class MonthFirstDate(ValueError):
    """Impossible as day/month but fine as month/day (12/25/2018)."""


class DayFirstImpossible(ValueError):
    """Impossible, but its first number shows the day comes first (31/02/2019)."""


_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(rf"(\d{{1,2}})([/.\-])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}")
_YMD = re.compile(rf"(\d{{4}})([/.\-])(\d{{1,2}})\2(\d{{1,2}}){_TIME}")
_COMPACT = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")
# Only five digits: serials 10000-99999 are 1927-2173, while « 2018 » is far likelier a year.
_SERIAL = re.compile(r"(\d{5})(?:[.,]\d+)?")
_WORDY = re.compile(r"(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})")
_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
}  # fmt: skip


def parse_date(value: object) -> date:
    """A date as found in a class list: dd/mm/yyyy (also with '.' or '-', and d/m/yy where 00-29 is
    20xx), ISO yyyy-mm-dd, « 4 mars 2018 », yyyymmdd, a spreadsheet serial (epoch 1899-12-30), or a
    date/datetime object.

    Never swaps day and month. Raises ValueError whose message is a French clause to follow
    « Ligne N, colonne X : », e.g. « la date « 31/02/2019 » n'existe pas ».
    """
    return parse_date_form(value)[0]


def parse_date_form(value: object) -> tuple[date, str]:
    """The date and how it was written: "ambiguous" (day and month both ≤ 12 and different),
    "day_first" (day over 12), or "other"."""
    if isinstance(value, datetime):
        return value.date(), "other"
    if isinstance(value, date):
        return value, "other"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, str(value)), "other"
    if not isinstance(value, str):
        raise ValueError(f"« {shown(str(value))} » n’est pas une date")
    text = " ".join(value.split())
    as_typed = shown(text)
    if match := _DMY.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        if len(match[4]) == 2:
            year += 2000 if year < 30 else 1900
        try:
            parsed = date(year, month, day)
        except ValueError:
            if month > 12 and day <= 12 and _exists(year, day, month):
                raise MonthFirstDate(
                    f"la date « {as_typed} » n’existe pas en jour/mois/année ; si elle est écrite mois/jour, "
                    f"écrivez-la {month:02d}/{day:02d}/{year}"
                ) from None
            error = DayFirstImpossible if day > 12 else ValueError
            raise error(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
        if day > 12:
            return parsed, "day_first"
        return parsed, "ambiguous" if month != day else "other"
    if (match := _YMD.fullmatch(text)) or (match := _COMPACT.fullmatch(text)):
        groups = (match[1], match[3], match[4]) if match.re is _YMD else (match[1], match[2], match[3])
        try:
            return date(int(groups[0]), int(groups[1]), int(groups[2])), "other"
        except ValueError:
            raise ValueError(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
    if match := _SERIAL.fullmatch(text):
        return _from_serial(float(text.replace(",", ".")), text), "other"
    if match := _WORDY.fullmatch(fold(text)):
        month_number = _MONTHS.get(match[2])
        if month_number is not None:
            try:
                return date(int(match[3]), month_number, int(match[1])), "other"
            except ValueError:
                raise ValueError(f"la date « {as_typed} » n’existe pas ; corrigez-la") from None
    raise ValueError(f"« {as_typed} » n’est pas une date lisible ; écrivez-la jour/mois/année, par exemple 04/03/2018")


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _from_serial(serial: float, as_typed: str) -> date:
    if not 1 <= serial < 2_958_466:  # 9999-12-31
        raise ValueError(
            f"le nombre « {shown(as_typed)} » n’est pas une date de tableur ; écrivez la date jour/mois/année"
        )
    return EXCEL_EPOCH + timedelta(days=int(serial))
