"""The field application form, step by step (used by :mod:`terminal.ui.screens.applications`)."""
