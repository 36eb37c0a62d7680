#!/bin/sh
# Install a onedir InfoView build for the current user; run it again to update.
#
#   packaging/linux/install.sh [BUILD_DIR]      (default: dist/infoview of this checkout)
#
# Puts the app in ~/.local/opt/infoview, the `infoview` command in ~/.local/bin, the icon
# in ~/.local/share/icons/hicolor, the menu entry in ~/.local/share/applications and the
# AppStream metadata in ~/.local/share/metainfo ($XDG_DATA_HOME instead of ~/.local/share
# when it is set), all named org.infoview.InfoView. Needs no root. The user's data
# (~/.local/share/InfoView) is not touched. Undo with uninstall.sh.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../dist/infoview}
# shellcheck source=packaging/linux/locations.sh
. "$here/locations.sh"

if [ ! -x "$build/infoview" ] || [ ! -d "$build/_internal" ]; then
    echo "install.sh: no onedir build in $build (build one with: python packaging/build.py)" >&2
    exit 1
fi
build=$(cd "$build" && pwd)
if [ "$build" = "$opt_dir" ]; then
    echo "install.sh: $build is already the installed copy" >&2
    exit 1
fi
refuse_foreign "$opt_dir"

# The app: copy beside the old one, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$opt_dir")" "$bin_dir"
rm -rf "$opt_dir.new" "$opt_dir.old"
cp -R "$build" "$opt_dir.new"
if [ -e "$opt_dir" ]; then mv "$opt_dir" "$opt_dir.old"; fi
mv "$opt_dir.new" "$opt_dir"
rm -rf "$opt_dir.old"
ln -sfn "$opt_dir/infoview" "$launcher"

# An install made before the reverse-DNS id: its menu entry and icons go.
rm -f "$old_desktop_file"
remove_icons infoview

# The icon, in every size the build carries, and the SVG for any other size.
icons=$opt_dir/_internal/resources/icons
for png in "$icons"/hicolor/*/apps/infoview.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$icon_dir/$size/apps"
    cp "$png" "$icon_dir/$size/apps/$app_id.png"
done
mkdir -p "$icon_dir/scalable/apps"
cp "$icons/infoview.svg" "$icon_dir/scalable/apps/$app_id.svg"
touch "$icon_dir"  # icon caches look at the folder's time

# The desktop files the build carries (infoview.spec bundles them, so they describe the
# version installed), else this checkout's (a build made before they were bundled).
shared=$opt_dir/_internal/share
desktop_source=$shared/applications/$app_id.desktop
metainfo_source=$shared/metainfo/$app_id.metainfo.xml
[ -e "$desktop_source" ] || desktop_source=$here/$app_id.desktop
[ -e "$metainfo_source" ] || metainfo_source=$here/$app_id.metainfo.xml

# The AppStream metadata, for software centres.
mkdir -p "$metainfo_dir"
cp "$metainfo_source" "$metainfo_file.new"
mv "$metainfo_file.new" "$metainfo_file"

# The menu entry. A desktop session may not have ~/.local/bin on its PATH, so the
# installed entry names the launcher by its full path when that path needs no quoting.
mkdir -p "$apps_dir"
case $launcher in
    *[!A-Za-z0-9/._+-]*) exec_path=infoview ;;
    *) exec_path=$launcher ;;
esac
sed -e "s|^Exec=infoview\$|Exec=$exec_path|" -e "s|^TryExec=infoview\$|TryExec=$exec_path|" \
    "$desktop_source" > "$desktop_file.new"
mv "$desktop_file.new" "$desktop_file"

echo "InfoView installed in $opt_dir"
echo "  command: $launcher"
echo "  menu entry: $desktop_file"
echo "  AppStream metadata: $metainfo_file"
case :$PATH: in
    *:"$bin_dir":*) ;;
    *) echo "  note: $bin_dir is not on your PATH; log out and in, or add it, to type 'infoview'" ;;
esac
