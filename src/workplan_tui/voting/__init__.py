"""Ballots, counting methods and the selection of priority projects.

    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.tally import tally

    ballots, rejected = open_box(plan_path, plan).read(plan)  # the plan's box: a folder or SQLite
    result = tally(plan, ballots, rejected)          # a TallyResult

The package imports none of its modules itself: the booth's first screen asks voting/window.py
whether the vote is open, and must not wait for the counting methods to load.
"""
