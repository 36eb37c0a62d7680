"""Storage: Peewee models over one SQLite file. No Qt here."""
