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
rm -f "$desktop_file" "$old_desktop_file" "$metainfo_file"
rmdir "$metainfo_dir" 2>/dev/null || true
remove_icons "$app_id"
remove_icons infoview  # an install made before the reverse-DNS id
rm -rf "$opt_dir" "$opt_dir.new" "$opt_dir.old"
rmdir "$HOME/.local/opt" 2>/dev/null || true

echo "InfoView removed. Your data is still in ${data_home}/InfoView (delete it by hand if you wish)."
