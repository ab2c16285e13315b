"""The questionnaire outside the workshop app: invitations, invitation codes, import templates."""
