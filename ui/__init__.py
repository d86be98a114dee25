"""Progression's desktop interface (PySide6 widgets). Thin: rules live in ``progression``."""
