"""The first two steps: the applicant, then the rest of the family."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from terminal.core.applications import ApplicationForm, Member
from terminal.core.citizens import age_on
from terminal.core.idnumbers import mask, normalise
from terminal.ui.applications import words
from terminal.ui.applications.fields import ChoiceField, FormInfo, IdNumberField, PhoneField, TextField
from terminal.ui.applications.step import ListStep, Step
from terminal.ui.i18n import core_text


def applicant_of(form: ApplicationForm) -> Member | None:
    return next((m for m in form.members if m.relation == "applicant"), None)


def birth_dates(form: ApplicationForm, info: FormInfo) -> list[tuple[str, date]]:
    """(name, birth date) of each family member whose birth date is known (typed or in the ID number)."""
    found = []
    for member in form.members:
        if member.birth_date:
            found.append((member.full_name, date.fromisoformat(member.birth_date)))
        elif (number := IdNumberField.parse(member.pin, info)) is not None:
            found.append((member.full_name, number.birth_date))
    return found


def rename_incomes(form: ApplicationForm, old_pin: str, new_pin: str) -> None:
    """The applicant's ID number was corrected: their incomes follow it."""
    for income in form.incomes:
        if income.member_pin == old_pin:
            income.member_pin = new_pin


class ApplicantStep(Step):
    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        # made in the order they are laid out in, which is the order Tab goes through them
        self.name = TextField(required=True)
        self.pin = IdNumberField(info)
        self.occupation = TextField()
        self.phone = PhoneField()
        self.body_field = ChoiceField()
        self.address = TextField(required=True, max_length=500)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        top = Qt.AlignmentFlag.AlignTop
        # two columns; the list of bodies (a long choice) and the address the whole width
        for i, field in enumerate((self.name, self.pin, self.occupation, self.phone)):
            grid.addWidget(field, i // 2, i % 2, top)
        grid.addWidget(self.body_field, 2, 0, 1, 2, top)
        grid.addWidget(self.address, 3, 0, 1, 2, top)
        for field in (self.name, self.pin, self.occupation, self.phone, self.body_field, self.address):
            field.changed.connect(self.changed)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("The applicant")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(self.tr("The person who applies, as written in their identity document."))
        self.name.set_caption(self.tr("Full name"))
        self.pin.set_caption(core_text(self.info.id_kind))
        self.occupation.set_caption(self.tr("Occupation (optional)"))
        self.body_field.set_caption(self.tr("Serves in one of these bodies"))
        self.body_field.set_choices(words.restricted_bodies())
        self.address.set_caption(self.tr("Address of the family"))
        self.phone.set_caption(self.tr("Phone (optional)"))

    def load(self, form: ApplicationForm) -> None:
        applicant = applicant_of(form)
        self.name.set_text(applicant.full_name if applicant else "")
        self.pin.set_text(applicant.pin if applicant else "")
        self.occupation.set_text(applicant.occupation if applicant else "")
        self.body_field.choose((applicant.restricted_body if applicant else None) or "")
        self.address.set_text(form.address)
        self.phone.set_text(form.phone)

    def problems(self) -> list[str]:
        """Wrong entries; and a draft needs at least the applicant's name and ID number."""
        found = [self.pin.problem(), self.phone.problem()]
        fields = (self.name, self.pin, self.occupation, self.address, self.phone)
        if any(not f.is_empty() for f in fields):
            found += [self.name.missing(), self.pin.missing()]
        return [p for p in found if p]

    def missing(self) -> list[str]:
        found = [f.missing() for f in (self.name, self.pin, self.address)]
        return [p for p in found if p]

    def save(self, form: ApplicationForm) -> None:
        old = applicant_of(form)
        pin = normalise(self.pin.edit.text())
        applicant = Member(
            pin,
            self.name.text,
            "applicant",
            occupation=self.occupation.text,
            restricted_body=self.body_field.code or None,
        )
        if old is not None and old.pin != pin:
            rename_incomes(form, old.pin, pin)
        form.members = [applicant, *(m for m in form.members if m.relation != "applicant")]
        form.address, form.phone = self.address.text, self.phone.text


class MembersStep(ListStep):
    """The family living with the applicant: add each with their ID number, remove a mistake."""

    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.members: list[Member] = []
        self.applicant_pin = ""
        self.name = TextField(required=True)
        self.pin = IdNumberField(info)
        self.relation = ChoiceField()
        self.body_field = ChoiceField()
        for field in (self.name, self.pin, self.relation, self.body_field):  # one above the other: a long
            self.adder_column.addWidget(field)  # choice ("None of these bodies") is never cut off
        self.finish_adder()
        self.retranslate()

    def title(self) -> str:
        return self.tr("The family")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            self.tr("Everyone who lives with the applicant and shares the household. Add them one by one.")
        )
        self.name.set_caption(self.tr("Full name"))
        self.pin.set_caption(core_text(self.info.id_kind))
        self.relation.set_caption(self.tr("Relation"))
        self.relation.set_choices({k: v for k, v in words.relations().items() if k != "applicant"})
        self.body_field.set_caption(self.tr("Serves in"))
        self.body_field.set_choices(words.restricted_bodies())
        self.add.setText(self.tr("Add to the family"))
        self.remove.setText(self.tr("Remove from the family"))
        self.empty.setText(self.tr("Nobody added yet: the applicant lives alone?"))
        self.items.setAccessibleName(self.tr("Family members"))
        self._show()

    def load(self, form: ApplicationForm) -> None:
        self.members = [m for m in form.members if m.relation != "applicant"]
        self._show()

    def entered(self, form: ApplicationForm) -> None:
        applicant = applicant_of(form)
        self.applicant_pin = applicant.pin if applicant else ""

    def _show(self) -> None:
        relations = words.relations()
        self.show_items(
            [
                "\n".join(
                    (
                        m.full_name,
                        self.tr("{relation} · {pin} · age {age}").format(
                            relation=relations.get(m.relation, m.relation), pin=mask(m.pin), age=self._age(m)
                        ),
                    )
                )
                for m in self.members
            ]
        )

    def _age(self, member: Member) -> int | str:
        if member.birth_date:
            return age_on(date.fromisoformat(member.birth_date), self.info.today)
        number = IdNumberField.parse(member.pin, self.info)
        return age_on(number.birth_date, self.info.today) if number else "?"

    def add_entry(self) -> None:
        if any([self.name.missing(), self.pin.missing(), self.pin.problem()]):
            return
        pin = normalise(self.pin.edit.text())
        if pin == self.applicant_pin or any(m.pin == pin for m in self.members):
            self.pin.say(self.tr("This ID number is already in the family."), "danger")
            return
        self.members.append(
            Member(
                pin,
                self.name.text,
                self.relation.code,
                restricted_body=self.body_field.code or None,
            )
        )
        for field in (self.name, self.pin):
            field.set_text("")
            field.say()
        self.body_field.choose("")
        self._show()
        self.name.edit.setFocus()
        self.changed.emit()

    def remove_at(self, row: int) -> None:
        del self.members[row]
        self._show()

    def problems(self) -> list[str]:
        if self.name.text or normalise(self.pin.edit.text()):
            msg = self.tr(
                "A family member is typed but not added: press “Add to the family”, or clear the fields."
            )
            self.pin.say(msg, "danger")
            return [msg]
        return []

    def save(self, form: ApplicationForm) -> None:
        applicant = applicant_of(form)
        form.members = ([applicant] if applicant else []) + list(self.members)
        pins = {m.pin for m in form.members}
        form.incomes = [i for i in form.incomes if i.member_pin in pins]
