#!/usr/bin/env bash
# Builds the Linux one-folder app with PyInstaller and smoke-tests the frozen program:
# --version, a start on a new database (--exit-after-startup, offscreen), and the commands
# campaign validate, report call and sync import. CI runs it after the tests.
#
#     packaging/build_linux.sh            # build into build/frozen/dist/mysterycaller, test it
#     packaging/build_linux.sh --no-build # only test an existing build
#
# Needs the checkout's .venv (scripts/bootstrap.sh test); installs the pinned freeze tools
# (pyproject.toml's optional dependencies "freeze") into it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
python=.venv/bin/python
dist=build/frozen/dist
app="$dist/mysterycaller/mysterycaller"
started=$(date +%s)

if [ "${1:-}" != "--no-build" ]; then
  scripts/bootstrap.sh test >/dev/null
  # The pinned tools of the "freeze" extra, without reinstalling the app itself.
  mapfile -t tools < <("$python" - <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["optional-dependencies"]["freeze"]))
PY
)
  "$python" -m pip install -q --disable-pip-version-check "${tools[@]}"
  "$python" packaging/build_qt.py --translations-only >/dev/null
  "$python" packaging/make_icons.py build/icons
  rm -rf "$dist/mysterycaller"
  .venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$dist" \
    --workpath build/frozen/work packaging/mysterycaller.spec
  # The desktop integration, in the layout of /usr/share (or ~/.local/share): see the README.
  share="$dist/mysterycaller/share"
  install -Dm644 packaging/linux/de.mysterycaller.MysteryCaller.desktop \
    "$share/applications/de.mysterycaller.MysteryCaller.desktop"
  install -Dm644 packaging/linux/de.mysterycaller.MysteryCaller.metainfo.xml \
    "$share/metainfo/de.mysterycaller.MysteryCaller.metainfo.xml"
  install -Dm644 build/icons/mysterycaller.png \
    "$share/icons/hicolor/256x256/apps/de.mysterycaller.MysteryCaller.png"
  install -Dm644 resources/icons/app/mysterycaller.svg \
    "$share/icons/hicolor/scalable/apps/de.mysterycaller.MysteryCaller.svg"
  echo "built $app in $(( $(date +%s) - started )) s ($(du -sh "$dist/mysterycaller" | cut -f1))"
fi

# The smoke test runs in a private home: no user data is read or written.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export QT_QPA_PLATFORM=offscreen
unset MYSTERYCALLER_DB
cd "$work"  # nothing may come from the checkout
fail() { echo "frozen smoke test FAILED: $*" >&2; exit 1; }
run() { "$root/$app" "$@"; }

inside="$root/$dist/mysterycaller/_internal/resources"
for file in translations/mysterycaller_de.qm icons/app/mysterycaller.svg icons/phases/talk.svg \
            fonts/LICENSE-DejaVu.txt; do
  [ -f "$inside/$file" ] || fail "resources/$file is not inside"
done
version="$(run --version)"
[ "$version" = "mysterycaller $("$root/$python" -c 'import mysterycaller; print(mysterycaller.__version__)')" ] \
  || fail "--version said '$version'"
run --db "$work/new.sqlite3" --lang de --exit-after-startup || fail "the GUI did not start and exit"
[ -s "$work/new.sqlite3" ] || fail "the first start made no database"
run --db "$work/new.sqlite3" db check >/dev/null || fail "db check of the new database"
run campaign validate "$root/docs/examples/campaign-stadtwerke.yaml" >/dev/null \
  || fail "campaign validate of a good file"
printf 'format: mysterycaller-campaign/1\nid: 12\n' >"$work/bad.yaml"
set +e
run campaign validate "$work/bad.yaml" >/dev/null 2>"$work/bad.txt"; status=$?
set -e
[ "$status" = 1 ] && grep -q "bad.yaml" "$work/bad.txt" || fail "campaign validate of a bad file"
run --db "$work/tester.sqlite3" demo --calls 3 >/dev/null || fail "demo"
call="$(run --db "$work/tester.sqlite3" calls list --json \
  | "$root/$python" -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')"
run --db "$work/tester.sqlite3" report call "$call" -o "$work/call.pdf" --lang de >/dev/null \
  || fail "report call"
head -c 5 "$work/call.pdf" | grep -q "%PDF-" || fail "report call wrote no PDF"
run --db "$work/tester.sqlite3" sync export --all --campaign 5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21 \
  -o "$work/results.mcb" >/dev/null \
  || fail "sync export"
run --db "$work/coordinator.sqlite3" sync import "$work/results.mcb" >/dev/null \
  || fail "sync import"
imported="$(run --db "$work/coordinator.sqlite3" calls list --json \
  | "$root/$python" -c 'import json, sys; print(len(json.load(sys.stdin)))')"
[ "$imported" = 3 ] || fail "sync import brought $imported calls, not 3"
echo "frozen smoke test passed: --version, first start, campaign validate, report call," \
  "sync import ($(( $(date +%s) - started )) s in all)"
