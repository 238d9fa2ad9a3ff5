"""Each committed Word template is what its builder makes (tools/word_templates/<kind>.py), so a
template is changed by changing its builder and running `python tools/word_templates/build.py`."""

from __future__ import annotations

import importlib.util
import io
import zipfile

import pytest

from helpers.paths import ROOT

TOOLS = ROOT / "tools" / "word_templates"
PAPERS = ROOT / "src" / "workplan_tui" / "templates" / "papers"


def load_build():
    spec = importlib.util.spec_from_file_location("word_templates_build", TOOLS / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = load_build()


def document_xml(data: bytes) -> bytes:
    """What the document says and how it is laid out; the zip's dates differ from build to build."""
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_every_builder_has_its_template_and_every_template_its_builder():
    assert build.builders() == sorted(path.stem for path in PAPERS.glob("*.docx"))
    assert "paper" in build.builders()


@pytest.mark.parametrize("kind", build.builders())
def test_the_committed_template_is_its_builder_s_output(kind):
    committed = (PAPERS / f"{kind}.docx").read_bytes()
    assert document_xml(committed) == document_xml(build.build(kind)), (
        f"templates/papers/{kind}.docx is not tools/word_templates/{kind}.py's: run `python tools/word_templates/build.py`"
    )
