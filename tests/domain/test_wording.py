"""The wording catalogue: every code the core raises has its French sentence, with the fields
the raise site gives, and a sentence given whole (a site not yet coded) still reads as before."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from progression.errors import CODE, InvalidInputError, ProgressionError
from progression.wording import CATALOGUE, Phrase, words

ROOT = Path(__file__).resolve().parents[2]


def _placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _coded_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, code, keywords given — None when some come from ``**``) of every call in
    progression/ that builds an error or a phrase from a code."""
    found = []
    for path in sorted((ROOT / "progression").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            first = node.args[0]
            if not (name.endswith("Error") or name == "Phrase"):
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and CODE.fullmatch(first.value):
                given = {k.arg for k in node.keywords if k.arg is not None}
                spread = any(k.arg is None for k in node.keywords)
                found.append((str(path.relative_to(ROOT)), node.lineno, first.value, None if spread else given))
    return found


def _templates(code: str) -> list[str]:
    """A code's template, or both forms of a counted one."""
    if code in CATALOGUE:
        return [CATALOGUE[code][1]]
    return [CATALOGUE[form][1] for form in (code + ".one", code + ".many") if form in CATALOGUE]


def test_every_code_raised_has_its_sentence_with_the_fields_given() -> None:
    calls = _coded_calls()
    assert len(calls) >= 10  # the scan does find the raise sites
    problems = []
    for where, line, code, given in calls:
        templates = _templates(code)
        if not templates:
            problems.append(f"{where}:{line}: « {code} » has no sentence in progression/wording")
            continue
        if given is None:
            continue
        wanted = set().union(*map(_placeholders, templates))
        if wanted - given:
            problems.append(f"{where}:{line}: « {code} » needs {sorted(wanted - given)}")
        if given - wanted:
            problems.append(f"{where}:{line}: « {code} » is given {sorted(given - wanted)}, never said")
    assert not problems, "\n".join(problems)


def test_counted_sentences_have_both_forms_and_count_n() -> None:
    for code in CATALOGUE:
        if code.endswith((".one", ".many")):
            stem = code.rsplit(".", 1)[0]
            assert stem + ".one" in CATALOGUE and stem + ".many" in CATALOGUE, stem
            assert "n" in _placeholders(CATALOGUE[code][1]), code


def test_an_error_is_a_code_and_fields_and_reads_as_french() -> None:
    error = InvalidInputError("merge.dangling_row", detail="FOREIGN KEY constraint failed")
    assert error.code == "merge.dangling_row" and error.fields == {"detail": "FOREIGN KEY constraint failed"}
    assert str(error) == error.message == (
        "La copie n'a pas été fusionnée : une de ses lignes renvoie à une donnée absente des deux carnets "
        "(FOREIGN KEY constraint failed) ; rien n'a été écrit dans ce carnet.")
    assert error.args == ("merge.dangling_row",)


def test_a_sentence_given_whole_still_reads_as_written() -> None:
    error = ProgressionError("Aucun élève n'a l'identifiant « 12 » dans ce carnet.")
    assert error.code == "" and str(error) == "Aucun élève n'a l'identifiant « 12 » dans ce carnet."


def test_a_reason_inside_a_sentence_reads_as_a_clause() -> None:
    inner = ProgressionError("Le fichier est vide.")
    assert words("merge.settings_refused", {"problem": inner}) == (
        "La copie n'a pas été fusionnée : avec ses réglages, le fichier est vide ; rien n'a été écrit dans ce carnet.")
    assert words("merge.settings_refused", {"problem": Phrase("merge.same_file")}).startswith(
        "La copie n'a pas été fusionnée : avec ses réglages, choisissez une copie du carnet, pas le carnet ouvert")


def test_an_unknown_code_still_says_something() -> None:
    assert "no.such_code" in str(ProgressionError("no.such_code", name="x")).lower()
