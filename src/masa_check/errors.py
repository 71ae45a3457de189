"""Errors that end a run with exit code 2 and one clear line, never a traceback."""


class InputError(Exception):
    """The user's input (file, pack, config, arguments) cannot be used.

    The message is shown as is, on one line, prefixed with the file where known.
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        more: list[str] | None = None,
    ):
        self.path = path
        self.line = line
        self.column = column
        self.detail = message
        #: Further problems in the same file, each a line as rendered ("file:line:col: why"),
        #: listed under ``-v`` (the one-line message counts them).
        self.more = more or []
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        from masa_check.safe_text import visible

        return visible(where + self.detail, one_line=True)


class SiteError(InputError):
    """A web site could not be read at all (unreachable, refused, robots.txt, nothing found).

    Among several inputs it becomes that site's error row while the others are checked; alone,
    it ends the run like any other input error.
    """


class ErrorMessage(str):
    """An error line that keeps the further problems of its file (:attr:`InputError.more`),
    so they survive the trip back from a worker process and ``-v`` can list them."""

    more: list[str]

    def __new__(cls, text: str, more: list[str] | None = None):
        obj = super().__new__(cls, text)
        obj.more = list(more or [])
        return obj

    def __reduce__(self):
        return (ErrorMessage, (str(self), self.more))
