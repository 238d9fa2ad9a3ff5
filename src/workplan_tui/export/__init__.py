"""What leaves the tool: the Board's documents and the annexes.

- The documents (papers.py's KINDS: the paper for direction, and the others as they are
  added): a context builder each (`paper.py`'s `paper_context`), laid out by templates
  (templating.py: Jinja2 for Markdown, docxtpl for Word; markdown.py's `escape` keeps plan
  text as text).
- The CSV annex (csv.py); the end-of-year report (report.py).

The agreed plan itself is written by plan_io; agree.py builds it. Every renderer takes a
plan and returns text (or a Word document's bytes), so the TUI can preview exactly what
`workplan export` writes.
"""
