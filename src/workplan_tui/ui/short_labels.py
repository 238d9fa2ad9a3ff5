"""Short labels for narrow places (one table column per role), never two alike.

"Senior adviser" is SA and "Adviser" is A; with "Analyst" beside it, neither keeps a bare A:
they become Ad and An. Every label that shares a short form grows, its last word first, until
it stands alone; labels that are the same word for word are numbered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence


def _forms(label: str) -> Iterator[str]:
    """The short forms of one label, shortest first: its initials, then its words spelt out further."""
    words = re.findall(r"[^\W_]+", label) or [label or "?"]
    lengths = [1] * len(words)
    yield "".join(word[0].upper() for word in words)
    for index in reversed(range(len(words))):
        while lengths[index] < len(words[index]):
            lengths[index] += 1
            yield "".join(
                word[0].upper() + word[1:length].lower() for word, length in zip(words, lengths, strict=True)
            )


def short_labels(labels: Sequence[str]) -> list[str]:
    """One short label per label, in order, no two alike."""
    forms = [list(_forms(label)) for label in labels]
    step = [0] * len(labels)
    while True:
        chosen = [forms[i][step[i]] for i in range(len(labels))]
        seen = Counter(chosen)
        clashing = [i for i, form in enumerate(chosen) if seen[form] > 1]
        if not clashing:
            return chosen
        growing = [i for i in clashing if step[i] + 1 < len(forms[i])]
        if not growing:
            break
        for i in growing:
            step[i] += 1
    # Only labels spelt the same are left alike: number them, past any number another label has.
    taken = set(chosen)
    numbered: Counter[str] = Counter()
    result = []
    for form in chosen:
        if seen[form] > 1:
            numbered[form] += 1
            while f"{form}{numbered[form]}" in taken:
                numbered[form] += 1
            form = f"{form}{numbered[form]}"
            taken.add(form)
        result.append(form)
    return result
