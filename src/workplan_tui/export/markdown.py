"""Markdown that keeps a plan's text as text: the escaping every Markdown paper uses.

The papers are laid out by templates (export/templating.py, whose `finalize` passes every
printed value through `escape`); this is what makes a value safe there: GitHub-flavoured
Markdown that pandoc also reads (`pandoc -f gfm`), every piece of plan text escaped so a
`|`, a leading `#` or `-`, or a line break in a summary cannot change the document's structure.
"""

from __future__ import annotations

import re

# Characters that start inline markup anywhere in a line. `$` because pandoc's own
# markdown reads it as maths; `~` for strikethrough.
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>|$~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Block markup only counts at the start of a line (or of a list item): headings, quotes,
# list bullets, setext underlines and ordered-list numbers (a number is one only when a space
# or the end follows its `.` or `)`: "2.5 days" is text).
_LEADING_BLOCK = re.compile(r"^([#>+=-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])(?=\s|$)")


# -- escaping ----------------------------------------------------------------------


def escape(value: str) -> str:
    """Plan text as one line of Markdown that renders as the same words, never as markup."""
    text = " ".join(value.split())  # a line break would end a table row or a list item
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _LEADING_BLOCK.sub(r"\\\1", text)
    return _LEADING_NUMBER.sub(r"\1\\\2", text)

