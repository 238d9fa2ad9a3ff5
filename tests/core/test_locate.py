from __future__ import annotations

from workplan_tui.locate import Position, locate

TEXT = '''# comment
schema = 1
"quoted key" = 'x'
dotted.key = 2

[plan]
title = """multi
line = not a key
"""
start = 2023-04-01

[limits.gates.research_team]
label = "x # not a comment"

[[projects]]
id = "a"
effort = { senior_adviser = 6, "adviser" = 12 }
milestones = [
  { at = "m1", what = "Interim" },  # trailing
  { date = 1979-05-27 07:32:00, what = "Final" },
]

[[projects]]
id = "b"

[[projects.milestones]]
what = "nested"
'''


def test_keys_and_values_are_located():
    where = locate(TEXT)
    assert where.keys[("schema",)] == Position(2, 1)
    assert where.values[("schema",)] == Position(2, 10)
    assert where.keys[("quoted key",)] == Position(3, 1)
    assert where.keys[("dotted", "key")] == Position(4, 1)
    assert where.values[("plan", "title")] == Position(7, 9)
    assert where.keys[("plan", "start")] == Position(10, 1)
    assert ("plan", "line") not in where.keys
    assert where.keys[("limits", "gates", "research_team")] == Position(12, 1)
    assert where.values[("limits", "gates", "research_team", "label")] == Position(13, 9)


def test_arrays_of_tables_and_inline_tables_are_indexed():
    where = locate(TEXT)
    assert where.keys[("projects", 0)] == Position(15, 1)
    assert where.keys[("projects", 0, "effort", "senior_adviser")] == Position(17, 12)
    assert where.values[("projects", 0, "effort", "adviser")] == Position(17, 44)
    assert where.values[("projects", 0, "milestones", 0, "at")] == Position(19, 10)
    assert where.values[("projects", 0, "milestones", 1, "what")] == Position(20, 40)
    assert where.keys[("projects", 1, "id")] == Position(24, 1)
    assert where.keys[("projects", 1, "milestones", 0)] == Position(26, 1)
    assert where.keys[("projects", 1, "milestones", 0, "what")] == Position(27, 1)


def test_unknown_paths_fall_back_to_the_nearest_known_parent():
    where = locate(TEXT)
    assert where.key(("projects", 0, "missing")) == Position(15, 1)
    assert where.value(("nowhere",)) == Position(1, 1)
