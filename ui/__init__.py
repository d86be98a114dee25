"""Progression's desktop interface (PySide6 widgets). Thin: rules live in ``progression``."""

# The core is imported here, before any Qt module, on purpose: once PySide6 is imported, its
# import hook reads the source of every module imported after it (looking for Qt "features"),
# which costs a noticeable share of the start-up for SQLAlchemy's two hundred modules. The core
# never imports Qt. Listed: what opening a carnet always loads.
import sqlalchemy.dialects.sqlite  # noqa: F401

import progression.service  # noqa: F401
from progression import backup, location, lock, names  # noqa: F401
