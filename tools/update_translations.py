"""Gather the interface's strings into the English catalogue, then build it.

    python tools/update_translations.py          # refresh progression_en.ts, build progression_en.qm
    python tools/update_translations.py --check  # exit 1 if the catalogue is behind the code

``ui/`` is scanned, and the core's wording catalogue (``progression/wording/``), whose templates
the app shows translated (the command line words them in French).
``pyside6-lupdate`` keeps the existing translations and drops strings gone from the code
(``-no-obsolete``); new strings arrive « unfinished » until someone translates them (in Qt
Linguist, or by editing the XML). ``--check`` is what the tests run: it fails if the code has
strings the catalogue lacks (or the reverse), if a string is untranslated, if a translation
lost a placeholder or a mnemonic, or if the ``.qm`` is not the build of the ``.ts``.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "ui", ROOT / "progression" / "wording")
TS = ROOT / "resources" / "translations" / "progression_en.ts"
QM = TS.with_suffix(".qm")
LUPDATE_OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "relative",
                   "-source-language", "fr_FR", "-target-language", "en_GB", "-silent")

# Placeholders a translation must keep: Qt's %1 / %L1 / %n and Python's {name} / {0}.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")
# A mnemonic: one & before a letter or digit (&& is a literal ampersand, &nbsp; an entity).
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;|#\d+;)(\w)")


class ToolMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv's scripts), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} is not installed (it comes with PySide6)")
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *map(str, SOURCES), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, capture_output=True, text=True)


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    numerus, kind == "" and all(forms) and bool(forms), forms))
    return messages


def fresh_messages() -> list[Message]:
    """What lupdate finds in the code today, without touching the committed catalogue."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "fresh.ts"
        lupdate(ts)
        return read_messages(ts)


# ---------------------------------------------------------------- what lupdate cannot see


def calls_in_code() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every tr()/translate() call with literal text in ui/, and the calls
    lupdate would misfile: a module-level ``tr()`` lands in a nameless context that never
    matches at run time."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []

    def visit(node: ast.AST, path: Path, klass: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, path, child.name)
                continue
            if isinstance(child, ast.Call):
                call = _literal_call(child, klass)
                if call is not None:
                    context, text = call
                    if context is None:
                        problems.append(f"{path.relative_to(ROOT)}:{child.lineno}: tr() outside a class: "
                                        f"lupdate cannot tell its context ({text!r})")
                    else:
                        found.add((context, text))
            visit(child, path, klass)

    for path in sorted(path for source in SOURCES for path in source.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), path, None)
    return found, problems


def _literal_call(call: ast.Call, klass: str | None) -> tuple[str | None, str] | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    args = call.args
    if name in ("tr", "QT_TR_NOOP") and args and _text(args[0]) is not None:
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id not in ("self",
                                                                                                          "cls"):
            context: str | None = func.value.id  # Actions.tr("…")
        elif isinstance(func, ast.Attribute) or name == "QT_TR_NOOP":
            context = klass
        else:
            context = None
        return context, _text(args[0]) or ""
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        context, text = _text(args[0]), _text(args[1])
        if context is not None and text is not None:
            return context, text
    return None


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# ---------------------------------------------------------------- checks


def problems_with(messages: list[Message]) -> list[str]:
    """Untranslated messages, and translations that lost a placeholder or a mnemonic."""
    problems = []
    for message in messages:
        if not message.finished:
            problems.append(f"untranslated: {message.where()}")
            continue
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in message.translations:
            have = sorted(PLACEHOLDER.findall(form))
            if have != wanted and not (message.numerus and sorted(p for p in wanted if p != "%n") == have):
                problems.append(f"placeholders {wanted} became {have}: {message.where()} → {form!r}")
            if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(form)):
                problems.append(f"mnemonic lost or added: {message.where()} → {form!r}")
    return problems


def check() -> list[str]:
    if not TS.exists():
        return [f"{TS.relative_to(ROOT)} does not exist: run tools/update_translations.py"]
    committed = read_messages(TS)
    fresh = fresh_messages()
    have = {m.key for m in committed}
    found = {m.key for m in fresh}
    problems = [f"new in the code, not in the catalogue: [{c}] {s!r}" for c, s, _, _ in sorted(found - have)]
    problems += [f"in the catalogue, gone from the code: [{c}] {s!r}" for c, s, _, _ in sorted(have - found)]
    problems += [f"nameless context (a tr() outside a class?): {m.source!r}" for m in fresh if not m.context]
    calls, misfiled = calls_in_code()
    extracted = {(m.context, m.source) for m in fresh}
    problems += misfiled
    problems += [f"lupdate did not extract [{c}] {s!r}: write it as self.tr(\"…\") or "
                 f"QCoreApplication.translate(\"Context\", \"…\") with literal arguments"
                 for c, s in sorted(calls - extracted)]
    problems += problems_with(committed)
    if not QM.exists():
        problems.append(f"{QM.relative_to(ROOT)} does not exist: run tools/update_translations.py")
    else:
        with tempfile.TemporaryDirectory() as scratch:
            built = Path(scratch) / QM.name
            lrelease(TS, built)
            if built.read_bytes() != QM.read_bytes():
                problems.append(f"{QM.relative_to(ROOT)} is not the build of {TS.name}: "
                                "run tools/update_translations.py")
    return problems


def update() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    messages = read_messages(TS)
    todo = problems_with(messages)
    print(f"{TS.relative_to(ROOT)}: {len(messages)} messages, {len(todo)} to look at; {QM.name} built.")
    for line in todo:
        print("  " + line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the catalogue or its build is out of date or unfinished")
    options = parser.parse_args(argv)
    try:
        if not options.check:
            return update()
        problems = check()
    except ToolMissing as error:
        print(error, file=sys.stderr)
        return 2
    if problems:
        print(f"{len(problems)} translation problem(s); fix the .ts then run tools/update_translations.py:")
        for line in problems:
            print("  " + line)
        return 1
    print(f"{TS.relative_to(ROOT)} and {QM.name} are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
