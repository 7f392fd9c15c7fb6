#!/bin/sh
# Install the Linux bundle (dist/counselor-desk from `make package`) on a workstation.
#
#   sudo packaging/linux/install.sh              everyone: /opt/counselor-desk, /usr/local/...
#   packaging/linux/install.sh --user            this account only: ~/.local/...
#   packaging/linux/install.sh --uninstall [--user]
#
# Copies the bundle, links the executable into a bin folder on PATH (the .desktop file runs
# `counselor-desk`), and installs the .desktop file and the icon under the one application ID
# org.counselordesk.CounselorDesk (the app calls QApplication.setDesktopFileName with it).
set -eu

APP_ID=org.counselordesk.CounselorDesk
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=${BUNDLE:-$ROOT/dist/counselor-desk}

mode=system
action=install
for arg in "$@"; do
  case $arg in
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
  esac
done

if [ "$mode" = user ]; then
  data=${XDG_DATA_HOME:-$HOME/.local/share}
  app_dir=$data/counselor-desk/app
  bin_dir=$HOME/.local/bin
else
  data=/usr/local/share
  app_dir=/opt/counselor-desk
  bin_dir=/usr/local/bin
fi
desktop=$data/applications/$APP_ID.desktop
icon=$data/icons/hicolor/scalable/apps/$APP_ID.svg

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$bin_dir/counselor-desk" "$desktop" "$icon"
else
  [ -x "$BUNDLE/counselor-desk" ] || {
    echo "no bundle at $BUNDLE; build it with 'make package'" >&2; exit 1; }
  rm -rf "$app_dir"
  mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$(dirname "$desktop")" "$(dirname "$icon")"
  cp -a "$BUNDLE" "$app_dir"
  ln -sf "$app_dir/counselor-desk" "$bin_dir/counselor-desk"
  install -m 0644 "$HERE/$APP_ID.desktop" "$desktop"
  install -m 0644 "$ROOT/resources/icons/$APP_ID.svg" "$icon"
  echo "installed $app_dir, $bin_dir/counselor-desk, $desktop, $icon"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
