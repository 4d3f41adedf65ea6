"""Seven languages (Karakalpak in both its scripts): every message translated with its placeholders,
catalogues in step with the code, and the language switched at run time with the compiled catalogues.

Every message means the core's words (context "core") and the window's own (one context per
class, ``self.tr``): a new ``tr()`` string, an unfinished or empty translation, a placeholder,
a mnemonic (&) or a key name (F2, Enter, Esc, Ctrl+P) lost in any language fails here.
"""

from __future__ import annotations

import re
import string
import subprocess
from datetime import date
from pathlib import Path

import pytest

from biometrics.phrases import Phrase
from terminal.core.assessment import Household, assess
from terminal.core.errors import (
    ApplicationIncomplete,
    HamyonError,
    InvalidInput,
    PermissionDenied,
    PrescriptionNotDispensable,
)
from terminal.ui import catalogue
from terminal.ui.catalogue import core_words, ts
from terminal.ui.catalogue.uzbek import PROTECTED
from terminal.ui.i18n import CORE_CONTEXT, LANGUAGES, SOURCE_LANGUAGE, ts_file
from tests.ui.conftest import choose_language

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC_SCRIPT = ("uz_Cyrl", "kaa", "kk", "ru")
MNEMONIC = re.compile(r"&(?!&)(\S)")
KEY_NAME = re.compile(r"\b(?:F\d{1,2}|Enter|Esc|Ctrl\+\w)(?!\w)")


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def live(code: str) -> list[ts.Message]:
    """The messages ``lrelease`` compiles (vanished ones are kept for their translations only)."""
    return [m for m in ts.read(ts_file(code)).messages if m.state not in ts.GONE]


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_every_message_is_translated_with_the_placeholders_of_its_source(code: str) -> None:
    messages = live(code)
    contexts = {m.context for m in messages}
    assert CORE_CONTEXT in contexts and len(contexts) > 30  # the core's words and the window's classes
    assert len([m for m in messages if m.context != CORE_CONTEXT]) > 350
    for m in messages:
        where = f"{code} [{m.context}] {m.source!r}"
        assert m.state == "finished", f"{where}: unfinished"
        for translation in m.translations:
            assert translation.strip(), f"{where}: empty"
            assert names(translation) == names(m.source), f"{where}: placeholders of {translation!r}"


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_mnemonics_and_key_names_survive_translation(code: str) -> None:
    """A button's Alt letter (&Back) is kept, once, and distinct in its screen; "(F2)", "Enter", "Esc",
    "Ctrl+P" are written as the keyboard writes them, in every language."""
    letters: dict[str, list[str]] = {}
    for m in live(code):
        where = f"{code} [{m.context}] {m.source!r}: {m.translation!r}"
        if MNEMONIC.search(m.source):
            found = MNEMONIC.findall(m.translation)
            assert len(found) == 1, f"{where}: one & mnemonic"
            letters.setdefault(m.context, []).append(found[0].lower())
        else:
            assert not MNEMONIC.search(m.translation.replace("&&", "")), f"{where}: a stray &"
        assert KEY_NAME.findall(m.source) == KEY_NAME.findall(m.translation), f"{where}: key names"
    assert letters, "the wizard's buttons have mnemonics"
    for context, used in letters.items():
        assert len(used) == len(set(used)), f"{code} [{context}]: mnemonics {used} clash"


@pytest.mark.parametrize("code", CYRILLIC_SCRIPT)
def test_cyrillic_translations_leave_no_english_words(code: str) -> None:
    """Only placeholders, commands, options, file names and names such as PIN or Face-ID stay in Latin."""
    for m in live(code):
        rest = PROTECTED.sub("", m.translation)
        assert not LATIN.search(rest), f"{code}: {m.translation!r} keeps Latin words"


def test_uzbek_latin_has_no_cyrillic_and_one_kind_of_apostrophe() -> None:
    for m in live("uz_Latn"):
        assert not CYRILLIC.search(m.translation), m.translation
        assert not re.search(r"[oOgG]['ʻ`’]", PROTECTED.sub("", m.translation)), (
            f"o‘ and g‘ are written with U+2018: {m.translation!r}"
        )


def test_karakalpak_latin_is_the_cyrillic_letter_for_letter_and_has_no_cyrillic() -> None:
    from terminal.ui.catalogue.karakalpak import to_latin

    cyrillic = {m.key: m for m in live("kaa")}
    for m in live("kaa_Latn"):
        assert not CYRILLIC.search(m.translation), m.translation
        assert m.translation == to_latin(cyrillic[m.key].translation)
    assert to_latin("Шаңарақ ағзалары, өзгерис") == "Shańaraq aǵzaları, ózgeris"


def test_each_language_is_named_in_its_own_script() -> None:
    names = {lang.code: lang.name for lang in LANGUAGES}
    for code in CYRILLIC_SCRIPT:
        assert CYRILLIC.search(names[code]) and not LATIN.search(names[code]), names[code]
    for code in ("uz_Latn", "kaa_Latn", "en"):
        assert not CYRILLIC.search(names[code]), names[code]
    assert names["kaa"] == "Қарақалпақша" and names["kaa_Latn"] == "Qaraqalpaqsha"


