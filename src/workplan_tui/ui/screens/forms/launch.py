"""Opening the forms, and removals after a confirmation: what the Plan pane's keys,
the themes tree, the Members, Meetings and Declarations of interest lists and the welcome
screen run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text

from workplan_tui.errors import WorkplanError
from workplan_tui.plan_edit import COLLECTIONS, EditSession, Outcome
from workplan_tui.ui.notifications import notify_error

if TYPE_CHECKING:
    from workplan_tui.model import Interest, Plan
    from workplan_tui.ui.app import WorkplanApp
    from workplan_tui.ui.plan_editor import Operation


def _plan(app: WorkplanApp) -> Plan | None:
    plan = app.plan
    if plan is None:
        app.notify("No plan loaded: fix the errors (e) first.", severity="warning")
    return plan


def add_project(app: WorkplanApp) -> None:
    from workplan_tui.ui.screens.forms.project_form import ProjectForm

    if (plan := _plan(app)) is not None:
        app.push_screen(ProjectForm(plan))


def edit_project(app: WorkplanApp, project_id: str, mode: str = "edit") -> None:
    from workplan_tui.ui.screens.forms.project_form import ProjectForm

    if (plan := _plan(app)) is not None and project_id in plan.projects_by_id:
        app.push_screen(ProjectForm(plan, plan.project(project_id), mode))


def add_theme(app: WorkplanApp) -> None:
    from workplan_tui.ui.screens.forms.theme_form import ThemeForm

    if _plan(app) is not None:
        app.push_screen(ThemeForm())


def edit_theme(app: WorkplanApp, theme_id: str) -> None:
    from workplan_tui.ui.screens.forms.theme_form import ThemeForm

    if (plan := _plan(app)) is not None:
        app.push_screen(ThemeForm(plan.theme(theme_id)))


def edit_activity(app: WorkplanApp, theme_id: str, index: int | None) -> None:
    """index None adds an activity to the theme."""
    from workplan_tui.ui.screens.forms.activity_form import ActivityForm

    if (plan := _plan(app)) is not None:
        app.push_screen(ActivityForm(plan.theme(theme_id), index))


def edit_limits(app: WorkplanApp) -> None:
    from workplan_tui.ui.screens.forms.limits_form import LimitsForm

    if (plan := _plan(app)) is not None:
        app.push_screen(LimitsForm(plan.limits))


def edit_voting(app: WorkplanApp) -> None:
    from workplan_tui.ui.screens.forms.voting_form import VotingForm
    from workplan_tui.voting.ballot_box import open_box

    if (plan := _plan(app)) is not None:
        try:
            cast = len(open_box(app.plan_path, plan).members_voted())
        except WorkplanError:  # not a folder, or unreadable: the Vote pane says so
            cast = 0
        app.push_screen(VotingForm(plan.voting, cast))


def edit_plan_info(app: WorkplanApp) -> None:
    from workplan_tui.ui.screens.forms.plan_info_form import PlanInfoForm

    if (plan := _plan(app)) is not None:
        app.push_screen(PlanInfoForm(plan.info))


def show_list(app: WorkplanApp, collection: str) -> None:
    from workplan_tui.ui.screens.item_list_screen import ItemListScreen

    if _plan(app) is not None:
        app.push_screen(ItemListScreen(collection))


def add_item(app: WorkplanApp, collection: str) -> None:
    from workplan_tui.ui.screens.forms.interest_form import InterestForm
    from workplan_tui.ui.screens.forms.meeting_form import MeetingForm
    from workplan_tui.ui.screens.forms.member_form import MemberForm

    if collection == "interests":
        if (plan := _plan(app)) is not None:
            app.push_screen(InterestForm(plan))
        return
    app.push_screen(MemberForm() if collection == "members" else MeetingForm())


def _interest(plan: Plan, key: str) -> Interest | None:
    """The declaration of an ItemListScreen row key ("member/project")."""
    member, _, project = key.partition("/")
    return next((i for i in plan.interests if (i.member, i.project) == (member, project)), None)


def edit_item(app: WorkplanApp, collection: str, item_id: str) -> None:
    from workplan_tui.ui.screens.forms.interest_form import InterestForm
    from workplan_tui.ui.screens.forms.meeting_form import MeetingForm
    from workplan_tui.ui.screens.forms.member_form import MemberForm

    if (plan := _plan(app)) is None:
        return
    if collection == "interests":
        if (interest := _interest(plan, item_id)) is not None:
            app.push_screen(InterestForm(plan, interest))
    elif collection == "members":
        app.push_screen(MemberForm(next(m for m in plan.members if m.id == item_id)))
    else:
        app.push_screen(MeetingForm(plan.meetings_by_id[item_id]))


# -- edits made without a form: duplicate an activity, remove anything ------------------


def save_unless_it_voids_ballots(app: WorkplanApp, operation: Operation, save: Callable[[], None]) -> None:
    """save() at once when the edit leaves the ballots cast counting (or cannot be made: save
    shows why); otherwise first ask, saying how many ballots it voids and whose."""
    from workplan_tui.ui.screens.confirm_screen import ConfirmScreen
    from workplan_tui.voting.ballot_box import open_box
    from workplan_tui.voting.voided import ballots_voided, voters

    session = app.editor.session()
    trial = operation(session, True) if session is not None else None
    if session is None or trial is None or not trial.ok or trial.plan is None:
        save()
        return
    try:
        voided = ballots_voided(session.plan, trial.plan, open_box(app.plan_path, session.plan))
    except WorkplanError:  # an unreadable ballot folder: the Vote and Results panes say so
        voided = []
    if not voided:
        save()
        return
    count = len(voided)
    question = Text()
    question.append(f"{count} ballot{'s have' if count != 1 else ' has'} been cast on the plan as it is: {voters(session.plan, voided)}.\n\n")
    question.append("This change alters what members voted on ", style="bold")
    question.append("(a project's cost, effort, window or gates, the projects, the limits or the voting rules), ")
    question.append(f"so {'those ballots' if count != 1 else 'that ballot'} would no longer count and ")
    question.append(f"{'those members' if count != 1 else 'that member'} would have to vote again.\n\n")
    question.append("Wording (a summary, a theme, a label) never voids a ballot. No keeps the form open.")

    def answer(yes: bool | None) -> None:
        if yes:
            save()

    app.push_screen(ConfirmScreen(f"Void {count} ballot{'s' if count != 1 else ''}?", question, yes="Save anyway"), answer)


def run_edit(app: WorkplanApp, operation: Operation, success: str) -> None:
    """Apply and save an edit that needs no form; check's refusal (E202 ...) as a notification."""

    def saved(written: bool) -> None:
        if written:
            app.notify(success, markup=False)

    def save() -> None:
        outcome = app.editor.commit(operation, saved)
        if outcome is not None and not outcome.ok:
            notify_error(app, WorkplanError(list(outcome.errors)), "Not changed")

    save_unless_it_voids_ballots(app, operation, save)


