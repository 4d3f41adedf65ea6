"""Dialogs and small forms shared by the screens: the supervisor's override, the ID number field."""
