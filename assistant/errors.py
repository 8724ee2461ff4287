"""Errors a person can act on. The CLI prints them as `heard: <reason>` and exits 2."""


class HeardError(Exception):
    """Bad input or configuration: the message is shown to the user as it is."""


class BackendError(HeardError):
    """A model backend is unreachable, timed out or answered with something unusable."""
