"""Checks the built-in reading frameworks and fluency norms shipped in resources/.

Pure json + pytest on purpose: the data files are the contract the framework loader reads,
so they are validated without importing project code (one test at the end checks that the
loader keeps the family wording).

The wording of the current frameworks is checked against tests/data/official_wording.json:
the official text of each item as read in public transcriptions of the BO, with the
sources. « verified » is true only where the label is that text word for word and two
independent transcriptions give it.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
OFFICIAL_WORDING_FILE = Path(__file__).resolve().parents[1] / "data" / "official_wording.json"
FRAMEWORKS_DIR = RESOURCES / "frameworks"
NORMS_FILE = RESOURCES / "norms" / "fluency.json"

FRAMEWORK_FILES = sorted(FRAMEWORKS_DIR.glob("*.json"))
EXPECTED_FRAMEWORKS = {"C1-2021", "C2-2020", "C2-2024", "C3-2020", "C3-2025"}
CURRENT = {"C2-2024", "C3-2025"}

GRADES_BY_CYCLE = {1: ["PS", "MS", "GS"], 2: ["CP", "CE1", "CE2"], 3: ["CM1", "CM2"]}
ELEMENTARY_GRADES = ["CP", "CE1", "CE2", "CM1", "CM2"]
KINDS = {"domain", "competency", "objective"}
PARENT_KIND = {"domain": None, "competency": "domain", "objective": "competency"}
# Legend of shared/design/framework_draft.json, plus the two tags the wording review added
# (« condensed »: our wording of an official objective; « transcriptions-disagree »: the
# transcriptions found do not give the same words). Only the first two count as verified.
VERIFICATION_TAGS = {
    "official-verified",
    "transcription-crosschecked",
    "transcription-single",
    "transcriptions-disagree",
    "condensed",
    "secondary",
    "unverified",
}
VERIFIED_TAGS = {"official-verified", "transcription-crosschecked"}

FRAMEWORK_KEYS = {"format", "code", "label", "version", "cycle", "grades", "in_force", "status", "items"}
# The current frameworks carry a note saying the family wording is ours, not official.
CURRENT_FRAMEWORK_KEYS = FRAMEWORK_KEYS | {"notes"}
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
# Objectives of the current frameworks also carry the family wording (see FAMILY_*).
CURRENT_OBJECTIVE_KEYS = ITEM_KEYS | {"family"}
NORM_KEYS = {
    "grade",
    "moment",
    "month",
    "min",
    "max",
    "prepared",
    "programme",
    "item",
    "verified",
    "verification",
    "source",
}
# Official labels are kept word for word, so they are as long as the programme writes them;
# the LSU file takes an element-programme label of at most 300 characters (Chaine300).
MAX_LABEL = 300

# Family wording: short, and none of the words a parent would need explained.
FAMILY_MAX = 110
FAMILY_JARGON = (
    "cgp",
    "graphophon",
    "grapho-phon",
    "graphème",
    "phonème",
    "phonologi",
    "anaphor",
    "inférence",
    "implicite",
    "explicite",
    "prescriptif",
    "composite",
    "syntaxique",
    "oraliser",
    "encoder",
    "décoder",
    "mise en réseau",
    "mclm",
)

# Official short competency titles, verbatim.
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
    "Lire et comprendre des textes, des documents et des images pour apprendre dans toutes les disciplines",
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
    assert set(fw) == (CURRENT_FRAMEWORK_KEYS if path.stem in CURRENT else FRAMEWORK_KEYS)
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
        current_objective = fw["code"] in CURRENT and item.get("kind") == "objective"
        assert set(item) == (CURRENT_OBJECTIVE_KEYS if current_objective else ITEM_KEYS), code
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
def test_current_frameworks_have_official_titles(code: str, titles: list[str]) -> None:
    labels = _competency_labels(_frameworks()[code])
    for title in titles:
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


# --- official wording --------------------------------------------------------------------
# tests/data/official_wording.json keeps, for every competency and objective of the current
# frameworks, what each public transcription of the BO says. The framework data must agree
# with it: verified means word for word, and two independent transcriptions make an item
# verified.

# A programme's time marker that one transcription appends to each objective, « … (en fin d'année) ».
TIME_MARKER = re.compile(r"\s*\((?:en fin|en milieu|en cours|dès|tout au long|à partir|à l’issue|à l'issue)[^()]*\)$")
WORDING_KINDS = {"title", "whole", "part", "condensed"}


def _official() -> dict[str, Any]:
    return _load(OFFICIAL_WORDING_FILE)


def _same_words(text: str) -> str:
    """The only differences the comparison forgives: apostrophe style, spacing, a final full stop."""
    return " ".join(text.replace("\u2019", "'").split()).rstrip(". ")


def _as_read(source: dict[str, Any], text: str) -> str:
    if source.get("appends_time_marker"):
        text = TIME_MARKER.sub("", text)
    return _same_words(text)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _agreeing(entry: dict[str, Any], sources: dict[str, Any]) -> list[str]:
    """Sources with an address, one per origin, whose reading is the official text exactly."""
    target = _same_words(entry.get("part_of") or entry.get("condenses") or entry["official"])
    agreeing: list[str] = []
    origins: set[str] = set()
    for name, text in entry["readings"].items():
        source = sources[name]
        if source["repository"] and source["origin"] not in origins and _as_read(source, text) == target:
            agreeing.append(name)
            origins.add(source["origin"])
    return agreeing


def _current_items() -> dict[str, dict[str, Any]]:
    frameworks = _frameworks()
    return {item["code"]: item for code in CURRENT for item in frameworks[code]["items"]}


def test_official_wording_sources_say_where_they_were_read() -> None:
    official = _official()
    for name, source in official["sources"].items():
        assert source["programme"] in CURRENT, name
        assert isinstance(source["what"], str) and source["what"].strip(), name
        assert isinstance(source["origin"], str) and source["origin"].strip(), name
        if source["repository"] is not None:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+", source["repository"]), name
            assert isinstance(source["path"], str) and source["path"].strip(), name
    for code, entry in official["items"].items():
        assert entry["kind"] in WORDING_KINDS, code
        assert entry["readings"], code
        assert set(entry["readings"]) <= set(official["sources"]), code


def test_every_current_competency_and_objective_has_its_official_wording_listed() -> None:
    listed = set(_official()["items"])
    wanted = {code for code, item in _current_items().items() if item["kind"] != "domain"}
    assert wanted == listed


def test_recorded_agreement_is_what_the_readings_say() -> None:
    official = _official()
    for code, entry in official["items"].items():
        assert entry["agreeing"] == _agreeing(entry, official["sources"]), code


def test_the_official_text_is_one_that_was_read() -> None:
    """Nothing invented: the official text is a reading, and a part is cut from it word for word."""
    official = _official()
    for code, entry in official["items"].items():
        read = {_as_read(official["sources"][name], text) for name, text in entry["readings"].items()
                if official["sources"][name]["repository"]}
        whole = entry.get("part_of") or entry.get("condenses") or entry["official"]
        assert _same_words(whole) in read, code
        if entry["kind"] == "part":
            assert _lower_first(_same_words(entry["official"])) in _lower_first(_same_words(whole)), code
            assert _same_words(entry["official"]) != _same_words(whole), code


@pytest.mark.parametrize("code", sorted(CURRENT))
def test_verified_means_word_for_word_and_two_transcriptions(code: str) -> None:
    official = _official()
    for item in _frameworks()[code]["items"]:
        if not item["verified"]:
            continue
        entry = official["items"].get(item["code"])
        assert entry is not None and entry["kind"] != "condensed", item["code"]
        assert _same_words(item["label"]) == _same_words(entry["official"]), item["code"]
        assert len(_agreeing(entry, official["sources"])) >= 2, item["code"]


def test_two_agreeing_transcriptions_make_an_item_verified_and_word_for_word() -> None:
    official = _official()
    items = _current_items()
    for code, entry in official["items"].items():
        if entry["kind"] == "condensed" or len(_agreeing(entry, official["sources"])) < 2:
            continue
        assert items[code]["verified"], code
        assert _same_words(items[code]["label"]) == _same_words(entry["official"]), code


def test_labels_follow_the_official_text_even_when_not_verified() -> None:
    """A label we could establish from one transcription is still that text, marked unverified."""
    official = _official()
    items = _current_items()
    for code, entry in official["items"].items():
        if entry["kind"] != "condensed":
            assert _same_words(items[code]["label"]) == _same_words(entry["official"]), code


def test_verification_tag_says_how_the_wording_was_checked() -> None:
    official = _official()
    for code, entry in official["items"].items():
        item = _current_items()[code]
        agreeing = _agreeing(entry, official["sources"])
        addressed = [name for name in entry["readings"] if official["sources"][name]["repository"]]
        if entry["kind"] == "condensed":
            expected = "condensed"
        elif len(agreeing) >= 2:
            expected = "transcription-crosschecked"
        elif len(addressed) > len(agreeing):
            expected = "transcriptions-disagree"
        else:
            expected = "transcription-single"
        assert item["verification"] == expected, code


def test_condensed_labels_keep_the_official_text_beside_them() -> None:
    official = _official()
    for code, item in _current_items().items():
        if item["verification"] != "condensed":
            continue
        entry = official["items"][code]
        assert entry["kind"] == "condensed", code
        assert _same_words(item["label"]) != _same_words(entry["condenses"]), code
        assert _same_words(entry["condenses"]) in item["source"].replace("\u2019", "'"), code


def test_labels_a_reviewer_found_wrong_now_read_as_the_programme() -> None:
    items = _current_items()
    label = {code: item["label"] for code, item in items.items()}
    assert label["C2-24-L4-CP.5"] != label["C2-24-L4-CE2.3"]
    assert label["C2-24-L4-CP.5"].endswith("se familiariser avec eux, rencontrer des acteurs du livre")
    assert label["C2-24-L4-CE2.3"].startswith("Fréquenter des lieux de lecture régulièrement et rencontrer")
    assert "contes, fables, poèmes" in label["C2-24-L4-CP.1"]
    assert label["C2-24-L1-CE1.3"].endswith("en particulier celles des sons proches (en encodage et décodage)")
    assert "l'ensemble des mots courants" in label["C2-24-L1-CE1.4"]
    assert label["C2-24-L1-CE1.5"].endswith("dont le décodage n'a pas encore été automatisé")
    assert label["C2-24-L2-CE2.3"].endswith("de la phrase et le sens")
    assert label["C3-25-L4-CM2.1"] == (
        "Reconnaître et nommer les caractéristiques des différents éléments d'un document composite"
    )
    assert not any("[…]" in text or "[...]" in text for text in label.values())
    cm1 = {item["label"] for item in items.values() if item["grades"] == ["CM1"]}
    cm2 = {item["label"] for item in items.values() if item["grades"] == ["CM2"]}
    varier = "Varier les expériences de lecture (genres, formats, thèmes, etc.) afin de développer le plaisir de lire"
    assert varier in cm1
    assert "S'engager et persévérer dans sa lecture" in cm1 & cm2
    assert "Développer le plaisir de lire, notamment avec des œuvres choisies" in cm2


# --- family wording ----------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CURRENT))
def test_every_objective_has_a_short_family_wording_without_jargon(code: str) -> None:
    fw = _frameworks()[code]
    assert "pas officielles" in fw["notes"]["family"]
    objectives = [item for item in fw["items"] if item["kind"] == "objective"]
    assert objectives
    for item in objectives:
        family = item["family"]
        assert isinstance(family, str) and family == " ".join(family.split()) and family, item["code"]
        assert len(family) <= FAMILY_MAX, item["code"]
        lowered = family.lower()
        assert not [word for word in FAMILY_JARGON if word in lowered], item["code"]


def test_only_current_objectives_carry_a_family_wording() -> None:
    for code, fw in _frameworks().items():
        for item in fw["items"]:
            if "family" in item:
                assert code in CURRENT and item["kind"] == "objective", item["code"]


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
        assert isinstance(norm["item"], str) and norm["item"], norm
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


def test_norms_agree_with_the_objective_that_states_them() -> None:
    """A figure is as verified as the programme objective it comes from, in both files."""
    items = _current_items()
    for norm in _norms():
        item = items[norm["item"]]
        assert item["kind"] == "objective" and item["grades"] == [norm["grade"]], norm
        figures = re.findall(r"\d+", item["label"])
        assert str(norm["min"]) in figures, norm
        assert norm["max"] is None or str(norm["max"]) in figures, norm
        assert norm["verified"] == item["verified"], norm
        assert norm["verification"] == item["verification"], norm


# --- loader --------------------------------------------------------------------------------


def test_the_loader_keeps_the_family_wording_on_each_item(tmp_path: Path) -> None:
    from progression.framework import builtin_frameworks, read_framework_file

    loaded = {spec.code: spec for spec in builtin_frameworks()}
    for code in CURRENT:
        data = {item["code"]: item for item in _frameworks()[code]["items"]}
        for spec in loaded[code].items:
            assert spec.family == data[spec.code].get("family"), spec.code
    teacher_file = tmp_path / "maison.csv"
    teacher_file.write_text("code;label;kind;parent;grades\nM;Lire « ou »;objective;;CP\n", encoding="utf-8")
    assert read_framework_file(teacher_file).items[0].family is None
