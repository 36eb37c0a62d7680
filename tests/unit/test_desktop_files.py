"""The desktop's own files: one reverse-DNS id everywhere, the AppStream releases in step."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from infoview_gui import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys keep their case
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version))


def test_the_app_id_is_reverse_dns_and_names_the_desktop_files() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)
    assert sorted(path.name for path in LINUX.glob(f"{APP_ID}.*")) == [
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
    ]
    assert not list(LINUX.glob("infoview.desktop"))


def test_the_ids_agree_in_the_desktop_entry_metainfo_install_and_build() -> None:
    component = ET.parse(METAINFO).getroot()
    assert desktop_entry()["Icon"] == APP_ID
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert component.findtext("icon[@type='stock']") == APP_ID
    assert component.findtext("provides/binary") == desktop_entry()["Exec"] == "infoview"
    locations = (LINUX / "locations.sh").read_text(encoding="utf-8")
    assert f"\napp_id={APP_ID}\n" in locations
    spec = (ROOT / "packaging" / "infoview.spec").read_text(encoding="utf-8")
    assert 'BUNDLE_ID = read_constant("APP_ID")' in spec


def test_the_newest_release_is_the_version_of_the_app() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    versions = [release.get("version", "") for release in releases]
    dates = [release.get("date", "") for release in releases]
    assert versions[0] == __version__
    assert versions == sorted(versions, key=version_key, reverse=True)  # newest first
    assert dates == sorted(dates, reverse=True)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", date) for date in dates)


def test_the_metainfo_has_what_software_centres_show() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("name") == desktop_entry()["Name"]
    assert component.findtext("summary")
    assert component.findall("description/p")
    assert component.find("content_rating[@type='oars-1.1']") is not None
    image = component.findtext("screenshots/screenshot[@type='default']/image") or ""
    assert image.startswith("https://")
    assert "ContactManagement" in desktop_entry()["Categories"]
