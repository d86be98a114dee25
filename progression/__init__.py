"""Progression's core: the carnet file, the rules, the importers and the command line.

Never imports Qt (a test blocks PySide6 and imports every module here).
"""

__version__ = "0.1.0"
APP_NAME = "Progression"
