"""The booth: the member-only app of `workplan booth` and of `workplan serve` by default.

It asks who is voting (and their code when the plan sets voting.codes), shows that member
the Vote screen and nothing else (no plan forms, no export, no editor, no other member's
ballot, no command palette), writes the ballot through voting/casting.py, shows a receipt
and starts again with a fresh, empty screen for the next member.
"""
