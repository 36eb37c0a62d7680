"""InfoView: plan, hold and follow up informational interviews."""

__version__ = "0.1.0"
APP_NAME = "InfoView"
APP_ID = "org.infoview.InfoView"
"""The reverse-DNS id of the app: its desktop file, icon, AppStream and macOS bundle id."""
