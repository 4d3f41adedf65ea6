"""Qt Linguist TS files: read, and write in the layout ``lupdate`` writes, so diffs stay small.

A message's key is (context, source, comment): ``comment`` is Qt's
disambiguation, part of what ``QCoreApplication.translate`` looks up;
``extracomment`` is a note for translators only. The state is the
translation's ``type``: finished (no attribute), ``unfinished``, ``vanished``
(gone from the code, kept for its translation; ``lrelease`` leaves it out) or
``obsolete``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

State = Literal["finished", "unfinished", "vanished", "obsolete"]
Key = tuple[str, str, str]
GONE: tuple[State, ...] = ("vanished", "obsolete")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""  # disambiguation: part of the key
    extracomment: str = ""  # a note for translators
    locations: tuple[str, ...] = ()  # file names, relative to the .ts file
    translation: str = ""
    state: State = "unfinished"
    oldsource: str = ""  # the source this translation was made for, when the source changed
    translatorcomment: str = ""
    numerus: bool = False
    forms: tuple[str, ...] = ()  # the plural forms' translations, when ``numerus``

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def translations(self) -> tuple[str, ...]:
        return self.forms if self.numerus else (self.translation,)

    def with_translation(self, other: Message, state: State) -> Message:
        return replace(
            self,
            translation=other.translation,
            forms=other.forms,
            translatorcomment=other.translatorcomment,
            state=state,
        )


@dataclass
class Catalogue:
    language: str
    source_language: str = "en_GB"
    messages: list[Message] = field(default_factory=list)

    def contexts(self) -> list[str]:
        return list(dict.fromkeys(m.context for m in self.messages))


def read(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()
    catalogue = Catalogue(root.get("language", ""), root.get("sourcelanguage", "en_GB"))
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            catalogue.messages.append(_message(name, message))
    return catalogue


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    kind = translation.get("type", "finished") if translation is not None else "unfinished"
    numerus = element.get("numerus") == "yes"
    forms = tuple(f.text or "" for f in translation.iter("numerusform")) if translation is not None else ()
    return Message(
        context=context,
        source=element.findtext("source", ""),
        comment=element.findtext("comment", ""),
        extracomment=element.findtext("extracomment", ""),
        locations=tuple(loc.get("filename", "") for loc in element.iter("location") if loc.get("filename")),
        translation="" if numerus or translation is None else (translation.text or ""),
        state=kind if kind in ("finished", "unfinished", "vanished", "obsolete") else "unfinished",  # type: ignore[arg-type]
        oldsource=element.findtext("oldsource", ""),
        translatorcomment=element.findtext("translatorcomment", ""),
        numerus=numerus,
        forms=forms,
    )


def dumps(catalogue: Catalogue) -> str:
    """The TS text, contexts in the order their first message comes."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{_attr(catalogue.language)}"'
        f' sourcelanguage="{_attr(catalogue.source_language)}">',
    ]
    for context in catalogue.contexts():
        out += ["<context>", f"    <name>{_text(context)}</name>"]
        for m in (m for m in catalogue.messages if m.context == context):
            out += _message_lines(m)
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def _message_lines(m: Message) -> list[str]:
    lines = ['    <message numerus="yes">' if m.numerus else "    <message>"]
    lines += [f'        <location filename="{_attr(loc)}"/>' for loc in m.locations]
    lines.append(f"        <source>{_text(m.source)}</source>")
    for tag, value in (
        ("oldsource", m.oldsource),
        ("comment", m.comment),
        ("extracomment", m.extracomment),
        ("translatorcomment", m.translatorcomment),
    ):
        if value:
            lines.append(f"        <{tag}>{_text(value)}</{tag}>")
    kind = "" if m.state == "finished" else f' type="{m.state}"'
    if m.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_text(f)}</numerusform>" for f in m.forms]
        lines.append("        </translation>")
    else:
        lines.append(f"        <translation{kind}>{_text(m.translation)}</translation>")
    lines.append("    </message>")
    return lines


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    return _text(value).replace('"', "&quot;")
