"""Exit statuses of the `workplan` command."""

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran but the result is negative (e.g. a bundle that does not fit)
EXIT_INVALID = 2  # bad input: the located errors were printed
EXIT_INTERRUPTED = 130
