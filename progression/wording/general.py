"""Words shared by every subject: how a list is joined, a line of a file named."""

from progression.wording.base import QT_TRANSLATE_NOOP

ERRORS = {
    "list.and": QT_TRANSLATE_NOOP("Errors", "{first} et {last}"),
    # Where in a file a refusal was met, at the start of its sentence.
    "where.file_line": QT_TRANSLATE_NOOP("Errors", "« {name} », ligne {line}"),
    "where.file": QT_TRANSLATE_NOOP("Errors", "le fichier « {name} »"),
    "where.sheet": QT_TRANSLATE_NOOP("Errors", "la feuille « {sheet} » du classeur « {name} »"),
}
