"""The end-of-year report (`workplan export PLAN --to report`), modelled on seeds/002.

The context (export/report.py) is checked for what it says; the default templates for how it
reads: the Markdown against golden files, the Word report read back with python-docx.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.agreed_example import REPORT_DATE, agreed
from helpers.paths import GOLDEN, PLANS
from workplan_tui.cli import main
from workplan_tui.errors import WorkplanError
from workplan_tui.export.report import PROGRESS_WORDS, progress_sentence, report_context, report_warnings
from workplan_tui.export.templating import render_docx, render_markdown
from workplan_tui.model import Activity, Plan, ReportText
from workplan_tui.plan_io import dumps_plan, fingerprint, load_plan, loads_plan

FIXTURE = PLANS / "sscb-2017-18.toml"
NEXT_PLAN = PLANS / "sscb-2018-19.toml"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(FIXTURE)


@pytest.fixture(scope="module")
def next_plan() -> Plan:
    return load_plan(NEXT_PLAN)


@pytest.fixture(scope="module")
def report(plan, next_plan) -> str:
    return render_markdown("report", report_context(plan, date=REPORT_DATE, next_plan=next_plan))


def test_the_reports_match_their_golden_files(plan, next_plan, report):
    # After a deliberate change: python tests/helpers/agreed_example.py, then read the diff.
    assert report == (GOLDEN / "report-2017-18.md").read_text(encoding="utf-8")
    continuing = render_markdown("report", report_context(plan, date=REPORT_DATE))
    assert continuing == (GOLDEN / "report-2017-18.continuing.md").read_text(encoding="utf-8")
    sscb = render_markdown("report", report_context(agreed()))
    assert sscb == (GOLDEN / "sscb-2023-24.report.md").read_text(encoding="utf-8")


def headings(markdown: str) -> list[str]:
    return [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]


def test_the_report_has_seed_002s_parts_in_its_order(report):
    assert headings(report) == [
        "Safer and Stronger Communities Board End of Year Report 2017/18 and 2018/19 Work Plan",
        "Purpose of report", "Summary", "Recommendation", "Action", "Contact details", "Background", "Issues",
        "Prevent, counter-extremism and cohesion", "Community safety", "Blue light services and civil resilience",
        "Licensing & regulation", "Crematoria, coroners and medical examiners",
        "Supporting councils to respond to the Grenfell tragedy", "Conferences, events and media",
        "2018/19 Priorities",
        "Prevent, counter-extremism and cohesion", "Community safety", "Blue light services and civil resilience",
        "Licensing and regulation", "Support councils to respond to Grenfell",
        "Implications for Wales", "Financial Implications", "Equalities implications", "Next steps",
    ]
    assert "**Position:** Principal Policy Adviser" in report
    numbers = [int(number) for number in re.findall(r"^(\d+)\. ", report, flags=re.M)]
    assert numbers == list(range(1, len(numbers) + 1))  # paragraphs numbered 1 … n through the report


def achievements(markdown: str) -> str:
    return markdown.split("\n## Issues\n", 1)[1].split("Priorities\n", 1)[0]


def test_each_item_of_work_is_said_once_in_prose_with_its_figures(plan, report):
    issues = achievements(report)
    for theme in plan.themes:
        for activity in theme.activities:
            said = activity.note[:40] if activity.status == "done" and activity.note else activity.text
            assert issues.count(said.replace("|", "\\|")) == 1, said
    assert "Of the 15 items of work planned for 2017/18, seven were delivered, five are in progress, two were dropped and one has not started." in issues
    assert "no were" not in report and "Planned:" not in report and "Not started:" not in report
    # the figures the plan records: when a project was delivered, its reports, the Board's meetings
    assert "Future of community safety partnerships, a priority project for 2017/18, was delivered in December 2017." in issues
    assert "Delivered: Draft report (Board, 22 November 2017) and Final report published (20 December 2017)." in issues
    assert "more than 250 delegates from almost 100 councils attended" in issues
    assert "The Board met four times in 2017/18: on 20 September 2017, on 22 November 2017, on 24 January 2018 and on 21 March 2018." in issues
    assert "One item has not started yet: Explore follow-up work on community and neighbourhood policing." in issues
    assert "Guidance on CCTV in taxis: dropped, left to the Institute of Licensing's work" in issues


def test_the_date_dates_the_report_and_decides_what_has_happened_by_then(plan):
    before = render_markdown("report", report_context(plan, date=dt.date(2018, 6, 1)))
    after = render_markdown("report", report_context(plan, date=dt.date(2018, 6, 13)))
    assert "**Date:** 1 June 2018" in before and "**Date:** 13 June 2018" in after
    assert "To come: Update on the transition (Board, 13 June 2018)." in before
    assert "Delivered: Update on the transition (Board, 13 June 2018)." in after
    assert "**Date:**" not in render_markdown("report", report_context(plan))


def test_export_to_report_honours_date_and_never_replaces_a_file_unasked(tmp_path: Path, capsys):
    output = tmp_path / "report.md"
    assert main(["export", str(FIXTURE), "--to", "report", "--date", "2018-06-13", "-o", str(output)]) == 0
    written = output.read_text(encoding="utf-8")
    assert "**Date:** 13 June 2018" in written
    assert written == render_markdown("report", report_context(load_plan(FIXTURE), date=dt.date(2018, 6, 13)))
    capsys.readouterr()
    assert main(["export", str(FIXTURE), "--to", "report", "-o", str(output)]) == 2
    assert "E402" in capsys.readouterr().err


def test_only_an_agreed_plan_says_the_board_agreed(plan):
    agreed_report = render_markdown("report", report_context(plan))
    assert "At its meeting in September 2017 the Board considered its priorities for 2017/18 and agreed five overarching themes:" in agreed_report
    draft = attrs.evolve(plan, info=attrs.evolve(plan.info, status="draft"), decision=None)
    text = render_markdown("report", report_context(draft))
    assert "The draft work plan for 2017/18, not yet agreed by the Board, sets out five overarching themes:" in text
    assert "agreed five" not in text and "Board agreed" not in text
    # and its projects are candidates, not the Board's priority projects
    assert "Future of community safety partnerships, a candidate project for 2017/18, was delivered" in text
    assert "priority project" not in text


def test_a_draft_counts_every_project_as_planned_work(tmp_path: Path):
    from workplan_tui.starter import starter_text

    path = tmp_path / "plan.toml"
    path.write_text(starter_text(), encoding="utf-8")
    draft = load_plan(path)
    context = report_context(draft)
    titles = [item["title"] for theme in context["themes"] for item in theme["items"]]
    for project in draft.projects:
        assert project.title in titles
    assert context["counts"]["total"] == len(titles)


# -- counts in words ---------------------------------------------------------------

COUNTS = st.fixed_dictionaries({status: st.integers(0, 12) for status in PROGRESS_WORDS})


@given(COUNTS)
def test_every_count_agrees_with_its_verb(counts):
    said = progress_sentence(counts, "2017/18")
    assert not re.search(r"\bno (was|were|is|are|has|have)\b", said)
    assert not re.search(r"\b(one|1) (were|are|have)\b", said)
    assert not re.search(r"\b(two|three|four|five|six|seven|eight|nine|ten|1[0-2]) (was|is|has)\b", said)
    total = sum(counts.values())
    if total == 0:
        assert said == "No work was planned for 2017/18."
    elif total == 1:
        assert said.startswith("The one item of work planned for 2017/18 ")
    if counts["planned"] == total > 1:
        assert said.endswith("of work planned for 2017/18 has started yet.")  # "None of the …", "Neither item …"
        return
    for status, count in counts.items():
        verbs = PROGRESS_WORDS[status]
        assert (verbs[0] in said or verbs[1] in said) == (count > 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list(PROGRESS_WORDS)), min_size=16, max_size=16), st.booleans())
def test_whatever_the_progress_each_item_is_said_once_and_the_counts_add_up(plan, statuses, with_notes):
    progress = iter(statuses)
    themes = tuple(
        attrs.evolve(theme, activities=tuple(
            Activity(f"Activity {theme.id} {index}", next(progress), f"Note {theme.id} {index}" if with_notes else "")
            for index, _ in enumerate(theme.activities)
        ))
        for theme in plan.themes
    )
    projects = tuple(attrs.evolve(project, progress=next(progress), note="") for project in plan.projects)
    changed = attrs.evolve(plan, themes=themes, projects=projects)
    context = report_context(changed)
    counts = context["counts"]
    assert counts["total"] == sum(len(theme.activities) for theme in themes) + 3  # the three agreed projects
    assert sum(counts[status] for status in PROGRESS_WORDS) == counts["total"]
    said = " ".join(
        " ".join([paragraph["text"], *(item["text"] for item in paragraph["items"])])
        for theme in context["themes"] for paragraph in theme["paragraphs"]
    )
    for theme in themes:
        for activity in theme.activities:
            if activity.status == "done" and activity.note:
                assert said.count(activity.note) == 1  # the achievement in the officer's words
            else:
                assert said.count(activity.text + " ") + said.count(activity.text + ":") + said.count(activity.text + ".") == 1
    assert not re.search(r"\bno (was|were|is|are|has|have)\b", context["progress"]["text"])


@pytest.mark.parametrize(
    ("planned", "said", "listed"),
    [
        (0, None, []),
        (1, "One item has not started yet: First.", []),
        (2, "Two items have not started yet:", ["First", "Second."]),
        (11, "In all, 11 items have not started yet:", [f"Item {n}" for n in range(11)]),
    ],
)
def test_a_theme_says_its_work_not_started_with_the_count_agreeing(plan, planned, said, listed):
    texts = listed or ["First"] * planned
    theme = attrs.evolve(plan.themes[0], activities=(Activity("Done work", "done", "We did it."),)
                         + tuple(Activity(text) for text in texts))
    context = report_context(attrs.evolve(plan, themes=(theme,), projects=()))
    paragraphs = context["themes"][0]["paragraphs"]
    assert paragraphs[0]["text"] == "We did it."
    if said is None:
        assert paragraphs[1:] == []
    else:
        (not_started,) = paragraphs[1:]
        assert not_started["text"] == said
        assert [item["text"] for item in not_started["items"]] == listed
    themes = context["background"][0]["text"]
    assert themes.endswith("agreed one overarching theme:")


def test_plan_text_cannot_change_the_reports_structure(plan):
    hostile = Activity(text="# Not a heading\n- nor a list | [link](x)", status="in_progress", note="1. not a number <b>")
    theme = attrs.evolve(plan.themes[0], activities=(hostile,))
    text = render_markdown("report", report_context(attrs.evolve(plan, themes=(theme,) + plan.themes[1:])))
    assert "\\# Not a heading - nor a list \\| \\[link\\](x): in progress, 1. not a number \\<b\\>." in text
    assert not any(line.startswith(("# Not", "- nor")) for line in text.splitlines())


# -- next year's priorities --------------------------------------------------------


def test_without_next_years_plan_the_priorities_carry_unfinished_work_and_unselected_candidates(plan):
    priorities = report_context(plan)["priorities"]
    assert priorities["source"] == "plan"
    proposed = {row["area"]: row["activities"] for row in priorities["rows"]}
    assert "Whole council approach to problem gambling (a candidate not selected in 2017/18): Guidance on a whole council approach to problem gambling." in proposed["Licensing & regulation"]
    assert proposed["Crematoria, coroners and medical examiners"] == ["Medical examiners transition (priority project, continuing)"]
    assert "Explore follow-up work on community and neighbourhood policing (not yet started)" in proposed["Community safety"]
    every = " ".join(activity for activities in proposed.values() for activity in activities)
    for finished in ("Respond to the review of integration", "Guidance on CCTV in taxis", "Future of community safety partnerships"):
        assert finished not in every


def test_next_years_plan_gives_the_proposals_as_seed_002s_table(plan, next_plan):
    priorities = report_context(plan, next_plan=next_plan)["priorities"]
    assert priorities["source"] == "next_plan"
    assert [row["area"] for row in priorities["rows"]] == [
        theme.title for theme in next_plan.themes if theme.activities or any(p.theme == theme.id for p in next_plan.projects)
    ]
    assert priorities["rows"][1]["activities"][0] == "Lobby Government and Parliament in regard to the forthcoming Domestic Abuse Bill."


def test_a_plan_that_is_not_the_next_cycles_is_refused(plan):
    with pytest.raises(WorkplanError) as raised:
        report_context(plan, next_plan=plan, next_plan_file="same.toml")
    assert str(raised.value.errors[0]) == "same.toml:1:1: E129 is for 2017/18, not the cycle after 2017/18 (2018/19)"
    other = attrs.evolve(plan, info=attrs.evolve(plan.info, board="Community Wellbeing Board", cycle="2018/19",
                                                  start=dt.date(2018, 4, 1), end=dt.date(2019, 3, 31)))
    with pytest.raises(WorkplanError, match="E129 is the plan of `Community Wellbeing Board`"):
        report_context(plan, next_plan=other)


# -- the [report] table ------------------------------------------------------------


def test_the_report_table_reads_back_as_written_and_never_voids_a_ballot(plan):
    assert plan.report.contact == "Principal Policy Adviser"
    assert plan.report.cross_cutting[0].title == "Supporting councils to respond to the Grenfell tragedy"
    assert loads_plan(dumps_plan(plan)) == plan
    assert fingerprint(attrs.evolve(plan, report=ReportText())) == fingerprint(plan)
    assert "[report]" not in dumps_plan(attrs.evolve(plan, report=ReportText()))


@pytest.mark.parametrize("contact", ["officer@example.gov.uk", "Adviser, 020 7946 0000"])
def test_a_persons_details_as_contact_are_refused(contact):
    text = FIXTURE.read_text(encoding="utf-8").replace('contact = "Principal Policy Adviser"', f'contact = "{contact}"')
    with pytest.raises(WorkplanError) as raised:
        loads_plan(text, "plan.toml")
    (error,) = raised.value.errors
    assert error.code == "E128" and str(error).startswith("plan.toml:")
    assert "give the contact officer's position" in str(error)


def test_warnings_name_the_sections_a_report_would_lack(plan):
    assert report_warnings(plan) == []
    bare = attrs.evolve(plan, report=ReportText(contact="Principal Policy Adviser", financial="Within budget."))
    theme = attrs.evolve(plan.themes[0], activities=(Activity("Nothing recorded"),))
    warnings = report_warnings(attrs.evolve(bare, themes=(theme,) + plan.themes[1:]))
    assert [(path, code) for path, code, _ in warnings] == [
        (("report", "wales"), "W107"),
        (("report", "equalities"), "W107"),
        (("themes", 0), "W108"),
    ]
    assert report_warnings(attrs.evolve(plan, report=ReportText())) == []  # no report being written


# -- the Word report ---------------------------------------------------------------


def test_the_word_report_reads_back_with_its_headings_paragraphs_figures_and_table(plan, next_plan):
    import docx

    data = render_docx("report", report_context(plan, date=REPORT_DATE, next_plan=next_plan))
    document = docx.Document(io.BytesIO(data))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["Title"] == ["Safer and Stronger Communities Board End of Year Report 2017/18 and 2018/19 Work Plan"]
    assert by_style["Heading 1"][:7] == [
        "Purpose of report", "Summary", "Recommendation", "Action", "Contact details", "Background", "Issues",
    ]
    assert by_style["Heading 1"][-4:] == ["Implications for Wales", "Financial Implications", "Equalities implications", "Next steps"]
    assert "Licensing & regulation" in by_style["Heading 2"]
    body = [text for text in by_style["Normal"] if re.match(r"\d+\.\t", text)]
    assert body[3] == "4.\tOf the 15 items of work planned for 2017/18, seven were delivered, five are in progress, two were dropped and one has not started."
    assert any("fixed odds betting terminals would be reduced to £2" in text for text in body)
    assert any("was delivered in December 2017" in text for text in body)
    assert "1.5\tCrematoria, coroners and medical examiners" in by_style["Normal"]
    markdown = render_markdown("report", report_context(plan, date=REPORT_DATE, next_plan=next_plan))
    assert [text.split(".\t", 1)[0] for text in body] == re.findall(r"^(\d+)\. ", markdown, flags=re.M)
    (table,) = document.tables
    assert [cell.text for cell in table.rows[0].cells] == ["Priority area", "Proposed activity"]
    assert [row.cells[0].text for row in table.rows[1:]] == [theme.title for theme in next_plan.themes if theme.activities]
    bullets = [paragraph.text for paragraph in table.rows[2].cells[1].paragraphs if paragraph.text]
    assert bullets[0] == "Lobby Government and Parliament in regard to the forthcoming Domestic Abuse Bill."


def test_export_next_gives_the_proposals_from_the_next_cycles_plan(tmp_path: Path, capsys):
    output = tmp_path / "report.md"
    argv = ["export", str(FIXTURE), "--to", "report", "--date", "2018-06-13", "--next", str(NEXT_PLAN), "-o", str(output)]
    assert main(argv) == 0
    assert output.read_text(encoding="utf-8") == (GOLDEN / "report-2017-18.md").read_text(encoding="utf-8")
    word = tmp_path / "report.docx"
    assert main(argv[:-1] + [str(word)]) == 0
    import docx

    assert docx.Document(str(word)).tables[0].rows[0].cells[0].text == "Priority area"
    capsys.readouterr()
    assert main(["export", str(FIXTURE), "--to", "report", "--next", str(FIXTURE), "-o", str(tmp_path / "x.md")]) == 2
    assert f"{FIXTURE}:1:1: E129 is for 2017/18, not the cycle after 2017/18 (2018/19)" in capsys.readouterr().err
    assert main(["export", str(FIXTURE), "--to", "csv", "--next", str(NEXT_PLAN), "-o", str(tmp_path / "x.csv")]) == 2
    assert "--next:1:1: E104 `--next` is for the end-of-year report (--to report), not --to csv" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists() and not (tmp_path / "x.csv").exists()


def test_check_warns_at_the_report_table_of_a_section_the_report_would_leave_empty(tmp_path: Path, capsys):
    text = FIXTURE.read_text(encoding="utf-8")
    wales = next(line for line in text.splitlines() if line.startswith("wales = "))
    text = text.replace(wales + "\n", "").replace("activities = []", 'activities = ["Respond to the death certification consultation"]')
    text = text.replace('progress = "in_progress"', 'progress = "planned"')
    examiners = next(line for line in text.splitlines() if line.startswith('note = "We continue'))
    text = text.replace(examiners + "\n", "")  # the theme's one project, without progress or note
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    lines = text.splitlines()
    report_line = lines.index("[report]") + 1
    theme_line = next(number for number, line in enumerate(lines, 1) if line == 'id = "crematoria-coroners"') - 1
    warnings = [line for line in capsys.readouterr().err.splitlines() if " W107 " in line or " W108 " in line]
    assert warnings == [
        f"{path}:{report_line}:1: W107 the end-of-year report has no implications for Wales (`wales`): that section is left out",
        f"{path}:{theme_line}:1: W108 theme `crematoria-coroners` has no progress or achievement notes: its part of the "
        "end-of-year report lists its work as not started",
    ]