def confirm_then(app: WorkplanApp, title: str, question: str, operation: Operation, success: str) -> None:
    from workplan_tui.ui.screens.confirm_screen import ConfirmScreen

    def answer(yes: bool | None) -> None:
        if yes:
            run_edit(app, operation, success)

    app.push_screen(ConfirmScreen(title, Text(question), yes="Remove"), answer)


def _item_name(plan: Plan | None, collection: str, item_id: str) -> str:
    """How people know an item: a project's or theme's title, a member's label, a meeting's title or date."""
    if plan is None:
        return item_id
    names: dict[str, dict[str, str]] = {
        "projects": {project.id: project.title for project in plan.projects},
        "themes": {theme.id: theme.title for theme in plan.themes},
        "members": {member.id: member.label for member in plan.members},
        "meetings": {meeting.id: meeting.title or f"{meeting.date:%-d %B %Y}" for meeting in plan.meetings},
    }
    name = names.get(collection, {}).get(item_id)
    # Gone from the plan meanwhile: the id, and the remove itself will say so.
    return f"\u201c{name}\u201d" if name else item_id


def remove_item(app: WorkplanApp, collection: str, item_id: str) -> None:
    if collection == "interests":
        remove_interest(app, item_id)
        return
    what = COLLECTIONS[collection]
    name = _item_name(app.plan, collection, item_id)

    def operation(session: EditSession, dry_run: bool) -> Outcome:
        return session.remove(collection, item_id, dry_run=dry_run)

    confirm_then(
        app, f"Remove {what}", f"Remove the {what} {name} from the plan? (ctrl+z undoes it.)", operation, f"Removed {name}"
    )


def remove_interest(app: WorkplanApp, key: str) -> None:
    if (plan := _plan(app)) is None or (interest := _interest(plan, key)) is None:
        return
    member = next(m.label for m in plan.members if m.id == interest.member)
    title = plan.project(interest.project).title

    def operation(session: EditSession, dry_run: bool) -> Outcome:
        return session.remove_interest(interest.member, interest.project, dry_run=dry_run)

    confirm_then(
        app,
        "Remove the declaration",
        f"Remove the declaration of interest of {member} in {title}? (ctrl+z undoes it.)",
        operation,
        "Declaration removed",
    )


def remove_activity(app: WorkplanApp, theme_id: str, index: int) -> None:
    plan = _plan(app)
    if plan is None:
        return
    text = plan.theme(theme_id).activities[index].text

    def operation(session: EditSession, dry_run: bool) -> Outcome:
        return session.remove_activity(theme_id, index, dry_run=dry_run)

    confirm_then(app, "Remove activity", f"Remove this activity?\n\n{text}", operation, "Activity removed")


def duplicate_activity(app: WorkplanApp, theme_id: str, index: int) -> None:
    def operation(session: EditSession, dry_run: bool) -> Outcome:
        return session.duplicate_activity(theme_id, index, dry_run=dry_run)

    run_edit(app, operation, "Activity duplicated")
