"""What builds and ships the bundles, checked here though it runs elsewhere: the forge's workflow
(validated against the forge's schema, its matrix, smoke steps and artefacts, its Linux leg the same
as .ci/run), the Windows installer (what it installs and where: per user, HKCU only, carnets kept on
uninstall), the macOS disk image script and the portable archive."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import tarfile
import zipfile
from pathlib import Path, PureWindowsPath
from typing import Any

import jsonschema
import pytest
import yaml

import progression

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "bundles.yml"
ISS = ROOT / "packaging" / "windows" / "progression.iss"


class Yaml12Loader(yaml.SafeLoader):
    """YAML as the forge reads it (1.2): only true/false are booleans, so the key ``on`` stays "on"."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.load(WORKFLOW.read_text(encoding="utf-8"), Loader=Yaml12Loader)
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return list(workflow["jobs"]["bundle"]["steps"])


def _step(steps: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(step for step in steps if step.get("name", "").startswith(name))


def test_the_workflow_is_valid_for_the_forge(workflow: dict[str, Any]) -> None:
    assert set(workflow["on"]) == {"push", "pull_request", "workflow_dispatch"}
    schema = json.loads((ROOT / "tests" / "data" / "schemas" / "github-workflow.json").read_text(encoding="utf-8"))
    jsonschema.validate(workflow, schema, cls=jsonschema.Draft7Validator)
    # The schema is not a formality: a misspelt key is refused.
    broken = json.loads(json.dumps(workflow))
    broken["jobs"]["bundle"]["runs_on"] = broken["jobs"]["bundle"].pop("runs-on")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft7Validator)


