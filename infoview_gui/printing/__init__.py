"""Question sheets and letters: escaped HTML, drawn on a printer or into a PDF."""
