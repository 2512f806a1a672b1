"""The exception tree shared by every layer; each boundary (CLI, HTTP) translates it once."""


class GovKGError(Exception):
    """Base class for errors govkg reports to the user as one clear line."""


class StoreError(GovKGError):
    """The store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store directory."""


class LoadError(GovKGError):
    """A source could not be loaded; names the file (and line) at fault."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {reason}")


class QueryError(GovKGError):
    """A query is malformed or failed to run."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped."""


class ForbiddenQuery(QueryError):
    """A query asks for something the caller may not do (update, SERVICE, LOAD)."""


class ValidationFailed(GovKGError):
    """The data breaks the SHACL shapes."""


class IndexWarming(GovKGError):
    """A server's question index is still being built or read after its start; the request may be made again."""
