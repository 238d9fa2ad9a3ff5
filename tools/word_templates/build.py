"""Build the package's default Word templates: `python tools/word_templates/build.py`.

Each `tools/word_templates/<kind>.py` (every module here but this one and common.py) has
`build()`; its document is saved as `src/workplan_tui/templates/papers/<kind>.docx`.
tests/project/test_word_templates.py checks each committed template is its builder's output.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE.parent.parent / "src" / "workplan_tui" / "templates" / "papers"
NOT_BUILDERS = {"build", "common", "__init__"}


def builders() -> list[str]:
    """The kinds with a builder here, in name order."""
    return sorted(path.stem for path in HERE.glob("*.py") if path.stem not in NOT_BUILDERS)


def build(kind: str) -> bytes:
    """The .docx bytes of a kind's default template."""
    import io

    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    document = importlib.import_module(kind).build()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def main() -> None:
    PAPERS.mkdir(parents=True, exist_ok=True)
    for kind in builders():
        target = PAPERS / f"{kind}.docx"
        target.write_bytes(build(kind))
        print(f"{target.relative_to(HERE.parent.parent)}: built")


if __name__ == "__main__":
    main()
