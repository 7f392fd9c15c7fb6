#!/bin/sh
# Build the Counselor desk bundle on macOS (dist/counselor-desk/counselor-desk).
#
# NOT TESTED: written and reviewed on Linux only; no Mac was available. See packaging/README.md
# for what to check on the first real build (an .app bundle, signing and notarisation).
#
# Run from the repository root with Python 3.11+ (python.org installer or Homebrew):
#   sh packaging/macos/build.sh
set -eu

cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --disable-pip-version-check --quiet -e '.[package]'
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build \
  packaging/counselor-desk.spec

# Smoke test: the version line and a schema upgrade of a throw-away database (the login
# Keychain holds the keys, under the service counselor-desk).
exe=dist/counselor-desk/counselor-desk
"$exe" --version
db=$(mktemp -d)/smoke.db
"$exe" --database "sqlite:///$db" db upgrade
rm -f "$db"
echo "Built $exe"
