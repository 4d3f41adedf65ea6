"""Free school meals: one meal per eligible student per meal session per day.

A second serving of the same session on the same day is refused with a clear
message and is not recorded twice (the store's unique key is the backstop).
A meal outside its session's hours (a lunch at 19:13) needs a supervisor's
word, audited with the meal, when the caller keeps to the hours (the window
always does).
Funding follows meals actually served: see :mod:`terminal.core.meal_reports`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from biometrics.phrases import term
from terminal.core import audit, operators
from terminal.core.acts import record_act
from terminal.core.citizens import full_name
from terminal.core.clock import stamp, today
from terminal.core.errors import (
    HamyonError,
    InvalidInput,
    MealAlreadyServed,
    NotEligibleForMeals,
    UnknownMealSession,
)
from terminal.core.operators import SupervisorWord
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

# The registry names its meal sessions; these usual names are shown in the operator's language.
USUAL_SESSION_NAMES = (term("Breakfast"), term("Lunch"), term("Afternoon snack"), term("Dinner"))


class MealOutsideHours(HamyonError):
    code = "meal_outside_hours"
    template = (
        "{session} is served from {starts} to {ends}; it is {time} now."
        " A meal outside these hours needs a supervisor's word."
    )


@dataclass(frozen=True)
class RosterEntry:
    student_id: int
    name: str
    eligible: bool
    served_at: str | None  # HH:MM when already served in this session today


@dataclass(frozen=True)
class MealServed:
    tx_uuid: str
    student_name: str
    session_name: str
    served_on: date
    served_at: str


@dataclass(frozen=True)
class DayCounts:
    on: date
    by_session: dict[str, int]  # session name -> meals
    by_class: dict[str, dict[str, int]]  # class name -> session name -> meals
    total: int


_STUDENT_SQL = """
SELECT s.id, s.meal_eligible, s.active, s.class_id, cl.school_id,
       c.surname, c.given_name, c.patronymic
