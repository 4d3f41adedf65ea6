"""The catalogue tool: merging like lupdate, TS files Qt reads, the window's words, Uzbek in Cyrillic."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from terminal.ui.catalogue import core_words, ts, window
from terminal.ui.catalogue.merge import merge
from terminal.ui.catalogue.uzbek import to_cyrillic
from terminal.ui.i18n import I18N


def msg(
    source: str, translation: str = "", state: ts.State = "unfinished", context: str = "core"
) -> ts.Message:
    return ts.Message(context, source, translation=translation, state=state)


def core_only(context: str) -> bool:
    return context == "core"


def test_merging_keeps_translations_adds_new_words_unfinished_and_keeps_gone_ones_vanished() -> None:
    old = ts.Catalogue(
        "ru_RU",
        messages=[
            msg("kept", "оставлено", "finished"),
            msg("gone", "ушло", "finished"),
            msg("Your role ({role}) may not {action}.", "Роль ({role}) не даёт права {action}.", "finished"),
            msg("Hello", "Привет", "finished", context="MainWindow"),  # the window's: not ours to touch
        ],
    )
    found = [msg("new words"), msg("kept"), msg("Your role ({role}) may not {action}. Ask a supervisor.")]
    merged, changes = merge(old, found, core_only)
    by = {m.source: m for m in merged.messages}
    assert by["kept"].translation == "оставлено" and by["kept"].state == "finished"
    assert by["new words"].state == "unfinished" and not by["new words"].translation
    edited = by["Your role ({role}) may not {action}. Ask a supervisor."]
    assert edited.state == "unfinished" and edited.translation.startswith("Роль") and edited.oldsource
    assert by["gone"].state == "vanished" and by["gone"].translation == "ушло"
    assert by["Hello"] == old.messages[3]
    assert merged.contexts() == ["core", "MainWindow"]
    assert changes.added == [("core", "new words", ""), ("core", edited.source, "")]
    assert changes.vanished == [("core", "gone", "")]
    again, _ = merge(merged, found, core_only, drop_vanished=True)
    assert "gone" not in {m.source for m in again.messages}


def test_a_word_that_comes_back_keeps_its_translation() -> None:
    old = ts.Catalogue("kk_KZ", messages=[msg("back", "қайта", "vanished")])
    merged, changes = merge(old, [msg("back")], core_only)
    assert merged.messages == [msg("back", "қайта", "finished")] and not changes


def test_the_source_language_is_its_own_translation() -> None:
    merged, _ = merge(ts.Catalogue("en_GB"), [msg("{n} left")], core_only, as_source=True)
    assert merged.messages == [msg("{n} left", "{n} left", "finished")]


def test_ts_files_round_trip_and_compile(tmp_path: Path) -> None:
    from terminal.ui.i18n import _lrelease

    catalogue = ts.Catalogue(
        "uz_Latn_UZ",
        messages=[
            ts.Message(
                "core", "a < b & 'c' \"d\"", extracomment="note", locations=("../x.py",), translation="ok"
            ),
            ts.Message("core", "plural", numerus=True, forms=("bir", "ko‘p"), state="finished"),
            msg("gone", "ketdi", "vanished"),
        ],
    )
    path = tmp_path / "t.ts"
    path.write_text(ts.dumps(catalogue), encoding="utf-8")
    assert ts.read(path).messages == catalogue.messages
    done = subprocess.run(
        [str(_lrelease()), path, "-qm", tmp_path / "t.qm"], capture_output=True, text=True, check=True
    )
    assert "Generated 2 translation(s) (1 finished and 1 unfinished)" in done.stdout


def test_the_window_words_come_from_lupdate_without_touching_our_files() -> None:
    before = {p: p.read_bytes() for p in I18N.glob("*.ts")}
    found = window.extract(I18N)
    assert {p: p.read_bytes() for p in I18N.glob("*.ts")} == before
    if not found:
        pytest.skip("the window has no tr() calls yet")
    assert "core" not in {m.context for m in found}
    assert all(m.state == "unfinished" and m.locations for m in found)
    assert all(loc.startswith("../../terminal/ui/") for m in found for loc in m.locations)


def test_the_collector_follows_helpers_and_alternatives_and_flags_f_strings(tmp_path: Path) -> None:
    import ast

    tree = ast.parse(
        "def _why(e):\n"
        "    if e: return 'no answer in time'\n"
        "    return 'no connection'\n"
        "raise Fails(reason=_why(e), hint=x or 'try again', kind='a' if y else 'b')\n"
        "raise Fails(reason=f'{n} left')\n"
    )
    helpers = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    calls = list(core_words._calls(tree, {"Fails"}))
    words = [w for _, _, value in calls for w in core_words._constants(value, helpers)]
    assert words == ["no answer in time", "no connection", "try again", "a", "b"]
    assert core_words._why_untranslatable(calls[-1][2]).startswith("is an f-string")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("O‘zbekcha", "Ўзбекча"),
        ("Ma’lumotlar yo‘q, e’tibor bering", "Маълумотлар йўқ, эътибор беринг"),
        ("JShShIR noto‘g‘ri: ekran, poeziya", "ЖШШИР нотўғри: экран, поэзия"),
        ("identifikatsiya ketsa protsent", "идентификация кетса процент"),
        ("yer yangi yozuv yuz reyestrga retsept", "ер янги ёзув юз реестрга рецепт"),
        ("SHAHAR Shahar g‘alla qo‘llab-quvvatlash", "ШАҲАР Шаҳар ғалла қўллаб-қувватлаш"),
        ("{name}: 'hamyon setup' --home PIN-kod Face-ID", "{name}: 'hamyon setup' --home PIN-код Face-ID"),
        ("sqlite:///PATH .csv float32 IT mutaxassisi", "sqlite:///PATH .csv float32 IT мутахассиси"),
    ],
)
def test_uzbek_latin_becomes_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
