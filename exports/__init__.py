"""Renderers from plain report data (see ``exports.report``) to PDF, xlsx and CSV.

No Qt and no database here: callers build the report data, these modules only draw it.
"""

from exports.errors import ExportError

__all__ = ["ExportError"]