FROM students s JOIN classes cl ON cl.id = s.class_id JOIN citizens c ON c.id = s.citizen_id
WHERE s.id = ?
"""

_SESSION_SQL = "SELECT * FROM meal_sessions WHERE id = ? AND active = 1"


class MealService:
    def __init__(self, site: SiteContext) -> None:
        self.site = site

    def schools(self) -> list[dict[str, Any]]:
        return self.site.store.all("SELECT id, name FROM schools ORDER BY name")

    def classes(self, school_id: str) -> list[dict[str, Any]]:
        return self.site.store.all(
            "SELECT id, name, grade FROM classes WHERE school_id = ? ORDER BY grade, name", (school_id,)
        )

    def sessions(self, school_id: str) -> list[dict[str, Any]]:
        return self.site.store.all(
            "SELECT id, name, starts_at, ends_at, price FROM meal_sessions"
            " WHERE school_id = ? AND active = 1 ORDER BY starts_at",
            (school_id,),
        )

    def roster(
        self, operator: Operator, class_id: str, session_id: str, on: date | None = None
    ) -> list[RosterEntry]:
        """The class's students in name order, each with whether they were served already."""
        require(operator, "serve school meals")
        on = on or today(self.site.clock)
        rows = self.site.store.all(
            "SELECT s.id, s.meal_eligible, c.surname, c.given_name, c.patronymic, m.served_at"
            " FROM students s JOIN citizens c ON c.id = s.citizen_id"
            " LEFT JOIN live_meals m ON m.student_id = s.id AND m.session_id = ? AND m.served_on = ?"
            " WHERE s.class_id = ? AND s.active = 1 AND c.removed_at IS NULL"
            " ORDER BY c.surname, c.given_name",
            (session_id, on.isoformat(), class_id),
        )
        return [
            RosterEntry(
                r["id"],
                full_name(r),
                bool(r["meal_eligible"]),
                r["served_at"][11:16] if r["served_at"] else None,
            )
            for r in rows
        ]

    def outside_hours(self, session_id: str) -> MealOutsideHours | None:
        """The warning for serving this session now, when now is outside its hours; else None."""
        session = self.site.store.one(_SESSION_SQL, (session_id,))
        if session is None:
            raise UnknownMealSession()
        return _outside_hours(session, self.site.clock.now().strftime("%H:%M"))

    def serve(
        self,
        operator: Operator,
        student_id: int,
        session_id: str,
        *,
        keep_hours: bool = False,
        word: SupervisorWord | None = None,
    ) -> MealServed:
        """Record one meal as a confirmed act.

        Outside the session's hours, ``keep_hours`` refuses it (MealOutsideHours)
        unless a supervisor gives their ``word``: their PIN is checked like a
        sign-in and the word is audited in the meal's own transaction.
        """
        require(operator, "serve school meals")
        site = self.site
        on = today(site.clock)
        session = site.store.one(_SESSION_SQL, (session_id,))
        if session is None:
            raise UnknownMealSession()
        late = _outside_hours(session, site.clock.now().strftime("%H:%M"))
        supervisor = None
        if late is not None and word is not None:
            supervisor = operators.check_word(
                site, operator, word, action=term("confirm a meal outside its hours"), purpose="meal_hours"
            )
        elif late is not None and keep_hours:
            raise late
        with site.store.write() as db:
            student = site.store.one(_STUDENT_SQL, (student_id,))
            if student is None or not student["active"] or student["school_id"] != session["school_id"]:
                raise InvalidInput(field="student", reason="not a student of this school")
            name = full_name(student)
            if not student["meal_eligible"]:
                raise NotEligibleForMeals(student=name)
            earlier = site.store.one(
                "SELECT served_at FROM live_meals WHERE student_id = ? AND session_id = ? AND served_on = ?",
                (student_id, session_id, on.isoformat()),
            )
            if earlier:
                raise MealAlreadyServed(
                    student=name, session=session["name"], served_at=earlier["served_at"][11:16]
                )
            at = stamp(site.clock)
            act = record_act(
                db,
                kind="meal",
                operator_id=operator.id,
                at=at,
                subject=f"student:{student_id}",
                payload={
                    "school": session["school_id"],
                    "class": student["class_id"],
                    "student_id": student_id,
                    "session": session_id,
                    "served_on": on.isoformat(),
                    "price": session["price"],
                },
            )
            db.execute(
                "INSERT INTO meals (tx_uuid, student_id, class_id, session_id, served_on, served_at,"
                " operator_id, price) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    act.uuid,
                    student_id,
                    student["class_id"],
                    session_id,
                    on.isoformat(),
                    at,
                    operator.id,
                    session["price"],
                ),
            )
            if supervisor is not None and word is not None:
                audit.append(
                    db,
                    at=at,
                    operator_id=supervisor.id,
                    action="meal_outside_hours",
                    subject=f"student:{student_id}",
                    details={
                        "session": session_id,
                        "hours": f"{session['starts_at']}-{session['ends_at']}",
                        "served_at": at[11:16],
                        "for_operator": operator.id,
                        "reason": word.reason.strip(),
                        "act": act.uuid,
                    },
                )
        return MealServed(act.uuid, name, session["name"], on, at[11:16])

    def day_counts(self, school_id: str, on: date | None = None) -> DayCounts:
        on = on or today(self.site.clock)
        rows = self.site.store.all(
            "SELECT cl.name AS class_name, ms.name AS session_name, count(*) AS meals"
            " FROM live_meals m JOIN classes cl ON cl.id = m.class_id"
            " JOIN meal_sessions ms ON ms.id = m.session_id"
            " WHERE cl.school_id = ? AND m.served_on = ?"
            " GROUP BY cl.grade, cl.name, ms.starts_at, ms.name ORDER BY cl.grade, cl.name, ms.starts_at",
            (school_id, on.isoformat()),
        )
        by_session: dict[str, int] = {}
        by_class: dict[str, dict[str, int]] = {}
        for r in rows:
            by_session[r["session_name"]] = by_session.get(r["session_name"], 0) + r["meals"]
            by_class.setdefault(r["class_name"], {})[r["session_name"]] = r["meals"]
        return DayCounts(on, by_session, by_class, sum(by_session.values()))


def _outside_hours(session: dict[str, Any], now: str) -> MealOutsideHours | None:
    """``now`` (HH:MM) outside the session's hours, both ends included: the warning to give."""
    if session["starts_at"] <= now <= session["ends_at"]:
        return None
    return MealOutsideHours(
        session=session["name"], starts=session["starts_at"], ends=session["ends_at"], time=now
    )
