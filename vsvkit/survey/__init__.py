"""The questionnaire members fill in: the form, its validation and its pages; invitations,
invitation codes and import templates for trainers who use their own survey tool.

The pure parts the server's request handlers (:mod:`vsvkit.app`) and the CLI call; nothing
here knows of Tornado or widgets:

- :mod:`vsvkit.survey.form`: :func:`survey_form`, the form of an instrument in one language,
  and the field names (item codes, ``profession``, ``remark_<DOMAIN>``);
- :mod:`vsvkit.survey.submission`: :func:`parse_submission`, a submitted form checked by the
  rules of an import (:func:`vsvkit.intake.parse_rows`) into one anonymous respondent, or an
  :class:`~vsvkit.errors.IntakeError` whose problems name their fields;
- :mod:`vsvkit.survey.pages`: the pages as HTML (:func:`render_form`, :func:`render_thanks`,
  :func:`render_closed`, :func:`render_already`) and the static files they load;
- :mod:`vsvkit.survey.invitation`, :mod:`vsvkit.survey.codes`,
  :mod:`vsvkit.survey.export_templates`, :mod:`vsvkit.survey.limesurvey`: the invitation
  sheet, one-time codes, and the workbook and LimeSurvey structure an import reads.
"""

from __future__ import annotations

from vsvkit.survey.form import SurveyForm, survey_form
from vsvkit.survey.pages import (
    render_already,
    render_closed,
    render_form,
    render_thanks,
    static_folder,
    storage_key,
)
from vsvkit.survey.submission import parse_submission

__all__ = [
    "SurveyForm",
    "survey_form",
    "parse_submission",
    "render_form",
    "render_thanks",
    "render_closed",
    "render_already",
    "static_folder",
    "storage_key",
]
