#!/bin/sh
# Remove what install.sh installed for the current user. Safe to run twice.
#
#   packaging/linux/uninstall.sh
#
# The user's data (~/.local/share/InfoView: the database, backups, card images) stays;
# delete that folder by hand to remove it too.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/linux/locations.sh
. "$here/locations.sh"

refuse_foreign "$opt_dir"

# The launcher only if it is ours (a link into the installed app).
if [ -L "$launcher" ] && [ "$(readlink "$launcher")" = "$opt_dir/infoview" ]; then
    rm -f "$launcher"
fi
rm -f "$desktop_file"
for icon in "$icon_dir"/*/apps/infoview.png "$icon_dir"/scalable/apps/infoview.svg; do
    if [ -e "$icon" ]; then rm -f "$icon"; fi
done
if [ -d "$icon_dir" ]; then touch "$icon_dir"; fi
rm -rf "$opt_dir" "$opt_dir.new" "$opt_dir.old"
rmdir "$HOME/.local/opt" 2>/dev/null || true

echo "InfoView removed. Your data is still in ${data_home}/InfoView (delete it by hand if you wish)."
