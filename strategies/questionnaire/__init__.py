"""Questionnaires out and back: the XLSX an expert fills in, and its reading.

The format is described in docs/questionnaire-format.md; ``layout`` is its one home in code.
"""

from strategies.questionnaire.problems import Problem, QuestionnaireProblem
from strategies.questionnaire.read import (
    ExpertAnswers,
    QuestionnaireReading,
    read_questionnaire,
    read_questionnaires,
)
from strategies.questionnaire.write import (
    QuestionnaireRequest,
    questionnaire_bytes,
    write_questionnaire,
)

__all__ = [
    "ExpertAnswers",
    "Problem",
    "QuestionnaireProblem",
    "QuestionnaireReading",
    "QuestionnaireRequest",
    "questionnaire_bytes",
    "read_questionnaire",
    "read_questionnaires",
    "write_questionnaire",
]
