"""Run InfoView with ``python -m infoview_gui``."""

from infoview_gui.app import main

raise SystemExit(main())
