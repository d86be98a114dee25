#!/usr/bin/env bash
# Progression.app in a compressed disk image, with a link to Applications to drag it onto:
#     bash packaging/macos/make_dmg.sh        (after `pyinstaller build.spec`; PY=the Python to read the version)
# -> dist/Progression-<version>-macos-<arch>.dmg
# No administrator rights are needed to use it: a teacher without them drags Progression into the
# « Applications » folder of her own home (~/Applications) instead of /Applications. The carnets are
# never in the image or the .app: they live in ~/Library/Application Support/Progression.
set -euo pipefail
cd "$(dirname "$0")/../.."

PY="${PY:-python3}"
APP="dist/Progression.app"
[ -d "$APP" ] || { echo "$APP is missing: build it first with pyinstaller build.spec" >&2; exit 1; }
VERSION="$("$PY" -c 'import progression; print(progression.__version__)')"
DMG="dist/Progression-${VERSION}-macos-$(uname -m).dmg"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Progression ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG"
