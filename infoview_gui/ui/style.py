"""The look of InfoView: a calm palette over Qt's Fusion style."""

from __future__ import annotations

ACCENT = "#1f5fae"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f2f4f7;
    border: none;
    border-right: 1px solid #d8dce3;
    padding-top: 10px;
    font-size: 11pt;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 16px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #27303d;
}}
QListWidget#navigation::item:hover {{ background: #e4e8ee; }}
QListWidget#navigation::item:selected {{
    background: #dce8f8;
    color: {ACCENT};
    font-weight: bold;
}}
QStackedWidget#views {{ background: #ffffff; border: none; }}
QLabel#viewDescription {{ color: #56606e; }}
QFrame#countTile {{
    background: #f7f9fc;
    border: 1px solid #dfe3ea;
    border-radius: 8px;
}}
QFrame#countTile QPushButton {{ color: {ACCENT}; text-align: left; padding: 2px 0; }}
QLabel#formError {{ color: #b3261e; }}
"""
