"""The family's monthly incomes and its property, each with an amount checked as it is typed."""

from __future__ import annotations

from terminal.core.applications import ApplicationForm, Asset, Income, Member
from terminal.ui.applications import words
from terminal.ui.applications.fields import AmountField, ChoiceField, FormInfo, TextField
from terminal.ui.applications.step import ListStep
from terminal.ui.i18n import currency_sign, money_text


class IncomesStep(ListStep):
    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.incomes: list[Income] = []
        self.members: list[Member] = []
        self.who = ChoiceField()
        self.source = ChoiceField()
        self.amount = AmountField(info)
        for field in (self.who, self.source, self.amount):
            self.adder_column.addWidget(field)
        self.finish_adder()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Incomes")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            self.tr(
                "Every regular income of the family, per month, before tax. If nobody earns anything, go on."
            )
        )
        self.who.set_caption(self.tr("Whose income"))
        self.source.set_caption(self.tr("Source"))
        self.source.set_choices(words.income_sources())
        self.amount.set_caption(
            self.tr("Amount a month ({currency})").format(currency=currency_sign(self.info.currency))
        )
        self.add.setText(self.tr("Add the income"))
        self.remove.setText(self.tr("Remove the income"))
        self.empty.setText(self.tr("No income added."))
        self.items.setAccessibleName(self.tr("Incomes"))
        self._show()

    def load(self, form: ApplicationForm) -> None:
        self.incomes = [Income(i.member_pin, i.source, i.monthly_amount) for i in form.incomes]
        self.entered(form)

    def entered(self, form: ApplicationForm) -> None:
        self.members = list(form.members)
        self.who.set_choices({m.pin: m.full_name for m in self.members})
        pins = {m.pin for m in self.members}
        self.incomes = [i for i in self.incomes if i.member_pin in pins]
        self._show()

    def _show(self) -> None:
        names = {m.pin: m.full_name for m in self.members}
        sources = words.income_sources()
        self.show_items(
            [
                "\n".join(
                    (
                        names.get(i.member_pin, "?"),
                        self.tr("{source}: {amount} a month").format(
                            source=sources.get(i.source, i.source),
                            amount=money_text(i.monthly_amount, self.info.currency),
                        ),
                    )
                )
                for i in self.incomes
            ]
        )

    def add_entry(self) -> None:
        if any([self.amount.missing(), self.amount.problem()]) or not self.who.code:
            return
        self.incomes.append(Income(self.who.code, self.source.code, self.amount.minor or 0))
        self.amount.set_text("")
        self._show()
        self.changed.emit()

    def remove_at(self, row: int) -> None:
        del self.incomes[row]
        self._show()

    def problems(self) -> list[str]:
        if self.amount.edit.text().strip():
            msg = self.tr("An amount is typed but not added: press “Add the income”, or clear it.")
            self.amount.say(msg, "danger")
            return [msg]
        return []

    def save(self, form: ApplicationForm) -> None:
        form.incomes = list(self.incomes)


class AssetsStep(ListStep):
    def __init__(self, info: FormInfo) -> None:
        super().__init__(info)
        self.assets: list[Asset] = []
        self.kind = ChoiceField()
        self.description = TextField(max_length=500)
        self.value = AmountField(info)
        for field in (self.kind, self.description, self.value):
            self.adder_column.addWidget(field)
        self.finish_adder()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Property")

    def retranslate(self) -> None:
        super().retranslate()
        self.hint.setText(
            self.tr("What the family owns: home, land, vehicles, livestock, deposits, with their value.")
        )
        self.kind.set_caption(self.tr("Kind"))
        self.kind.set_choices(words.asset_kinds())
        self.description.set_caption(self.tr("Description (optional)"))
        self.value.set_caption(
            self.tr("Value ({currency})").format(currency=currency_sign(self.info.currency))
        )
        self.add.setText(self.tr("Add the property"))
        self.remove.setText(self.tr("Remove the property"))
        self.empty.setText(self.tr("No property added."))
        self.items.setAccessibleName(self.tr("Property"))
        self._show()

    def load(self, form: ApplicationForm) -> None:
        self.assets = [Asset(a.kind, a.value, a.description) for a in form.assets]
        self._show()

    def _show(self) -> None:
        kinds = words.asset_kinds()
        self.show_items(
            [
                "\n".join(
                    (
                        self.tr("{kind}: {description}").format(
                            kind=kinds.get(a.kind, a.kind), description=a.description
                        )
                        if a.description
                        else kinds.get(a.kind, a.kind),
                        money_text(a.value, self.info.currency),
                    )
                )
                for a in self.assets
            ]
        )

    def add_entry(self) -> None:
        if any([self.value.missing(), self.value.problem()]):
            return
        self.assets.append(Asset(self.kind.code, self.value.minor or 0, self.description.text))
        self.value.set_text("")
        self.description.set_text("")
        self._show()
        self.changed.emit()

    def remove_at(self, row: int) -> None:
        del self.assets[row]
        self._show()

    def problems(self) -> list[str]:
        if self.value.edit.text().strip():
            msg = self.tr("A value is typed but not added: press “Add the property”, or clear it.")
            self.value.say(msg, "danger")
            return [msg]
        return []

    def save(self, form: ApplicationForm) -> None:
        form.assets = list(self.assets)
