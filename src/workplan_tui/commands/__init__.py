"""One module per `workplan` command: `add_parser(subparsers)` and `run(args) -> int`.

Modules import only the standard library at the top so that `workplan --help`
and the core commands start fast; heavy imports go inside `run`.
"""
