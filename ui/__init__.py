"""Progression's desktop interface (PySide6 widgets). Thin: rules live in ``progression``.

Importing this package loads nothing: the command line's entry point (``progression_start``)
must stay light for subcommands.
"""


def load_core_first() -> None:
    """Import the core before any Qt module, on purpose: once PySide6 is imported, its import
    hook reads the source of every module imported after it (looking for Qt "features"), which
    costs a noticeable share of the start-up for SQLAlchemy's two hundred modules. The core
    never imports Qt. Listed: what opening a carnet always loads. Called by the app's start
    (``progression_start``, ``ui.bench_start``) before anything imports PySide6."""
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import progression.service  # noqa: F401
    from progression import backup, checkup, location, lock, names  # noqa: F401