def test_english_is_the_source_itself() -> None:
    assert all(m.translation == m.source for m in live(SOURCE_LANGUAGE))


def test_the_catalogues_are_up_to_date_with_the_code() -> None:
    """The core's words and the window's ``tr()`` strings (pyside6-lupdate) are all in the .ts files."""
    assert catalogue.WINDOW_STRINGS
    assert catalogue.check() == []
    assert catalogue.check(with_window=True) == []


def test_every_error_class_of_every_package_has_its_template_in_the_catalogue() -> None:
    core_words.modules()  # import everything, so that every subclass exists
    from biometrics.errors import BiometricsError
    from sync.errors import SyncError

    def family(cls: type) -> list[type]:
        return [cls, *(c for sub in cls.__subclasses__() for c in family(sub))]

    classes = [c for base in (HamyonError, BiometricsError, SyncError) for c in family(base)]
    ours = [c for c in classes if c.__module__.split(".")[0] in ("terminal", "biometrics", "sync")]
    assert len(ours) > 60
    for code in (lang.code for lang in LANGUAGES):
        sources = {m.source for m in live(code) if m.context == CORE_CONTEXT}
        missing = [f"{c.__module__}.{c.__name__}" for c in ours if c.template not in sources]
        assert missing == [], code


def test_nothing_the_core_says_is_built_in_english() -> None:
    """terminal.core, biometrics and the sync client pass words as templates (a Phrase), never f-strings;
    only the reference registry's own command-line messages (sync/server) are left in English."""
    found = [str(u) for u in core_words.untranslatable() if "sync/server/" not in str(u)]
    assert found == []


def test_camera_names_and_registry_answers_are_translated(translations) -> None:
    """The words biometrics and the sync client build from parts (a camera's name, an HTTP status, a code
    of the registry's answer) are Phrases: English for the command line, translated in the window."""
    from biometrics.errors import CameraNotFound, EnrollmentIncomplete
    from biometrics.phrases import Phrase
    from biometrics.sources import open_source
    from sync.errors import PushStalled, RegistryFailed
    from sync.phrases import failure, item_reason
    from terminal.sync_client.link import _refusal
    from terminal.ui.i18n import error_text

    video = CameraNotFound(source=open_source("/nowhere/clip.mp4").name, hint="the file does not exist")
    webcam = CameraNotFound(source=open_source("3").name, hint="no camera with this number is connected")
    assert video.message == "the video clip.mp4 was not found: the file does not exist."  # the CLI's
    stalled = PushStalled(count=2, reason=item_reason("after_refused"))
    refused = _refusal(404, {})
    busy = RegistryFailed(status=503, reason=failure("registry_busy"))
    short = EnrollmentIncomplete(
        reason=Phrase("only {count} of {needed} good pictures were taken", {"count": 1, "needed": 5})
    )
    assert refused.message == "The registry refused the request: it answered with the HTTP status 404"
    translations.switch("ru")
    assert error_text(video) == "Источник видео не найден (видео clip.mp4): файла нет."
    assert error_text(webcam) == "Источник видео не найден (камера 3): камера с таким номером не подключена."
    assert "идёт после записи, которую реестр отклонил" in error_text(stalled)
    assert error_text(refused) == "Реестр отклонил запрос: он ответил с кодом HTTP 404"
    assert "(503: реестр перегружен)" in error_text(busy)
    assert "хороших снимков сделано только 1 из 5" in error_text(short)
    translations.switch("uz_Latn")
    assert error_text(video).startswith("Video manbasi topilmadi (video clip.mp4)")


@pytest.fixture
def translations(qapp, tmp_path: Path):
    from PySide6.QtCore import QLocale

    from terminal.ui.i18n import Translations

    locale = QLocale()
    switcher = Translations(tmp_path / "cache")
    yield switcher
    switcher.switch(SOURCE_LANGUAGE)
    QLocale.setDefault(locale)


def test_switching_the_language_at_run_time_changes_error_messages(translations) -> None:
    from terminal.ui.i18n import error_text

    expired = Phrase("it expired on {date}", {"date": date(2026, 2, 1)}, code="expired")
    error = PrescriptionNotDispensable(number="2026/000123", reason=expired)
    said = {}
    for lang in LANGUAGES:
        assert translations.switch(lang.code), lang.code
        said[lang.code] = error_text(error)
        assert "2026/000123" in said[lang.code] and "01.02.2026" in said[lang.code], said[lang.code]
    assert said["en"] == "Prescription 2026/000123 cannot be dispensed: it expired on 01.02.2026."
    assert len(set(said.values())) == len(LANGUAGES)
    for code in CYRILLIC_SCRIPT:
        assert CYRILLIC.search(said[code]), said[code]
    assert not CYRILLIC.search(said["uz_Latn"]) and "retsept" in said["uz_Latn"]
    assert "рецепту" in said["ru"] and "истёк" in said["ru"]  # the nested phrase is translated too


