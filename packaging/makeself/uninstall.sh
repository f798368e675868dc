#!/bin/sh
# Removes Jejak Netral installed from the .run file.
#   uninstall.sh               remove the program, keep the user's own data (store, settings)
#   uninstall.sh --wipe-data   first delete this user's app data (`jejak-netral data wipe --yes`)
# The user's archives are never touched: the app never stores them.
set -eu
PREFIX=$(cd "$(dirname "$0")" && pwd)
APP=jejak-netral
BIN=; MENU=; ORGDIR=
[ -f "$PREFIX/.install-paths" ] && . "$PREFIX/.install-paths"
if [ "${1:-}" = "--wipe-data" ]; then
    "$PREFIX/$APP" data wipe --yes || echo "Data tidak terhapus seluruhnya / data not fully wiped" >&2
fi
[ -n "$BIN" ] && rm -f "$BIN/$APP" "$BIN/$APP-app"
[ -n "$MENU" ] && rm -f "$MENU/$APP.desktop"
if [ -n "$ORGDIR" ] && [ "$ORGDIR" != "$PREFIX" ]; then
    rm -f "$ORGDIR/organisation.toml"; rm -rf "$ORGDIR/rulepacks"; rmdir "$ORGDIR" 2>/dev/null || true
fi
case "$PREFIX" in
    */jejak-netral) rm -rf "$PREFIX" ;;
    *) echo "Tidak menghapus folder yang tak terduga / refusing to delete an unexpected folder: $PREFIX" >&2; exit 1 ;;
esac
echo "Jejak Netral dihapus / removed."
