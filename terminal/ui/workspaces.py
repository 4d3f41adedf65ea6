"""Which screen is each workflow's workspace: the window reads the core's workflow descriptors.

Each workflow of :mod:`terminal.core.workflows` has one screen here, keyed by the workflow's name; the
window opens the screens whose permission the signed-in operator's role gives, in the workflows'
order, then the supervisor's settings. A new workflow adds its descriptor in the core and one line
here (a test checks that every workflow has its screen).
"""

from __future__ import annotations

from terminal.core.workflows import WORKFLOWS

# the workflow's name -> "module:class" of its screen
SCREENS: dict[str, str] = {
    "dispensing": "terminal.ui.screens.dispensing:DispensingScreen",
    "meals": "terminal.ui.screens.meals:MealsScreen",
    "applications": "terminal.ui.screens.applications:ApplicationsScreen",
    "aids": "terminal.ui.screens.aids:AidsScreen",
}
SETTINGS = ("change settings", "terminal.ui.screens.supervisor:SupervisorScreen")

# (the action whose permission shows the workspace, "module:class"), in the order of the tabs
WORKSPACES: tuple[tuple[str, str], ...] = (
    *((w.permission, SCREENS[w.name]) for w in WORKFLOWS),
    SETTINGS,
)