def test_core_words_passed_as_params_are_translated(translations) -> None:
    from terminal.ui.i18n import error_text

    translations.switch("ru")
    field = InvalidInput(field="birth date", reason="it does not match the birth date in the ID number")
    assert error_text(field) == "Дата рождения: не совпадает с датой рождения в идентификационном номере."
    listed = ApplicationIncomplete(missing=("the applicant", "the address"))
    assert error_text(listed) == "Заявление заполнено не полностью, не хватает: заявитель, адрес."
    refused = PermissionDenied(role="canteen staff", action="dispense medicines")
    assert "сотрудник столовой" in error_text(refused) and "выдавать лекарства" in error_text(refused)
    translations.switch("kk")
    assert error_text(listed) == "Өтініш толық толтырылмаған, жетіспейді: өтініш беруші, мекенжай."


def test_assessment_reasons_and_stored_reasons_are_shown_in_the_language(translations) -> None:
    from terminal.ui.i18n import core_text, core_words

    household = Household((("Karimova Nodira", date(1990, 1, 1), None),), (10_000_000,), ())
    income = assess("low_income_aid", household, date(2026, 11, 20), 64_800_000, 10**12, "UZS").reasons[0]
    translations.switch("uz_Latn")
    words = core_words(income)
    assert (  # the amounts the core wrote get the sign as Uzbek writes it
        words.startswith("Har bir kishiga oylik daromad 100\u00a0000.00\u00a0so‘m")
        and "648\u00a0000.00\u00a0so‘m" in words
    )
    stored = {"code": income.code, "template": income.template, "params": income.params, "text": income.text}
    assert core_words(stored) == words
    assert core_words({"text": "No child in the family is under 2"}) == "Oilada 2 yoshga to‘lmagan bola yo‘q"
    translations.switch("kaa")
    assert core_text(Phrase("low stock: {count} left", {"count": 3})) == "қор аз: 3 қалды"


def test_a_translation_that_breaks_its_placeholders_falls_back_to_english(
    translations, tmp_path: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from terminal.ui.i18n import _lrelease, core_text

    source = tmp_path / "broken.ts"
    broken = ts.Catalogue(
        "ru_RU",
        messages=[
            ts.Message(CORE_CONTEXT, "low stock: {count} left", translation="мало: {n}", state="finished")
        ],
    )
    source.write_text(ts.dumps(broken), encoding="utf-8")
    subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(tmp_path / "broken.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "broken.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert core_text("low stock: {count} left", {"count": 3}) == "low stock: 3 left"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_money_is_written_with_the_currency_sign_of_the_language(translations) -> None:
    from terminal.core.money import format_money
    from terminal.ui.i18n import core_text, currency_sign, money_text

    signs = {}
    for lang in LANGUAGES:
        translations.switch(lang.code)
        signs[lang.code] = money_text(12_345_600, "UZS")
        assert money_text(5, "KZT") == "0.05\u00a0₸" and currency_sign("KZT") == "₸"
        reason = core_text("{amount} asked", {"amount": format_money(-150, "UZS")})  # a core amount
        assert reason.startswith(f"-1.50\u00a0{currency_sign('UZS')}"), reason
    assert {code: text.split("\u00a0")[-1] for code, text in signs.items()} == {
        "uz_Latn": "so‘m",
        "uz_Cyrl": "сўм",
        "kaa": "сум",
        "kaa_Latn": "sum",
        "kk": "сум",
        "ru": "сум",
        "en": "so'm",
    }
    assert signs["ru"] == "123\u00a0456.00\u00a0сум"
    assert format_money(12_345_600, "UZS") == "123\u00a0456.00\u00a0so'm"  # the core keeps its English


def test_the_window_speaks_the_chosen_language_and_remembers_it(qtbot, ui) -> None:
    from terminal.ui.app import build_context, saved_language, stop
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    english = (window.signin.title.text(), window.top.contrast.text(), window.status_panel.queue.text())
    assert english[0] == "Who is working at this terminal?"
    choose_language(qtbot, window, "ru")
    assert ui.translations.code == "ru"
    qtbot.waitUntil(lambda: window.signin.title.text() == "Кто работает за этим терминалом?")  # posted
    assert window.signin.go.text() == "Войти" and window.top.contrast.text() == "Высокий контраст"
    assert window.status_panel.queue.text().startswith("Очередь: ")
    assert window.windowTitle() == "Hamyon Terminal"
    choose_language(qtbot, window, "kk")
    qtbot.waitUntil(lambda: window.signin.title.text() == "Бұл терминалда кім жұмыс істейді?")
    assert saved_language(ui.home) == "kk"
    again = build_context(ui.home, ui.site)  # the next start opens in the language chosen last
    try:
        assert again.translations.code == "kk"
    finally:
        stop(again)
        again.translations.switch(SOURCE_LANGUAGE)
    choose_language(qtbot, window, "en")
    qtbot.waitUntil(lambda: (window.signin.title.text(), window.top.contrast.text()) == english[:2])
