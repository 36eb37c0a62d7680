#!/usr/bin/env bash
# Run the onedir InfoView on a bare Debian 12: no fonts, no Python, only the system
# libraries packaging/README.md lists (BARE_PACKAGES below).
#
#   packaging/check_bare_machine.sh [--screenshot OUT.png] [BUILD_DIR]   # the full check (root)
#   packaging/check_bare_machine.sh --light [BUILD_DIR]                  # fonts only, no root
#   packaging/check_bare_machine.sh --print-mirror                       # the mirror it would use
#
# Full check: makes a minimal Debian 12 root with debootstrap (kept in build/bare-root, or
# $INFOVIEW_BARE_ROOT, for the next run; remade when the package list changes), installs
# BARE_PACKAGES in it, copies the build (default: dist/infoview) to /opt/infoview and runs,
# as an ordinary user and offscreen: `infoview --version`, the smoke test, a second start
# that must keep its data under the user's home and write nothing into the bundle, and
# `infoview sheet` of a field whose questions need accented, Greek and Cyrillic letters.
# The PDF must give back every question as text, in embedded Open Sans only. With
# --screenshot, also opens the window on an Xvfb screen (Xvfb and ImageMagick's `import` on
# this machine) and saves it. Needs root, debootstrap, poppler-utils and network access to a
# Debian mirror: $DEBIAN_MIRROR, else the one this machine's apt sources use for Debian 12
# (read by apt itself: /etc/apt/sources.list and sources.list.d, .list or .sources), else
# any Debian archive they name (a URL ending in /debian). With none, it says so and stops.
#
# Light check: the same smoke test and sheet with the build on this machine, fontconfig
# pointed at a configuration without any font folder, so the system's fonts are hidden. It
# checks the fonts only, not the system libraries.
#
# The data for the sheet is made with this checkout's Python ($PYTHON, else .venv/bin/python,
# else python3) and packaging/bare_machine_data.py, which also checks the PDF.
set -euo pipefail

BARE_SUITE=bookworm
# What the standalone app needs from a Debian system (packaging/README.md, "A bare
# machine"): libGL and libEGL, which the build leaves to the system's graphics drivers;
# they bring libxcb1 and libx11-6. Nothing else: no fonts, no fontconfig configuration.
BARE_PACKAGES=(libgl1 libegl1)
BARE_USER=student
BARE_UID=1000

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
light=0
print_mirror=0
screenshot=""
build=""
while (($#)); do
    case $1 in
        --light) light=1 ;;
        --print-mirror) print_mirror=1 ;;
        --screenshot) screenshot=${2:?--screenshot needs a file name}; shift ;;
        -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { print }' "$0"; exit 0 ;;
        -*) echo "check_bare_machine.sh: unknown option $1" >&2; exit 2 ;;
        *) build=$1 ;;
    esac
    shift
done
# The Debian mirror that apt's sources on this machine name for BARE_SUITE, else the first
# Debian archive among them (URL ending in /debian), else nothing. apt reads its own files:
# `apt-get update --print-uris` lists what it would fetch, without fetching it.
debian_mirror() {
    command -v apt-get >/dev/null || return 0
    apt-get update --print-uris 2>/dev/null \
        | sed -n "s|^'\(https\{0,1\}://[^']*\)/dists/\([^/']*\)/InRelease' .*|\2 \1|p" \
        | awk -v suite="$BARE_SUITE" '
            $1 == suite && suited == "" { suited = $2 }
            $2 ~ /\/debian\/?$/ && archive == "" { archive = $2 }
            END { print (suited != "" ? suited : archive) }'
}

# Sets `mirror` and `mirror_from`, or stops with a sentence saying there is none.
choose_mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then
        mirror=$DEBIAN_MIRROR mirror_from=DEBIAN_MIRROR
        return
    fi
    mirror=$(debian_mirror) mirror_from="this machine's apt sources"
    if [ -z "$mirror" ]; then
        echo "check_bare_machine.sh: no Debian mirror: this machine's apt sources" \
            "(/etc/apt/sources.list, /etc/apt/sources.list.d/) name none for Debian" \
            "$BARE_SUITE; set DEBIAN_MIRROR to one (its URL ends in /debian)" >&2
        exit 1
    fi
}

if ((print_mirror)); then
    choose_mirror
    echo "$mirror (from $mirror_from)"
    exit 0
fi

build=$(cd "${build:-$repo/dist/infoview}" 2>/dev/null && pwd) || {
    echo "check_bare_machine.sh: no onedir build (python packaging/build.py makes dist/infoview)" >&2
    exit 1
}
[ -x "$build/infoview" ] || { echo "check_bare_machine.sh: no $build/infoview" >&2; exit 1; }
if [ -z "${PYTHON:-}" ]; then
    if [ -x "$repo/.venv/bin/python" ]; then PYTHON=$repo/.venv/bin/python; else PYTHON=python3; fi
fi
for tool in pdftotext pdffonts; do
    command -v "$tool" >/dev/null || { echo "check_bare_machine.sh: needs $tool (poppler-utils)" >&2; exit 1; }
done
started=$SECONDS
say() { printf '[bare %3ss] %s\n' "$((SECONDS - started))" "$*"; }
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# --- Light: this machine, its fonts hidden --------------------------------------------------

if ((light)); then
    mkdir -p "$work/fontconfig-cache"
    cat > "$work/fonts.conf" <<EOF
