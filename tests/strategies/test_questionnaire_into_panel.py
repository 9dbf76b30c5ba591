"""Returned questionnaires into the panel (strategies.questionnaire.into_panel): names matched
regardless of case and spacing, the whole batch refused for one bad file, a replaced expert
keeps id, profile and ratings, a wholly blank node accepted (refused at its first cell only
for the lead, or when nobody counted would judge it)."""

from __future__ import annotations

from dataclasses import replace

from openpyxl import load_workbook

from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.panel.experts import check_panel
from strategies.panel.session_panel import judging_panel, new_expert, with_expert
from strategies.questionnaire import Problem, read_questionnaires
from strategies.questionnaire.into_panel import import_plan, same_name, with_imported
from tests.strategies.questionnaire_filling import filled_file

MODEL = load_model()


def test_names_match_regardless_of_case_and_spacing():
    assert same_name(" Wang   Li ", "wang li")
    assert not same_name("Wang Li", "Wang Lin")
    assert not same_name("", "  ")  # a nameless lead is nobody's namesake


def test_new_experts_are_added_with_fresh_ids_and_a_valid_panel(tmp_path):
    paths = [filled_file(tmp_path, MODEL, "en", f"E{i}", seed=i)[0] for i in range(3)]
    session = default_session(MODEL)
    plan = import_plan(read_questionnaires(paths, MODEL), session, MODEL)
    assert plan.ok and not plan.replacing
    result = with_imported(session, MODEL, plan.experts)
    ids = [e.id for e in result.experts.experts]
    assert len(set(ids)) == 4
    check_panel(judging_panel(result), MODEL)  # raises when a node is missing


def test_one_bad_file_refuses_the_batch(tmp_path):
    good = filled_file(tmp_path, MODEL, "en", "Good", seed=1)[0]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    plan = import_plan(read_questionnaires([good, bad], MODEL), default_session(MODEL), MODEL)
    assert plan.experts == () and [p.problem for p in plan.problems] == [Problem.EMPTY_FILE]


def test_a_replaced_expert_keeps_id_profile_and_ratings(tmp_path):
    session = default_session(MODEL)
    held = replace(new_expert(session, MODEL, "Wang Li"), weight=2.5, organisation="Bureau")
    criterion = next(iter(MODEL.criteria))
    level = MODEL.rating_scale.levels[0]
    held = held.with_rating(MODEL.strategy_ids[0], criterion, level)
    session = with_expert(session, held)
    path, judgments = filled_file(tmp_path, MODEL, "zh", "WANG LI", seed=5)
    plan = import_plan(read_questionnaires([path], MODEL), session, MODEL)
    assert [item.replaces.id for item in plan.replacing] == [held.id]
    expert = with_imported(session, MODEL, plan.experts).experts.expert(held.id)
    assert (expert.name, expert.weight, expert.organisation) == ("Wang Li", 2.5, "Bureau")
    assert dict(expert.ratings) == dict(held.ratings)
    assert dict(expert.criteria_judgments) == dict(plan.experts[0].answers.criteria_judgments)


def _blanked(tmp_path, name: str, seed: int, node: str):
    """A filled questionnaire with every answer of node emptied, and the node's rows."""
    path = filled_file(tmp_path, MODEL, "zh", name, seed=seed)[0]
    workbook = load_workbook(path)
    sheet = workbook[workbook.sheetnames[2]]
    rows = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 6).value == node]
    for row in rows:
        sheet.cell(row, 4).value = None
    workbook.save(path)
    return path, workbook.sheetnames[2], rows


def test_a_wholly_blank_node_imports_and_the_expert_is_left_out_of_it(tmp_path):
    node = MODEL.hierarchy.inner_nodes[-1]
    path, _, _ = _blanked(tmp_path, "Li", 6, node)
    session = default_session(MODEL)
    plan = import_plan(read_questionnaires([path], MODEL), session, MODEL)
    assert plan.ok
    result = with_imported(session, MODEL, plan.experts)
    imported = result.experts.experts[-1]
    assert node not in imported.criteria_judgments
    assert len(imported.criteria_judgments) == len(MODEL.hierarchy.inner_nodes) - 1
    check_panel(judging_panel(result), MODEL)


def test_a_blank_node_replacing_the_lead_is_refused_at_its_first_answer_cell(tmp_path):
    from desktop.questionnaire_text import problem_text
    from strategies.panel.session_panel import lead

    node = MODEL.hierarchy.inner_nodes[-1]
    session = default_session(MODEL)
    session = with_expert(session, replace(lead(session), name="Li"))
    path, sheet, rows = _blanked(tmp_path, "Li", 6, node)
    plan = import_plan(read_questionnaires([path], MODEL), session, MODEL)
    (found,) = plan.problems
    assert f"{node} " in problem_text(found, "en") and "下没有任何判断" in problem_text(found, "zh")
    assert (found.problem, found.sheet, found.cell) == (
        Problem.UNANSWERED_NODE,
        sheet,
        f"D{rows[0]}",
    )


