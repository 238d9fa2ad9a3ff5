"""Real instances from public libraries: pabulib's participatory budgets (`.pb`) and PrefLib's
elections (`.soc/.soi/.toc/.toi`) read into the plan and its ballots (`workplan import`), and the
official outcome they record compared with the count (official.py).

The readers stream: a file is read once, line by line, and every malformed line is a located
`FILE:LINE:COL: E03x` error (docs/import.md), never a traceback.
"""
