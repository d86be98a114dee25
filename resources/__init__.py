"""Data shipped with Progression: frameworks, fluency norms, icons, translations, fonts.

A package so that the same lookup works from a source checkout, an installed wheel and a
PyInstaller bundle.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
