"""Ballots, counting methods and the selection of priority projects.

    from workplan_tui.voting.ballots import ballots_dir, read_ballots
    from workplan_tui.voting.tally import tally

    ballots, rejected = read_ballots(plan, ballots_dir(plan_path))
    result = tally(plan, ballots, rejected)          # a TallyResult

The package imports none of its modules itself: the booth's first screen asks voting/window.py
whether the vote is open, and must not wait for the counting methods to load.
"""
