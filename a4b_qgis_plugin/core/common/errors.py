"""The plugin's errors: one base class, a few kinds a caller can act on.

Every message is written for the user (translated where it is raised), so a
panel can show it in the message bar and an algorithm can raise it as a
``QgsProcessingException`` unchanged.
"""


class A4BError(Exception):
    """Any failure the plugin reports to the user instead of a traceback."""


class InputError(A4BError, ValueError):
    """A layer, field or parameter the user gave cannot be used as it is."""


class CatalogueError(A4BError, ValueError):
    """A catalogue file (measures, pilots, PDOK sources) or entry cannot be used.

    ``problems`` lists every reason, so a user fixes the file in one go;
    *heading* (which file) goes above them in the message.
    """

    def __init__(self, problems: list[str], heading: str = ""):
        self.problems = list(problems)
        if heading:
            text = "\n".join([heading] + [f"- {problem}" for problem in self.problems])
        else:
            text = "\n".join(self.problems)
        super().__init__(text)


class RegisterError(A4BError):
    """The measures register cannot be opened, read or written."""


class OutputError(A4BError):
    """An output file or table cannot be written."""


class SourceError(A4BError):
    """A remote data source could not be reached or gave unusable data.

    ``attempts`` holds what was tried (endpoint and outcome), for the log.
    """

    def __init__(self, message: str, attempts: list | None = None):
        super().__init__(message)
        self.attempts = attempts or []
