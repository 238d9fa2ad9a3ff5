"""plan_edit: comment-preserving edits, the same errors as `check`, undo/redo, safe saves."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.paths import SSCB
from workplan_tui.errors import ChangedOnDisk, WorkplanError
from workplan_tui.plan_edit import EditSession
from workplan_tui.plan_io import load_plan, loads_plan
from workplan_tui.starter import starter_text

HEADER = re.compile(r"^\[\[?[^\]]+\]\]?\s*(#.*)?$")


def open_copy(tmp_path: Path, text: str, name: str = "plan.toml") -> EditSession:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return EditSession.open(path)


def block_span(text: str, collection: str, item_id: str) -> tuple[int, int]:
    """0-based [first, last) line numbers of an item: its header to its last value line."""
    lines = text.splitlines()
    for start, line in enumerate(lines):
        if line.strip() == f"[[{collection}]]" and lines[start + 1] == f'id = "{item_id}"':
            end = start + 1
            while end < len(lines) and not HEADER.match(lines[end]):
                end += 1
            while lines[end - 1].strip() == "" or lines[end - 1].lstrip().startswith("#"):
                end -= 1
            return start, end
    raise AssertionError(f"no [[{collection}]] block for {item_id}")


def changed_original_lines(before: str, after: str) -> set[int]:
    """Line numbers of `before` that an edit replaced or deleted, or next to which it inserted."""
    matcher = difflib.SequenceMatcher(None, before.splitlines(True), after.splitlines(True), autojunk=False)
    changed: set[int] = set()
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            changed.update(range(i1, i2) if i2 > i1 else {i1 - 1})
    return changed


def full_line_comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def is_subsequence(small: list[str], big: list[str]) -> bool:
    iterator = iter(big)
    return all(any(item == other for other in iterator) for item in small)


# -- an edit to one project changes only that project's lines ---------------------


SOURCES = {"starter": starter_text()}
if SSCB.exists():
    SOURCES["sscb"] = SSCB.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_an_edit_to_one_project_changes_only_that_projects_lines(tmp_path: Path, source: str):
    text = SOURCES[source]
    session = open_copy(tmp_path, text)
    project = session.plan.projects[-1]
    roles = list(session.plan.limits.capacity)
    outcome = session.update(
        "projects",
        project.id,
        title="Renamed project",
        cost=project.cost + 250,
        effort={roles[0]: 3},
        end=project.end - dt.timedelta(days=1),
        progress="in_progress",
        note="Interim report given",
        summary="Two lines\nof summary",
    )
    assert outcome.ok, outcome.errors
    session.save()
    saved = (tmp_path / "plan.toml").read_bytes().decode("utf-8")
    first, last = block_span(text, "projects", project.id)
    changed = changed_original_lines(text, saved)
    assert changed and changed <= set(range(first, last)), "lines outside the project's block changed"
    lines, new_lines = text.splitlines(True), saved.splitlines(True)
    assert "".join(lines[:first]) == "".join(new_lines[:first])  # everything above: byte-identical
    tail = "".join(lines[last:])
    assert saved.endswith(tail)  # everything below: byte-identical
    assert full_line_comments(text) == full_line_comments(saved)
    assert load_plan(tmp_path / "plan.toml").project(project.id).note == "Interim report given"


@pytest.mark.skipif(not SSCB.exists(), reason="the example plan is not in this checkout")
def test_a_changed_value_keeps_its_comment_and_alignment(tmp_path: Path):
    text = SOURCES["sscb"]
    session = open_copy(tmp_path, text)
    cost_line = next(line for line in text.splitlines() if line.startswith("cost = 3750"))
    comment = cost_line[cost_line.index("#") :]
    assert session.update("projects", "modern-slavery", cost=4000).ok
    new_line = next(line for line in session.text.splitlines() if line.startswith("cost = 4000"))
    assert new_line.endswith(comment)
    assert new_line.index("#") == cost_line.index("#")


def test_new_keys_follow_the_documented_order(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    project = session.plan.projects[0].id
    assert session.update("projects", project, funding=None).ok
    assert session.update("projects", project, funding="SIGCE budget", progress="done").ok
    block = session.text.split(f'id = "{project}"', 1)[1].split("[[projects]]", 1)[0]
    keys = [line.split(" =", 1)[0] for line in block.splitlines() if re.match(r"^[a-z_]+ =", line)]
    assert keys.index("funding") == keys.index("cost") + 1
    assert keys[-1] == "progress"


# -- every operation gives the same errors as `check` -------------------------------

# The last lines of the modern-slavery project in the example plan: new keys go after them.
SLAVERY_END = "milestones = [\n  { at = \"board-2023-06\", what = \"Interim report\" },\n  { at = \"board-2023-09\", what = \"Final report, with potential public report and recommendations\" },\n]\n"


@pytest.mark.skipif(not SSCB.exists(), reason="the example plan is not in this checkout")
@pytest.mark.parametrize(
    ("operation", "old", "new"),
    [
        (lambda s: s.update("projects", "modern-slavery", cost=-5), "cost = 3750", "cost = -5"),
        (lambda s: s.update("projects", "modern-slavery", theme="comunity-safety"),
         'theme = "community-safety"', 'theme = "comunity-safety"'),
        (lambda s: s.update("projects", "modern-slavery", end=dt.date(2023, 4, 1)), "end = 2023-09-20", "end = 2023-04-01"),
        (lambda s: s.update("projects", "modern-slavery", start=dt.date(2022, 4, 1)), "start = 2023-04-03", "start = 2022-04-01"),
        (lambda s: s.update("projects", "modern-slavery", progress="finished"), SLAVERY_END, SLAVERY_END + 'progress = "finished"\n'),
        (lambda s: s.update("projects", "modern-slavery", id="Modern Slavery"), 'id = "modern-slavery"', 'id = "Modern Slavery"'),
        (lambda s: s.update("projects", "modern-slavery", id="reducing-reoffending"),
         'id = "modern-slavery"', 'id = "reducing-reoffending"'),
        (lambda s: s.update("projects", "modern-slavery", cost="3750 pounds"), "cost = 3750", 'cost = "3750 pounds"'),
        (lambda s: s.update("projects", "modern-slavery", costs=3750), SLAVERY_END, SLAVERY_END + "costs = 3750\n"),
        (lambda s: s.update_milestone("modern-slavery", 0, at="board-2023-07"),
         '{ at = "board-2023-06", what = "Interim report" }', '{ at = "board-2023-07", what = "Interim report" }'),
        (lambda s: s.update_limits(budget=-1), "budget = 10000", "budget = -1"),
        (lambda s: s.update("meetings", "board-2023-06", kind="plenary"), 'kind = "board"\ntitle = "Board"\n\n[[meetings]]\nid = "lead-members-2023-07"',
         'kind = "plenary"\ntitle = "Board"\n\n[[meetings]]\nid = "lead-members-2023-07"'),
        (lambda s: s.update("members", "chair", role="president"),
         'role = "chair"              # chair', 'role = "president"              # chair'),
        (lambda s: s.update_activity("community-safety", 0, status="complete"),
         '  "Publish updated council guidance and maturity matrix and develop a further round of awareness raising events on modern slavery",',
         '  { text = "Publish updated council guidance and maturity matrix and develop a further round of awareness raising events on modern slavery", status = "complete" },'),
        (lambda s: s.update_plan(end=dt.date(2023, 1, 1)), "end = 2024-03-31", "end = 2023-01-01"),
    ],
)
def test_an_invalid_edit_reports_what_check_reports_and_is_not_applied(tmp_path: Path, operation, old, new):
    text = SOURCES["sscb"]
    session = open_copy(tmp_path, text)
    before_plan = session.plan
    outcome = operation(session)
    assert not outcome.ok and not outcome.applied
    assert old in text
    planted = text.replace(old, new, 1)
    with pytest.raises(WorkplanError) as check:
        loads_plan(planted, str(tmp_path / "plan.toml"))
    assert [str(error) for error in outcome.errors] == [str(error) for error in check.value.errors]
    assert outcome.text == planted
    assert session.text == text and session.plan is before_plan and not session.can_undo


def test_removing_a_theme_still_in_use_is_refused_with_the_reference_error(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    theme = session.plan.projects[0].theme
    outcome = session.remove("themes", theme)
    assert [error.code for error in outcome.errors] == ["E202"] * sum(p.theme == theme for p in session.plan.projects)
    assert f"unknown theme `{theme}`" in outcome.errors[0].message
    assert theme in [t.id for t in session.plan.themes]


def test_error_paths_point_a_form_at_its_field(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    project = session.plan.projects[1].id
    outcome = session.update("projects", project, cost=-1, effort={"adviser": -2})
    assert sorted(outcome.paths().values()) == [("projects", 1, "cost"), ("projects", 1, "effort", "adviser")]


def test_dry_run_checks_without_applying(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    project = session.plan.projects[0]
    # An edit says amounts as the file does (currency units); the model holds pence.
    outcome = session.update("projects", project.id, cost=project.cost // 100 + 1000, dry_run=True)
    assert outcome.ok and not outcome.applied
    assert outcome.plan.project(project.id).cost == project.cost + 1000_00
    assert session.plan.project(project.id).cost == project.cost and not session.can_undo


def test_each_dry_run_starts_from_the_plan_as_it_stands(tmp_path: Path):
    """A form dry-runs at every pause in typing, each from a copy of one parse of the text:
    no dry run sees another's edit, and after a real edit they start from the new text."""
    text = SSCB.read_text(encoding="utf-8")
    session = open_copy(tmp_path, text)
    member = {"id": "member-99", "label": "Member for roads"}
    alone = open_copy(tmp_path, text, "alone.toml").add("members", member, dry_run=True).text
    for attempt in range(4):  # the parse, the parse that is pickled, then copies of it
        outcome = session.add("members", member, dry_run=True)
        assert outcome.text == alone and outcome.text.count('"member-99"') == 1, f"dry run {attempt + 1}"
        limits = session.batch("edit limits", [lambda s: s.update_limits(budget=12000)], dry_run=True)
        assert limits.plan.limits.budget == 12000_00 and '"member-99"' not in limits.text, f"batch {attempt + 1}"
    assert session.text == text
    assert session.add("members", member).applied
    assert session.update("members", "member-99", label="Member for streets", dry_run=True).text.count('"member-99"') == 1
    assert session.update_limits(budget=12000, dry_run=True).plan.members[-1].label == "Member for roads"