<?xml version="1.0"?>
<fontconfig><cachedir>$work/fontconfig-cache</cachedir></fontconfig>
EOF
    run_light() {
        env -u DISPLAY -u WAYLAND_DISPLAY FONTCONFIG_FILE="$work/fonts.conf" \
            QT_QPA_PLATFORM=offscreen "$build/infoview" "$@"
    }
    say "smoke test, no fonts visible"
    run_light --smoke-test --data-dir "$work/smoke"
    say "sheet, no fonts visible"
    "$PYTHON" "$here/bare_machine_data.py" make "$work/data"
    run_light sheet --field Nursing -o "$work/sheet.pdf" --data-dir "$work/data"
    "$PYTHON" "$here/bare_machine_data.py" check "$work/sheet.pdf"
    say "light check passed"
    exit 0
fi

# --- Full: a bare Debian root ----------------------------------------------------------------

[ "$(id -u)" -eq 0 ] || { echo "check_bare_machine.sh: the full check needs root (or --light)" >&2; exit 1; }
root=${INFOVIEW_BARE_ROOT:-$repo/build/bare-root}
stamp="$BARE_SUITE minbase ${BARE_PACKAGES[*]} user=$BARE_USER"

make_root() {
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    fi
    local mirror mirror_from new=$root.new
    choose_mirror
    say "debootstrap $BARE_SUITE (minbase) from $mirror ($mirror_from) into $root"
    rm -rf "$new"
    mkdir -p "$(dirname "$root")"
    debootstrap --variant=minbase "$BARE_SUITE" "$new" "$mirror" > "$work/debootstrap.log" 2>&1 || {
        tail -n 20 "$work/debootstrap.log" >&2
        exit 1
    }
    say "installing ${BARE_PACKAGES[*]}"
    # shellcheck disable=SC2016  # the inner shell expands its own arguments
    chroot "$new" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c 'user=$1; uid=$2; shift 2
               apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@" \
               && apt-get clean && useradd --create-home --uid "$uid" "$user"' \
        sh "$BARE_USER" "$BARE_UID" "${BARE_PACKAGES[@]}" > "$work/apt.log" 2>&1 || {
        tail -n 20 "$work/apt.log" >&2
        exit 1
    }
    echo "$stamp" > "$new/.infoview-bare-root"
    rm -rf "$root"
    mv "$new" "$root"
}

if [ "$(cat "$root/.infoview-bare-root" 2>/dev/null)" != "$stamp" ]; then
    make_root
else
    say "reusing $root"
fi

fonts=$(find "$root/usr" "$root/etc" -type f \( -iname '*.ttf' -o -iname '*.otf' -o -iname '*.pfb' \
    -o -iname '*.pcf*' -o -iname '*.ttc' -o -iname '*.woff*' \) 2>/dev/null | head -n 3)
if [ -n "$fonts" ] || [ -e "$root/etc/fonts" ]; then
    echo "check_bare_machine.sh: $root is not bare: it has fonts or a fontconfig setup" >&2
    echo "$fonts" >&2
    exit 1
fi

say "copying $build to /opt/infoview"
rm -rf "$root/opt/infoview" "$root/home/$BARE_USER"/{.local,.config,.cache,data,sheet.pdf}
mkdir -p "$root/opt"
cp -a "$build" "$root/opt/infoview"
"$PYTHON" "$here/bare_machine_data.py" make "$root/home/$BARE_USER/data"
chown -R "$BARE_UID:$BARE_UID" "$root/home/$BARE_USER"
touch "$work/before"

# Runs a command in the root as the user, with /proc and /dev, in a private mount namespace
# (the mounts go away with it, whatever happens). DISPLAY only when a screenshot asks for it.
in_root() {
    local display=${DISPLAY_FOR_ROOT:-}
    # shellcheck disable=SC2016  # the inner shell expands its own arguments
    unshare --mount --propagation private sh -c '
        root=$1; display=$2; user=$3; uid=$4; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        if [ -n "$display" ]; then
            mkdir -p "$root/tmp/.X11-unix"
            mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        exec chroot --userspec="$uid:$uid" "$root" /usr/bin/env -i HOME="/home/$user" \
            USER="$user" LANG=C.UTF-8 PATH=/usr/bin:/bin ${display:+DISPLAY=$display} "$@"
    ' sh "$root" "$display" "$BARE_USER" "$BARE_UID" "$@"
}

say "infoview --version"
in_root /opt/infoview/infoview --version
say "smoke test (offscreen), default data folder"
in_root env QT_QPA_PLATFORM=offscreen /opt/infoview/infoview --smoke-test
say "the data folder is under the user's home, nothing written into the bundle"
[ -s "$root/home/$BARE_USER/.local/share/InfoView/infoview.sqlite3" ] || {
    echo "check_bare_machine.sh: no database in ~/.local/share/InfoView" >&2
    exit 1
}
written=$(find "$root/opt/infoview" -newer "$work/before" | head -n 5)
[ -z "$written" ] || { echo "check_bare_machine.sh: written into the bundle: $written" >&2; exit 1; }
say "infoview sheet (no display)"
in_root /opt/infoview/infoview sheet --field Nursing -o /home/$BARE_USER/sheet.pdf \
    --data-dir /home/$BARE_USER/data
"$PYTHON" "$here/bare_machine_data.py" check "$root/home/$BARE_USER/sheet.pdf"

if [ -n "$screenshot" ]; then
    say "the window on Xvfb (xcb) -> $screenshot"
    display=:$((80 + RANDOM % 9))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY_FOR_ROOT=$display in_root timeout 8 /opt/infoview/infoview \
        --data-dir /home/$BARE_USER/data &
    app=$!
    sleep 6
    DISPLAY=$display import -window root "$screenshot"
    wait "$app" || true  # timeout ends the app after 8 s
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
fi
say "bare machine check passed"
