"""Start InfoView: ``python main.py``."""

from infoview_gui.app import main

raise SystemExit(main())
