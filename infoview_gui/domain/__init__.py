"""The rules of the method, in pure Python: no Qt, no database."""
