# Where install.sh puts InfoView for the current user; sourced by install.sh and uninstall.sh.
# shellcheck shell=sh disable=SC2034  # the variables are for the scripts that source this

case ${XDG_DATA_HOME:-} in
    /*) data_home=$XDG_DATA_HOME ;;
    *) data_home=$HOME/.local/share ;;  # the spec ignores a relative XDG_DATA_HOME
esac
opt_dir=$HOME/.local/opt/infoview
bin_dir=$HOME/.local/bin
launcher=$bin_dir/infoview
icon_dir=$data_home/icons/hicolor
apps_dir=$data_home/applications
metainfo_dir=$data_home/metainfo
# The reverse-DNS id (APP_ID of infoview_gui/__init__.py) names the menu entry, the icon and
# the AppStream file. Installs made before it used "infoview": install.sh and uninstall.sh
# remove those.
app_id=org.infoview.InfoView
desktop_file=$apps_dir/$app_id.desktop
metainfo_file=$metainfo_dir/$app_id.metainfo.xml
old_desktop_file=$apps_dir/infoview.desktop

# Remove the icons named NAME (every PNG size and the SVG), then tell icon caches.
remove_icons() {
    for icon in "$icon_dir"/*/apps/"$1".png "$icon_dir"/scalable/apps/"$1".svg; do
        if [ -e "$icon" ]; then rm -f "$icon"; fi
    done
    if [ -d "$icon_dir" ]; then touch "$icon_dir"; fi  # icon caches look at the folder's time
}

# Stop unless the folder is absent, empty or an InfoView onedir build: never delete
# something else that happens to have the same name.
refuse_foreign() {
    if [ -e "$1" ] && [ -n "$(ls -A "$1" 2>/dev/null)" ] \
        && ! { [ -x "$1/infoview" ] && [ -d "$1/_internal" ]; }; then
        echo "$(basename "$0"): $1 exists and is not an InfoView installation; left alone" >&2
        exit 1
    fi
}
