"""What leaves the tool: the board paper (markdown.py) and the CSV annex (csv.py).

The agreed plan itself is written by plan_io; agree.py builds it. Every renderer takes a
plan and returns text, so the TUI can preview exactly what `workplan export` writes.
"""