def test_the_matrix_covers_the_three_systems(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["bundle"]
    systems = {entry["os"]: entry["label"] for entry in job["strategy"]["matrix"]["include"]}
    assert systems == {"windows-latest": "windows", "macos-latest": "macos", "ubuntu-latest": "linux"}
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["strategy"]["fail-fast"] is False  # one system failing still shows the others
    setup = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python@"))
    major, minor = (int(part) for part in setup["with"]["python-version"].split("."))
    assert (major, minor) >= (3, 11)


def test_the_linux_leg_runs_what_ci_runs(steps: list[dict[str, Any]]) -> None:
    ci = _step(steps, "Tests, as .ci/run runs them")
    assert ci["if"] == "runner.os == 'Linux'" and ci["run"].strip() == "CI=true bash .ci/run"
    # The system packages are read from .ci/run itself, so the two lists can never drift apart.
    packages = _step(steps, "System libraries listed in .ci/run")
    assert packages["if"] == "runner.os == 'Linux'"
    extract = packages["run"].splitlines()[0]
    listed = subprocess.run(["bash", "-c", f'{extract}; printf "%s\\n" "${{SYSTEM_PACKAGES[@]}}"'], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split()
    in_ci = re.search(r"SYSTEM_PACKAGES=\((.*?)\)", (ROOT / ".ci" / "run").read_text(), re.S)
    assert in_ci is not None and listed == in_ci.group(1).split() and "xvfb" in listed
    assert '"${SYSTEM_PACKAGES[@]}"' in packages["run"]


def test_the_other_legs_install_the_test_extras_and_run_the_tests(steps: list[dict[str, Any]]) -> None:
    install = _step(steps, "Install with the test extras")
    assert install["if"] == "runner.os != 'Linux'" and "pip install -q -e '.[test]'" in install["run"]
    assert "-m pytest" in _step(steps, "Tests (Windows, macOS)")["run"]


def test_the_bundle_is_built_and_smoke_tested_on_every_system(steps: list[dict[str, Any]]) -> None:
    build = _step(steps, "Build the bundle")
    assert "if" not in build and "-m PyInstaller build.spec --noconfirm" in build["run"]
    smoke = _step(steps, "Smoke-test")
    assert "if" not in smoke
    command = shlex.split(smoke["run"].splitlines()[-1])
    assert command[1:] == ["packaging/smoke_test.py", "dist/Progression", "smoke"]
    assert steps.index(build) < steps.index(smoke)
    # What the smoke script checks: the frozen CLI writes a PDF, an xlsx and an LSU file; the app a screenshot.
    script = (ROOT / "packaging" / "smoke_test.py").read_text(encoding="utf-8")
    for piece in ('"--format", "pdf"', '"--format", "xlsx"', '"--format", "lsu"', '"--screenshot"'):
        assert piece in script


def test_the_packages_are_made_and_kept(steps: list[dict[str, Any]]) -> None:
    assert _step(steps, "Portable archive")["if"] == "runner.os != 'macOS'"
    installer = _step(steps, "Per-user installer")
    assert installer["if"] == "runner.os == 'Windows'" and r"packaging\windows\progression.iss" in installer["run"]
    assert "/DAppVersion=$version" in installer["run"]
    dmg = _step(steps, "Disk image")
    assert dmg["if"] == "runner.os == 'macOS'" and "packaging/macos/make_dmg.sh" in dmg["run"]
    keep = _step(steps, "Keep the bundle")
    assert keep["uses"].startswith("actions/upload-artifact@")
    assert keep["with"]["name"] == "progression-${{ matrix.label }}" and keep["with"]["if-no-files-found"] == "error"
    kept = set(keep["with"]["path"].split())
    assert kept == {"dist/*.zip", "dist/*.tar.gz", "dist/*.exe", "dist/*.dmg"}
    smoke = _step(steps, "Keep what the smoke test made")
    assert smoke["if"] == "always()"
    assert set(smoke["with"]["path"].split()) == {"smoke/fenetre.png", "smoke/periode1.pdf", "smoke/grille.xlsx",
                                                   "smoke/lsu.xml"}
    for script in ("packaging/portable.py", "packaging/smoke_test.py", "packaging/macos/make_dmg.sh", ISS):
        assert (ROOT / script).is_file()


# ---------------------------------------------------------------- the Windows installer


def _iss_sections() -> dict[str, list[str]]:
    """The script's sections, each a list of its lines (comments and preprocessor lines left out)."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


def _entry(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: y`` as a dict (Inno's quoting: "" inside quotes is one quote)."""
    fields = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[match.group(1)] = value
    return fields


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _iss_sections()["Setup"])


def _beside_iss(windows_path: str) -> Path:
    """A path the script gives relative to itself, as ISCC resolves it."""
    return (ISS.parent / PureWindowsPath(windows_path).as_posix()).resolve()


def test_installer_needs_no_administrator() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never offers to elevate
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert setup["ChangesAssociations"] == "yes"  # Explorer refreshes the .carnet icon
    assert _beside_iss(setup["SetupIconFile"]) == ROOT / "resources" / "icons" / "progression.ico"
    assert _beside_iss(setup["OutputDir"]) == ROOT / "dist"


def test_installer_installs_the_bundle_in_the_user_profile_only() -> None:
    sections = _iss_sections()
    text = ISS.read_text(encoding="utf-8")
    dist = re.search(r'#define DistDir "(.*)"', text)
    assert dist is not None and _beside_iss(dist.group(1)) == ROOT / "dist" / "Progression"
    files = [_entry(line) for line in sections["Files"]]
    assert files == [{"Source": r"{#DistDir}\*", "DestDir": "{app}",
                      "Flags": "ignoreversion recursesubdirs createallsubdirs"}]
    icons = [_entry(line) for line in sections["Icons"]]
    assert {icon["Name"].split("\\")[0] for icon in icons} == {"{userprograms}", "{userdesktop}"}
    assert all(icon["Filename"] == r"{app}\Progression.exe" for icon in icons)
    # Nothing system-wide anywhere: no common folders, no machine registry, no system folder.
    for forbidden in ("{commonprograms}", "{commondesktop}", "{autopf}", "{pf}", "{sys}", "{win}", "HKLM", "HKCR",
                      "HKA", "{commonappdata}"):
        assert forbidden not in text, forbidden


def test_carnet_files_open_with_progression_for_this_user() -> None:
    keys = [_entry(line) for line in _iss_sections()["Registry"]]
    assert {key["Root"] for key in keys} == {"HKCU"}
    by_key = {(key["Subkey"], key["ValueName"]): key for key in keys}
    assert by_key[(r"Software\Classes\.carnet", "")]["ValueData"] == "Progression.Carnet"
    command = by_key[(r"Software\Classes\Progression.Carnet\shell\open\command", "")]["ValueData"]
    assert command == r'"{app}\Progression.exe" "%1"'
    # Uninstalling takes the association away again (and only it).
    assert "uninsdeletevalue" in by_key[(r"Software\Classes\.carnet", "")]["Flags"]
    assert "uninsdeletekey" in by_key[(r"Software\Classes\Progression.Carnet", "")]["Flags"]
    assert all(key["Subkey"].startswith(r"Software\Classes\Progression.Carnet") or "uninsdeletekey" not in
               key.get("Flags", "") for key in keys)


def test_uninstalling_keeps_the_carnets() -> None:
    sections = _iss_sections()
    assert "UninstallDelete" not in sections
    assert "UninstallRun" not in sections and "Code" not in sections  # no script that could delete anything
    for line in sections.get("InstallDelete", []):
        assert _entry(line)["Name"].startswith("{app}\\")  # only the previous version's program files
    # The data folder (Windows' rule in progression.paths) is outside what is installed and removed.
    from progression.paths import user_data_folder

    data = user_data_folder("win32", {"LOCALAPPDATA": r"C:\Users\marie\AppData\Local"})
    app = _setup()["DefaultDirName"].replace("{localappdata}", r"C:\Users\marie\AppData\Local").replace(
        "{#AppName}", "Progression")
    assert not str(data).replace("/", "\\").startswith(app + "\\") and str(data).replace("/", "\\") != app


# ---------------------------------------------------------------- macOS and portable archives


def test_the_dmg_script_is_sound_shell() -> None:
    script = ROOT / "packaging" / "macos" / "make_dmg.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "hdiutil create" in text and "dist/Progression.app" in text and "ln -s /Applications" in text


def test_build_spec_declares_carnet_files_to_macos() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"CFBundleDocumentTypes"' in spec and '"CFBundleTypeExtensions": ["carnet"]' in spec
    assert '"UTExportedTypeDeclarations"' in spec and '"public.filename-extension": ["carnet"]' in spec
    assert 'ROOT / "docs" / "guide.md"' in spec  # the guide travels in the bundle
    for icon in ("progression.ico", "progression.icns"):
        assert (ROOT / "resources" / "icons" / icon).is_file()


@pytest.mark.parametrize(("system", "machine", "suffix"), [("windows", "AMD64", "-windows-x64.zip"),
                                                             ("linux", "x86_64", "-linux-x86_64.tar.gz")])
def test_portable_archive_holds_one_progression_folder(tmp_path: Path, system: str, machine: str,
                                                       suffix: str) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("portable", ROOT / "packaging" / "portable.py")
    assert spec is not None and spec.loader is not None
    portable = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(portable)
    bundle = tmp_path / "Progression"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Progression.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    made = portable.pack(tmp_path, system, machine)
    assert made.name == f"Progression-{progression.__version__}{suffix}"
    if system == "windows":
        with zipfile.ZipFile(made) as archive:
            names = archive.namelist()
    else:
        with tarfile.open(made) as packed:
            names = packed.getnames()
    assert {name.rstrip("/") for name in names} >= {"Progression/Progression.exe",
                                                    "Progression/_internal/base_library.zip"}
    assert all(name.startswith("Progression") for name in names)
