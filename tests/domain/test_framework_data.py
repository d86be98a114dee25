"""Checks the built-in reading frameworks and fluency norms shipped in resources/.

Pure json + pytest on purpose: the data files are the contract the framework loader reads,
so they are validated without importing project code.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FRAMEWORKS_DIR = RESOURCES / "frameworks"
NORMS_FILE = RESOURCES / "norms" / "fluency.json"

FRAMEWORK_FILES = sorted(FRAMEWORKS_DIR.glob("*.json"))
EXPECTED_FRAMEWORKS = {"C1-2021", "C2-2020", "C2-2024", "C3-2020", "C3-2025"}
CURRENT = {"C2-2024", "C3-2025"}

GRADES_BY_CYCLE = {1: ["PS", "MS", "GS"], 2: ["CP", "CE1", "CE2"], 3: ["CM1", "CM2"]}
ELEMENTARY_GRADES = ["CP", "CE1", "CE2", "CM1", "CM2"]
KINDS = {"domain", "competency", "objective"}
PARENT_KIND = {"domain": None, "competency": "domain", "objective": "competency"}
# Legend of shared/design/framework_draft.json; only the first two count as verified.
VERIFICATION_TAGS = {
    "official-verified",
    "transcription-crosschecked",
    "transcription-single",
    "secondary",
    "unverified",
}
VERIFIED_TAGS = {"official-verified", "transcription-crosschecked"}

FRAMEWORK_KEYS = {"format", "code", "label", "version", "cycle", "grades", "in_force", "status", "items"}
ITEM_KEYS = {
    "code",
    "kind",
    "label",
    "parent",
    "grades",
    "lsu_code",
    "coefficient",
    "timing",
    "verified",
    "verification",
    "source",
}
NORM_KEYS = {
    "grade",
    "moment",
    "month",
    "min",
    "max",
    "prepared",
    "programme",
    "verified",
    "verification",
    "source",
}
MAX_LABEL = 160

# Official short competency titles, verbatim. Competency 4 of cycle 3 (2025) is truncated in
# every source found so far; it is checked by its known ends so that completing it from the
# BO does not break this test.
C2_2024_TITLES = [
    "Identifier les mots de manière de plus en plus aisée",
    "Lire à voix haute",
    "Comprendre un texte",
    "Devenir lecteur",
]
C3_2025_TITLES = [
    "Lire avec fluidité",
    "Lire à voix haute avec expressivité",
    "Lire et comprendre seul des textes, des documents et des images",
    ("Lire et comprendre", "pour apprendre dans toutes les disciplines"),
    "Lire une œuvre et se l'approprier",
]


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _frameworks() -> dict[str, dict[str, Any]]:
    return {path.stem: _load(path) for path in FRAMEWORK_FILES}


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _competency_labels(framework: dict[str, Any]) -> list[str]:
    return [item["label"] for item in framework["items"] if item["kind"] == "competency"]


def test_expected_files_exist() -> None:
    assert {path.stem for path in FRAMEWORK_FILES} >= EXPECTED_FRAMEWORKS
    assert NORMS_FILE.is_file()


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.stem)
def test_framework_header(path: Path) -> None:
    fw = _load(path)
    assert isinstance(fw, dict)
    assert set(fw) == FRAMEWORK_KEYS
    assert fw["format"] == 1
    assert fw["code"] == path.stem
    assert isinstance(fw["label"], str) and fw["label"].strip()
    assert fw["version"] in {"2020", "2021", "2024", "2025"}
    assert fw["code"] == f"C{fw['cycle']}-{fw['version']}"
    assert fw["cycle"] in GRADES_BY_CYCLE and not isinstance(fw["cycle"], bool)
    assert fw["grades"] == GRADES_BY_CYCLE[fw["cycle"]]
    assert fw["status"] in {"current", "superseded"}
    assert (fw["status"] == "current") == (fw["code"] in CURRENT)

    in_force = fw["in_force"]
    assert isinstance(in_force, dict) and set(in_force) == {"from", "to"}
    assert _is_iso_date(in_force["from"])
    if fw["status"] == "current":
        assert in_force["to"] is None
    else:
        assert _is_iso_date(in_force["to"])
        assert in_force["from"] < in_force["to"]
    assert isinstance(fw["items"], list) and fw["items"]


def test_in_force_end_dates() -> None:
    frameworks = _frameworks()
    assert frameworks["C1-2021"]["in_force"]["to"] == "2025-08-31"
    assert frameworks["C2-2020"]["in_force"]["to"] == "2025-08-31"
    # CM2 kept the 2020 programme during 2025-2026.
    assert frameworks["C3-2020"]["in_force"]["to"] == "2026-08-31"
    assert frameworks["C2-2024"]["in_force"]["from"] == "2025-09-01"
    assert frameworks["C3-2025"]["in_force"]["from"] == "2025-09-01"


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.stem)
def test_items_keys_and_types(path: Path) -> None:
    fw = _load(path)
    for item in fw["items"]:
        assert isinstance(item, dict)
        code = item.get("code")
        assert set(item) == ITEM_KEYS, code
        assert isinstance(code, str) and code.isascii() and re.fullmatch(r"[A-Za-z0-9.\-]+", code), code
        assert item["kind"] in KINDS, code
        label = item["label"]
        assert isinstance(label, str) and label == label.strip() and label, code
        assert len(label) <= MAX_LABEL, code
        assert item["parent"] is None or isinstance(item["parent"], str), code
        assert isinstance(item["grades"], list) and item["grades"], code
        assert all(isinstance(g, str) for g in item["grades"]), code
        assert len(set(item["grades"])) == len(item["grades"]), code
        expected_lsu = None if fw["cycle"] == 1 else "FRA-LEC"
        assert item["lsu_code"] == expected_lsu, code
        coefficient = item["coefficient"]
        assert isinstance(coefficient, int | float) and not isinstance(coefficient, bool), code
        assert coefficient == 1, code
        timing = item["timing"]
        assert timing is None or (isinstance(timing, str) and timing.strip()), code
        if item["kind"] != "objective":
            assert timing is None, code


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.stem)
def test_items_verification(path: Path) -> None:
    for item in _load(path)["items"]:
        code = item["code"]
        assert isinstance(item["verified"], bool), code
        assert item["verification"] in VERIFICATION_TAGS, code
        assert item["verified"] == (item["verification"] in VERIFIED_TAGS), code
        assert isinstance(item["source"], str) and item["source"].strip(), code


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.stem)
def test_tree_structure(path: Path) -> None:
    fw = _load(path)
    items = fw["items"]
    by_code = {item["code"]: item for item in items}
    assert len(by_code) == len(items), "duplicate codes within the file"

    domains = [item for item in items if item["kind"] == "domain"]
    assert len(domains) == 1
    domain = domains[0]
    assert domain["parent"] is None
    assert domain["code"] == f"C{fw['cycle']}-{fw['version'][2:]}-L"

    for item in items:
        code = item["code"]
        wanted_parent_kind = PARENT_KIND[item["kind"]]
        if wanted_parent_kind is None:
            continue
        parent = by_code.get(item["parent"])
        assert parent is not None, f"{code}: parent {item['parent']!r} missing"
        assert parent["kind"] == wanted_parent_kind, code
        assert set(item["grades"]) <= set(parent["grades"]), code
        assert set(item["grades"]) <= set(fw["grades"]), code
        if item["kind"] == "competency":
            assert item["grades"] == fw["grades"], code
    assert domain["grades"] == fw["grades"]

    competencies = [item for item in items if item["kind"] == "competency"]
    assert competencies
    assert any(item["kind"] == "objective" for item in items)


@pytest.mark.parametrize("path", FRAMEWORK_FILES, ids=lambda p: p.stem)
def test_code_scheme(path: Path) -> None:
    """Domain C2-24-L, competency C2-24-L1, objective C2-24-L1-CE1.2 (one grade) or C2-20-L1.3 (all)."""
    fw = _load(path)
    by_code = {item["code"]: item for item in fw["items"]}
    grade_alternatives = "|".join(re.escape(g) for g in fw["grades"])
    for item in fw["items"]:
        code = item["code"]
        if item["kind"] == "competency":
            assert re.fullmatch(re.escape(item["parent"]) + r"[1-9][0-9]*", code), code
        elif item["kind"] == "objective":
            match = re.fullmatch(
                re.escape(item["parent"]) + rf"(?:-(?P<grade>{grade_alternatives}))?\.[1-9][0-9]*", code
            )
            assert match, code
            if match["grade"]:
                assert item["grades"] == [match["grade"]], code
            else:
                assert item["grades"] == by_code[item["parent"]]["grades"], code


def test_codes_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name, fw in _frameworks().items():
        for item in fw["items"]:
            assert item["code"] not in seen, f"{item['code']} in {name} and {seen.get(item['code'])}"
            seen[item["code"]] = name


def test_one_current_framework_per_elementary_cycle() -> None:
    current = [fw for fw in _frameworks().values() if fw["status"] == "current"]
    assert sorted(fw["cycle"] for fw in current) == [2, 3]


@pytest.mark.parametrize(("code", "titles"), [("C2-2024", C2_2024_TITLES), ("C3-2025", C3_2025_TITLES)])
def test_current_frameworks_have_official_titles(code: str, titles: list[Any]) -> None:
    labels = _competency_labels(_frameworks()[code])
    for title in titles:
        if isinstance(title, tuple):
            start, end = title
            assert any(label.startswith(start) and label.endswith(end) for label in labels), title
        else:
            assert title in labels, title


def test_cycle_1_domain() -> None:
    fw = _frameworks()["C1-2021"]
    (domain,) = [item for item in fw["items"] if item["kind"] == "domain"]
    assert domain["label"] == "Mobiliser le langage dans toutes ses dimensions"
    assert domain["lsu_code"] is None


@pytest.mark.parametrize("grade", ELEMENTARY_GRADES)
def test_each_grade_has_objectives_in_a_current_framework(grade: str) -> None:
    frameworks = _frameworks()
    count = sum(
        1
        for code in CURRENT
        for item in frameworks[code]["items"]
        if item["kind"] == "objective" and grade in item["grades"]
    )
    assert count >= 1


# --- fluency norms -----------------------------------------------------------------------


def _norms() -> list[dict[str, Any]]:
    data = _load(NORMS_FILE)
    assert isinstance(data, dict)
    assert set(data) == {"format", "unit", "definition", "norms"}
    assert data["format"] == 1
    assert data["unit"] == "MCLM"
    assert isinstance(data["definition"], str) and data["definition"].strip()
    assert isinstance(data["norms"], list)
    return data["norms"]


def test_norms_keys_and_types() -> None:
    for norm in _norms():
        assert set(norm) == NORM_KEYS, norm
        assert norm["grade"] in ELEMENTARY_GRADES
        assert (norm["moment"], norm["month"]) in {("mid_year", 1), ("end_of_year", 6)}
        assert isinstance(norm["min"], int) and not isinstance(norm["min"], bool) and norm["min"] > 0
        assert norm["max"] is None or (isinstance(norm["max"], int) and norm["max"] >= norm["min"])
        assert isinstance(norm["prepared"], bool)
        assert norm["programme"] in {"2024", "2025"}
        assert isinstance(norm["verified"], bool)
        assert norm["verification"] in VERIFICATION_TAGS
        assert norm["verified"] == (norm["verification"] in VERIFIED_TAGS)
        assert isinstance(norm["source"], str) and norm["source"].strip()


def test_norms_have_no_duplicates() -> None:
    keys = [(n["grade"], n["moment"], n["prepared"], n["programme"]) for n in _norms()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("grade", "moment", "prepared", "minimum", "maximum"),
    [
        ("CP", "mid_year", False, 15, 30),
        ("CP", "end_of_year", False, 30, None),
        ("CP", "end_of_year", True, 50, None),
        ("CE1", "end_of_year", False, 70, None),
        ("CE2", "end_of_year", False, 90, None),
        ("CM1", "end_of_year", False, 110, None),
        ("CM2", "end_of_year", False, 120, None),
    ],
)
def test_programme_fluency_targets(
    grade: str, moment: str, prepared: bool, minimum: int, maximum: int | None
) -> None:
    matches = [
        n for n in _norms() if n["grade"] == grade and n["moment"] == moment and n["prepared"] == prepared
    ]
    assert len(matches) == 1
    assert matches[0]["min"] == minimum
    assert matches[0]["max"] == maximum
