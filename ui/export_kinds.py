"""The documents the export dialog makes: the same codes as ``progression export --format``.

A module of its own so the Fichier menu can name them without importing the dialog (and the
report builders behind it) at start-up.
"""

PUPIL_PDF, CLASS_PDF, GRID_XLSX, GRID_CSV, LSU_XML = "pdf", "class-pdf", "xlsx", "csv", "lsu"
KINDS = (PUPIL_PDF, CLASS_PDF, GRID_XLSX, GRID_CSV, LSU_XML)
