"""Ballots, counting methods and the selection of priority projects."""