def test_a_batch_after_which_nobody_counted_judges_a_node_is_refused(tmp_path):
    from desktop.questionnaire_text import problem_text
    from strategies.panel.session_panel import lead

    node = MODEL.hierarchy.inner_nodes[-1]
    session = default_session(MODEL)
    session = with_expert(session, replace(lead(session), included=False))
    first, sheet, rows = _blanked(tmp_path, "Li", 6, node)
    second = _blanked(tmp_path, "Wu", 7, node)[0]
    plan = import_plan(read_questionnaires([first, second], MODEL), session, MODEL)
    assert not plan.ok and plan.experts == ()
    assert [(p.problem, p.cell) for p in plan.problems] == [
        (Problem.NOBODY_JUDGES_NODE, f"D{rows[0]}")
    ] * 2
    assert f"{node} " in problem_text(plan.problems[0], "en")
    third = filled_file(tmp_path, MODEL, "en", "Zhao", seed=9)[0]
    assert import_plan(read_questionnaires([first, second, third], MODEL), session, MODEL).ok


def test_the_lead_replaced_takes_the_answers_into_the_sessions_own_fields(tmp_path):
    from strategies.panel.session_panel import lead

    session = default_session(MODEL)
    session = with_expert(session, replace(lead(session), name="Wang Li"))
    path = filled_file(tmp_path, MODEL, "en", "wang li", seed=8)[0]
    plan = import_plan(read_questionnaires([path], MODEL), session, MODEL)
    result = with_imported(session, MODEL, plan.experts)
    answers = plan.experts[0].answers
    assert [e.name for e in result.experts.experts] == ["Wang Li"]
    assert dict(result.criteria_judgments) == dict(answers.criteria_judgments)
    assert result.ratings == session.ratings
    check_panel(judging_panel(result), MODEL)


def test_notes_on_pairs_go_into_the_experts_note(tmp_path):
    import numpy as np

    from strategies.questionnaire import QuestionnaireRequest, questionnaire_bytes
    from strategies.questionnaire.layout import SheetKind
    from tests.strategies.questionnaire_filling import fill, random_judgments

    goal = MODEL.hierarchy.goal
    a, b = MODEL.hierarchy.children(goal)[:2]
    judgments = {
        SheetKind.CRITERIA: random_judgments(MODEL, SheetKind.CRITERIA, np.random.default_rng(1))
    }
    blank = questionnaire_bytes(MODEL, QuestionnaireRequest(lang="en", expert="N"))
    path = tmp_path / "n.xlsx"
    path.write_bytes(fill(blank, MODEL, "en", judgments, {(goal, a, b): "  data\nthin "}))
    plan = import_plan(read_questionnaires([path], MODEL), default_session(MODEL), MODEL)
    expert = with_imported(default_session(MODEL), MODEL, plan.experts).experts.experts[-1]
    assert expert.note == f"{goal}: {a} – {b}: data thin"


def test_ratings_import_into_the_expert_and_replace_only_the_criteria_asked(tmp_path):
    import numpy as np

    from strategies.questionnaire import QuestionnaireRequest, questionnaire_bytes
    from strategies.questionnaire.layout import SheetKind
    from tests.strategies.questionnaire_filling import fill, random_ratings

    asked = MODEL.criteria[:3]
    request = QuestionnaireRequest(lang="en", expert="Wu", with_ratings=True, rated_criteria=asked)
    ratings = random_ratings(MODEL, np.random.default_rng(3), asked, missing=0.25)
    criteria = {SheetKind.CRITERIA: dict(MODEL.default_judgments)}
    path = tmp_path / "wu.xlsx"
    path.write_bytes(
        fill(questionnaire_bytes(MODEL, request), MODEL, "en", criteria, ratings=ratings)
    )
    session = default_session(MODEL)
    plan = import_plan(read_questionnaires([path], MODEL), session, MODEL)
    added = with_imported(session, MODEL, plan.experts)
    wu = added.experts.experts[-1]
    assert dict(wu.ratings) == ratings
    # re-imported: the asked criteria's ratings are the new answers (blank ones gone), the
    # ratings under criteria not asked stay
    outside = (MODEL.strategy_ids[0], MODEL.criteria[-1])
    held = wu.with_rating(*outside, "strong")
    added = with_expert(added, held)
    fewer = {k: v for k, v in list(ratings.items())[: len(ratings) // 2]}
    path.write_bytes(
        fill(questionnaire_bytes(MODEL, request), MODEL, "en", criteria, ratings=fewer)
    )
    plan = import_plan(read_questionnaires([path], MODEL), added, MODEL)
    assert [item.replaces.id for item in plan.replacing] == [wu.id]
    replaced = with_imported(added, MODEL, plan.experts).experts.expert(wu.id)
    assert dict(replaced.ratings) == {**fewer, outside: "strong"}
