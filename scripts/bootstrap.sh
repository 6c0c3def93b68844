#!/usr/bin/env bash
# Prepares a checkout to run: Qt's system libraries on Debian/Ubuntu (when missing), a virtual
# environment in .venv, and the project installed into it. Safe to run again: it only does what
# is missing. Usage: scripts/bootstrap.sh [gui|test]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-test}"

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "Mystery Caller needs Python 3.11 or newer (on Debian: apt-get install python3)." >&2
  exit 1
fi

# Offscreen Qt (tests) needs the first set; a real window on X11 needs the second too.
packages=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
          libxkbcommon0)
if [ "$purpose" = gui ]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
             libxcb-shape0 libxkbcommon-x11-0)
fi
# The export tests open the XLSX in a real spreadsheet program (LibreOffice, headless).
if [ "$purpose" = test ]; then
  packages+=(libreoffice-calc-nogui)
fi
# Debian's own Python makes virtual environments only with python3-venv (ensurepip).
if [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      sudo=()
    elif command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "These system packages are missing: ${missing[*]}" >&2
      echo "Install them as root (apt-get install ${missing[*]}), then run this again." >&2
      exit 1
    fi
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
# Reinstall only when the declared dependencies changed since the last install.
stamp=.venv/.mysterycaller-installed
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing Mystery Caller and its dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  echo "$wanted" > "$stamp"
fi
# Translations are compiled here (the .qm files are build output). The Designer forms are
# committed and never regenerated here, so the freshness test sees what the clone holds.
.venv/bin/python packaging/build_qt.py --translations-only
