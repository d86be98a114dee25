"""Words shared by every subject: how a list is joined."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "list.and": QT_TRANSLATE_NOOP("Errors", "{first} et {last}"),
}