# -- operations on every part of the plan -------------------------------------------


def test_every_kind_of_item_can_be_added_edited_duplicated_and_removed(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    start = session.plan.info.start
    steps = [
        session.add("themes", {"id": "cohesion", "title": "Cohesion", "activities": ["Training"]}),
        session.update("themes", "cohesion", title="Cohesion and integration"),
        session.duplicate("themes", "cohesion", "cohesion-2"),
        session.remove("themes", "cohesion-2"),
        session.add_activity("cohesion", "Guidance", status="done", note="Published in July"),
        session.update_activity("cohesion", 0, note="Two courses held"),
        session.duplicate_activity("cohesion", 1),
        session.remove_activity("cohesion", 2),
        session.add("members", {"id": "member-9", "label": "Member 9", "role": "member"}),
        session.duplicate("members", "member-9", "member-10", label="Member 10"),
        session.remove("members", "member-9"),
        session.add("meetings", {"id": "board-late", "date": start + dt.timedelta(days=200), "kind": "board"}),
        session.duplicate("meetings", "board-late", "board-later", date=start + dt.timedelta(days=250)),
        session.add(
            "projects",
            {"id": "new-work", "title": "New work", "theme": "cohesion", "start": start, "end": start + dt.timedelta(days=60),
             "effort": {"adviser": 5}, "cost": 500, "gates": ["research_team"], "summary": "Why\nand how"},
        ),
        session.add_milestone("new-work", "Interim report", at="board-late"),
        session.add_milestone("new-work", "Final report", date=start + dt.timedelta(days=60)),
        session.update_milestone("new-work", 0, what="Scoping report"),
        session.remove_milestone("new-work", 1),
        session.duplicate("projects", "new-work", "new-work-2"),
        session.remove("projects", "new-work-2"),
        session.update_limits(budget=12000, total_budget=None),
        session.set_capacity("graduate_trainee", 5),
        session.add_gate("polling", "Polling budget", "Director"),
        session.update_gate("polling", label="Polling"),
        session.remove_gate("polling"),
        session.update_voting(pick_min=1, pick_max=2, method="borda"),
    ]
    assert [step.errors for step in steps] == [()] * len(steps)
    plan = load_plan_from_text(session.text)
    assert plan == session.plan
    theme = plan.theme("cohesion")
    assert theme.title == "Cohesion and integration" and [t.id for t in plan.themes].count("cohesion-2") == 0
    assert [(a.text, a.status, a.note) for a in theme.activities] == [
        ("Training", "planned", "Two courses held"),
        ("Guidance", "done", "Published in July"),
    ]
    assert [m.id for m in plan.members][-1] == "member-10"
    project = plan.project("new-work")
    assert project.summary == "Why\nand how" and project.gates == ("research_team",)
    assert [(m.what, m.at) for m in project.milestones] == [("Scoping report", "board-late")]
    assert "new-work-2" not in [p.id for p in plan.projects]
    assert plan.limits.budget == 12000_00 and plan.limits.total_budget is None  # pence
    assert plan.limits.capacity["graduate_trainee"] == 5 and [g.id for g in plan.limits.gates] == ["research_team"]
    assert (plan.voting.pick_min, plan.voting.pick_max, plan.voting.method) == (1, 2, "borda")
    # an activity with no progress is written as people write it: a plain string
    assert '  "Training",' not in session.text and '{ text = "Training", note = "Two courses held" }' in session.text


def load_plan_from_text(text: str):
    return loads_plan(text, "<edited>")


@pytest.mark.skipif(not SSCB.exists(), reason="the example plan is not in this checkout")
def test_renaming_ids_updates_every_reference(tmp_path: Path):
    session = open_copy(tmp_path, SOURCES["sscb"])
    using_theme = {p.id for p in session.plan.projects if p.theme == "community-safety"}
    assert session.update("themes", "community-safety", id="safety").ok
    assert session.update("meetings", "board-2023-06", id="board-june").ok
    assert session.rename_role("adviser", "policy_adviser").ok
    assert session.update_gate("research_team", id="research").ok
    plan = session.plan
    assert {p.id for p in plan.projects if p.theme == "safety"} == using_theme
    assert sum(m.at == "board-june" for p in plan.projects for m in p.milestones) == 5
    assert all("adviser" not in p.effort and "policy_adviser" in p.effort for p in plan.projects)
    assert plan.project("police-capacity").gates == ("research",)
    assert "board-2023-06" not in session.text and '"community-safety"' not in session.text


# -- undo, redo and saving -----------------------------------------------------------


def test_undo_and_redo_step_through_applied_edits(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    original = session.text
    project = session.plan.projects[0].id
    session.update("projects", project, cost=1)
    after_first = session.text
    session.update("projects", project, cost=2)
    session.update("projects", project, cost=-3)  # invalid: not on the undo stack
    assert session.undo_label == f"edit project {project}"
    assert session.undo().project(project).cost == 1_00 and session.text == after_first  # pence
    assert session.undo().project(project).cost == session.plan.project(project).cost
    assert session.text == original and not session.can_undo and not session.dirty
    assert session.redo().project(project).cost == 1_00
    session.update("projects", project, cost=5)  # a new edit drops the redo history
    assert not session.can_redo
    with pytest.raises(IndexError):
        session.redo()


def test_save_refuses_when_the_file_changed_on_disk_unless_forced(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    path = tmp_path / "plan.toml"
    session.update_plan(title="Edited here")
    path.write_text(starter_text().replace("Our Board", "Edited elsewhere"), encoding="utf-8")
    assert session.changed_on_disk()
    with pytest.raises(ChangedOnDisk) as refused:
        session.save()
    assert [error.code for error in refused.value.errors] == ["E404"]
    assert "Edited elsewhere" in path.read_text(encoding="utf-8")  # nothing written
    session.save(force=True)
    assert load_plan(path).info.title == "Edited here" and not session.changed_on_disk() and not session.dirty
    session.update_plan(title="Second save")
    session.save()  # the session's own save does not count as a change elsewhere
    assert load_plan(path).info.title == "Second save"


def test_a_new_plan_is_saved_once_and_never_over_a_file_created_meanwhile(tmp_path: Path):
    path = tmp_path / "new.toml"
    session = EditSession.create(path)
    assert session.update_plan(title="Fresh").ok
    path.write_text("schema = 1\n", encoding="utf-8")
    with pytest.raises(ChangedOnDisk, match="E404"):
        session.save()
    path.unlink()
    session.save()
    assert load_plan(path).info.title == "Fresh"


def test_a_byte_order_mark_and_windows_line_ends_survive(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_bytes(b"\xef\xbb\xbf" + starter_text().replace("\n", "\r\n").encode("utf-8"))
    session = EditSession.open(path)
    session.update_plan(title="Edited")
    session.save()
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == data.count(b"\n")


def test_an_invalid_plan_cannot_be_opened_for_editing(tmp_path: Path):
    path = tmp_path / "plan.toml"
    path.write_text(starter_text().replace("budget = 10000", "budget = -1"), encoding="utf-8")
    with pytest.raises(WorkplanError, match="E106"):
        EditSession.open(path)


# -- random sequences of valid edits -------------------------------------------------

PROGRESS = st.sampled_from(["planned", "in_progress", "done", "dropped"])
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf")), min_size=1, max_size=30)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("cost"), st.integers(0, 9), st.integers(0, 20000)),
        st.tuples(st.just("title"), st.integers(0, 9), TEXT),
        st.tuples(st.just("progress"), st.integers(0, 9), PROGRESS, TEXT),
        st.tuples(st.just("duplicate"), st.integers(0, 9)),
        st.tuples(st.just("remove"), st.integers(0, 9)),
        st.tuples(st.just("activity"), st.integers(0, 9), TEXT, PROGRESS),
        st.tuples(st.just("drop-activity"), st.integers(0, 9)),
        st.tuples(st.just("member"), TEXT),
        st.tuples(st.just("undo")),
    ),
    max_size=6,
)


@pytest.mark.skipif(not SSCB.exists(), reason="the example plan is not in this checkout")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_random_valid_edits_give_a_plan_that_loads_and_keep_untouched_comments(tmp_path: Path, operations):
    text = SOURCES["sscb"]
    session = open_copy(tmp_path, text)
    touched: set[str] = set()
    counter = 0
    for operation in operations:
        plan = session.plan
        kind = operation[0]
        if kind == "undo":
            if session.can_undo:
                session.undo()
            continue
        projects = [p.id for p in plan.projects]
        project = projects[operation[1] % len(projects)] if kind not in ("member",) and projects else None
        counter += 1
        if kind == "cost" and project:
            outcome = session.update("projects", project, cost=operation[2])
        elif kind == "title" and project:
            outcome = session.update("projects", project, title=operation[2])
        elif kind == "progress" and project:
            outcome = session.update("projects", project, progress=operation[2], note=operation[3])
        elif kind == "duplicate" and project:
            outcome = session.duplicate("projects", project, f"copy-{counter}")
        elif kind == "remove" and project:
            outcome = session.remove("projects", project)
            if any(interest.project == project for interest in plan.interests):
                # a declared project is kept until its declaration is removed
                assert [error.code for error in outcome.errors] == ["E108"] and session.plan == plan
                continue
        elif kind == "activity":
            theme = plan.themes[operation[1] % len(plan.themes)].id
            outcome = session.add_activity(theme, operation[2], status=operation[3])
            touched.add(theme)
        elif kind == "drop-activity":
            theme = plan.themes[operation[1] % len(plan.themes)]
            if not theme.activities:
                continue
            outcome = session.remove_activity(theme.id, 0)
            touched.add(theme.id)
        elif kind == "member":
            outcome = session.add("members", {"id": f"extra-{counter}", "label": operation[1]})
        else:
            continue
        assert outcome.ok, outcome.errors
        if project:
            touched.add(project)
        assert loads_plan(session.text) == session.plan
    # every full-line comment of the original is still there, in order
    assert is_subsequence(full_line_comments(text), full_line_comments(session.text))
    # items no edit touched keep their exact lines
    lines = text.splitlines(True)
    for collection, items in (("projects", session.plan.projects), ("themes", session.plan.themes)):
        for item in items:
            if item.id in touched or item.id.startswith("copy-"):
                continue
            first, last = block_span(text, collection, item.id)
            assert "".join(lines[first:last]) in session.text


def test_put_many_adds_and_updates_in_one_undo_step(tmp_path: Path):
    session = open_copy(tmp_path, starter_text())
    original = session.text
    existing = session.plan.projects[0]
    outcome = session.put_many(
        "projects",
        [{"id": existing.id, "cost": 7}, {"id": "fresh", "title": "Fresh", "theme": existing.theme,
                                          "start": existing.start, "end": existing.end}],
    )
    assert outcome.ok
    assert session.plan.project(existing.id).cost == 7_00 and session.plan.projects[-1].id == "fresh"
    session.undo()
    assert session.text == original and not session.can_undo


def test_an_edit_that_cannot_be_made_is_refused_with_an_error_not_an_exception(tmp_path):
    path = tmp_path / "plan.toml"
    shutil.copy(SSCB, path)
    session = EditSession.open(path)
    before = session.text
    taken = session.rename_role("adviser", "senior_adviser")
    assert not taken.ok and [(e.code, e.message) for e in taken.errors] == [("E201", "`senior_adviser` already exists")]
    missing = session.update_gate("no_such_gate", label="x")
    assert [(e.code, e.message) for e in missing.errors] == [("E202", "no gate `no_such_gate`")]
    # The app's words name the role by its label and quote an id the plan does not know as text.
    assert [e.sentence for e in (*taken.errors, *missing.errors)] == ["Senior adviser already exists.", "No gate “no_such_gate”."]
    assert session.text == before and not session.can_undo
    assert session.rename_role("adviser", "policy_officer").ok  # the session still works


def test_a_key_added_then_removed_in_one_session(tmp_path):
    # The vote closed, then reopened from the Vote pane: one session adds `closes`, then removes it.
    path = tmp_path / "plan.toml"
    path.write_text(SSCB.read_text(encoding="utf-8"), encoding="utf-8")
    session = EditSession.open(path)
    original = session.text
    closes = dt.datetime(2023, 3, 23, 11, 5, tzinfo=dt.UTC)
    assert session.update_voting(closes=closes).ok and session.plan.voting.closes == closes
    assert session.update_voting(closes=None).ok and session.plan.voting.closes is None
    assert session.text == original
