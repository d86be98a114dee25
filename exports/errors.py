"""The one error the renderers raise, worded for the teacher."""


class ExportError(Exception):
    """An export that could not be written; ``str(error)`` is one French sentence to show.

    The core converts it into its own error type; exports cannot import the core.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
