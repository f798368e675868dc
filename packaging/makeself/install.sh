#!/bin/sh
# Installer inside jejak-netral-<version>-linux-x86_64.run (makeself). No root needed.
#
#   ./jejak-netral-*.run                                   install for this user (~/.local)
#   ./jejak-netral-*.run -- --org-file /path/organisation.toml --rulepacks /path/rulepacks
#   sudo ./jejak-netral-*.run                              install for everyone (/opt, /etc)
#   ./jejak-netral-*.run -- --prefix DIR                   install into DIR
#
# An organisation.toml and a rulepacks/ folder lying beside the .run file are
# picked up without options. Options after "--" go to this script.
set -eu

APP=jejak-netral
if [ "$(id -u)" = "0" ]; then
    PREFIX=/opt/jejak-netral; BIN=/usr/local/bin; MENU=/usr/share/applications; ORGDIR=/etc/jejak-netral
else
    DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
    PREFIX=$HOME/.local/opt/jejak-netral; BIN=$HOME/.local/bin; MENU=$DATA_HOME/applications; ORGDIR=
fi
ORG_FILE=; PACKS=; MENU_ENTRY=1

# Where the .run file itself lies (makeself runs us from a temporary folder).
RUN_DIR=${ARCHIVE_DIR:-.}
case "$RUN_DIR" in /*) ;; *) RUN_DIR="${USER_PWD:-$PWD}/$RUN_DIR" ;; esac

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=$2; ORGDIR=; shift 2 ;;
        --org-file) ORG_FILE=$2; shift 2 ;;
        --rulepacks) PACKS=$2; shift 2 ;;
        --no-menu) MENU_ENTRY=; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "Opsi tidak dikenal / unknown option: $1" >&2; exit 2 ;;
    esac
done
# Relative paths given by the person running the .run are relative to where they ran it.
abs() { case "$1" in /*) echo "$1" ;; *) echo "${USER_PWD:-$PWD}/$1" ;; esac; }
[ -n "$ORG_FILE" ] && ORG_FILE=$(abs "$ORG_FILE")
[ -n "$PACKS" ] && PACKS=$(abs "$PACKS")
[ -z "$ORG_FILE" ] && [ -f "$RUN_DIR/organisation.toml" ] && ORG_FILE="$RUN_DIR/organisation.toml"
[ -z "$PACKS" ] && [ -d "$RUN_DIR/rulepacks" ] && PACKS="$RUN_DIR/rulepacks"
if [ -n "$ORG_FILE" ] && [ ! -f "$ORG_FILE" ]; then
    echo "Berkas organisasi tidak ada / organisation file not found: $ORG_FILE" >&2; exit 2
fi
# The organisation file goes where the installed app looks (audit/orgconfig.py):
# the app's own folder, or /etc/jejak-netral for a system-wide install.
[ -z "$ORGDIR" ] && ORGDIR=$PREFIX

mkdir -p "$PREFIX" "$BIN"
# Upgrade in place: replace the program, keep the organisation file and packs already there.
rm -rf "$PREFIX/_internal" "$PREFIX/$APP" "$PREFIX/$APP-app"
cp -R "$APP/." "$PREFIX/"
cp uninstall.sh "$PREFIX/uninstall.sh"
cp organisation.example.toml "$PREFIX/organisation.example.toml"
chmod 755 "$PREFIX/uninstall.sh"
ln -sf "$PREFIX/$APP" "$BIN/$APP"
ln -sf "$PREFIX/$APP-app" "$BIN/$APP-app"
if [ -n "$ORG_FILE" ]; then
    mkdir -p "$ORGDIR"
    cp "$ORG_FILE" "$ORGDIR/organisation.toml"
    echo "Berkas organisasi dipasang / organisation file installed: $ORGDIR/organisation.toml"
fi
if [ -n "$PACKS" ]; then
    mkdir -p "$ORGDIR/rulepacks"
    for f in "$PACKS"/*.toml "$PACKS"/*.jnpack; do
        [ -f "$f" ] && cp "$f" "$ORGDIR/rulepacks/"
    done
    echo "Paket aturan disalin / rule packs copied: $ORGDIR/rulepacks"
fi
if [ -n "$MENU_ENTRY" ]; then
    mkdir -p "$MENU"
    cat > "$MENU/$APP.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Jejak Netral
Comment=Audit mandiri jejak digital ASN menjelang pemilu (offline)
Exec=$PREFIX/$APP-app %F
Terminal=false
Categories=Office;Utility;
DESKTOP
fi
# Remember what to remove on uninstall.
printf 'BIN=%s\nMENU=%s\nORGDIR=%s\n' "$BIN" "$MENU" "$ORGDIR" > "$PREFIX/.install-paths"
echo "Jejak Netral terpasang di / installed in: $PREFIX"
echo "Hapus pemasangan / uninstall: $PREFIX/uninstall.sh [--wipe-data]"
