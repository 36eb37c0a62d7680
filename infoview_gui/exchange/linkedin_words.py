"""The words of a networking site's connections export in the languages the site offers.

The site writes the header and the dates of ``Connections.csv`` in the member's
language. Only the German header is known from a real file; the others follow the
site's wording in each language, with the variants a translation may use.
"""

from __future__ import annotations

import re
from datetime import date

from infoview_gui.exchange.tabular import header_key

HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "first": ("First Name",),
        "last": ("Last Name",),
        "url": ("URL", "Profile URL"),
        "email": ("Email Address", "E-mail Address"),
        "company": ("Company",),
        "position": ("Position",),
        "connected": ("Connected On",),
    },
    "de": {
        "first": ("Vorname",),
        "last": ("Nachname",),
        "url": ("URL", "Profil-URL"),
        "email": ("E-Mail-Adresse", "E-Mail Adresse", "E-Mail"),
        "company": ("Unternehmen", "Firma"),
        "position": ("Position",),
        "connected": ("Verbunden am", "Vernetzt am", "Vernetzt seit"),
    },
    "fr": {
        "first": ("Prénom",),
        "last": ("Nom", "Nom de famille"),
        "url": ("URL", "URL du profil"),
        "email": ("Adresse e-mail", "Adresse email", "E-mail"),
        "company": ("Entreprise", "Société"),
        "position": ("Poste",),
        "connected": ("Date de connexion", "Connecté le", "Relation depuis le"),
    },
    "es": {
        "first": ("Nombre",),
        "last": ("Apellidos", "Apellido"),
        "url": ("URL", "URL del perfil"),
        "email": ("Dirección de correo electrónico", "Correo electrónico", "Email"),
        "company": ("Empresa",),
        "position": ("Cargo", "Puesto"),
        "connected": ("Fecha de conexión", "Conectado el", "Contacto desde"),
    },
    "pt": {
        "first": ("Nome",),
        "last": ("Sobrenome", "Apelido"),
        "url": ("URL", "URL do perfil"),
        "email": ("Endereço de e-mail", "Endereço de email", "E-mail"),
        "company": ("Empresa",),
        "position": ("Cargo",),
        "connected": ("Conectado em", "Data da conexão", "Conexão desde"),
    },
    "it": {
        "first": ("Nome",),
        "last": ("Cognome",),
        "url": ("URL", "URL del profilo"),
        "email": ("Indirizzo email", "Indirizzo e-mail", "Email"),
        "company": ("Azienda", "Società"),
        "position": ("Posizione", "Ruolo"),
        "connected": ("Collegato il", "Data del collegamento", "Collegati dal"),
    },
    "nl": {
        "first": ("Voornaam",),
        "last": ("Achternaam",),
        "url": ("URL", "Profiel-URL"),
        "email": ("E-mailadres", "E-mail adres", "E-mail"),
        "company": ("Bedrijf",),
        "position": ("Functie", "Positie"),
        "connected": ("Verbonden op", "Connectie sinds", "Gelinkt op"),
    },
}
"""Per language, each column's header as the site may write it (first the usual one)."""

_KEYS = {
    language: {name: tuple(header_key(h) for h in headers) for name, headers in table.items()}
    for language, table in HEADERS.items()
}
_NEEDED = ("first", "last", "connected")

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "janv", "janvier", "ene", "enero", "janeiro", "gen", "gennaio")
    + ("januari", "jän", "jänner"),
    ("feb", "february", "februar", "févr", "fevr", "février", "febrero", "fev", "fevereiro")
    + ("febbraio", "februari"),
    ("mar", "march", "mär", "märz", "mrz", "mars", "marzo", "março", "marco", "mrt", "maart"),
    ("apr", "april", "avr", "avril", "abr", "abril", "aprile"),
    ("may", "mai", "mayo", "maio", "mag", "maggio", "mei"),
    ("jun", "june", "juni", "juin", "junio", "junho", "giu", "giugno"),
    ("jul", "july", "juli", "juil", "juillet", "julio", "julho", "lug", "luglio"),
    ("aug", "august", "août", "aout", "ago", "agosto", "augustus"),
    ("sep", "sept", "september", "septembre", "septiembre", "set", "setembro", "settembre")
    + ("setiembre",),
    ("oct", "october", "okt", "oktober", "octobre", "octubre", "out", "outubro", "ott")
    + ("ottobre",),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre", "dezembro")
    + ("dicembre",),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
"""Month names and their short forms in every language of :data:`HEADERS`, to 1..12."""

_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})$"
)
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.? (\d{1,2}),? (\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})(?:,? .*)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def header_language(cells: list[str]) -> str | None:
    """Return the language of a connections export's header, or None when it is not one."""
    keys = {header_key(cell) for cell in cells}
    for language, table in _KEYS.items():
        if all(keys & set(table[name]) for name in _NEEDED):
            return language
    return None


def column_keys(language: str) -> dict[str, tuple[str, ...]]:
    """Return each column's possible header keys (``tabular.header_key``) in a language."""
    return _KEYS[language]


def parse_connected_on(text: str, *, day_first: bool = False) -> str:
    """Return a connection date as ``YYYY-MM-DD``, or "" when it cannot be read.

    Reads ``30 May 2024``, ``30. Mai 2024``, ``30 de mayo de 2024``, ``May 30, 2024``,
    numeric dates (``1/8/18, 6:14 PM`` is month first unless ``day_first``; dotted
    dates are always day first) and ISO dates. Month names are matched here, not
    through ``strptime``, which would follow the user's locale.
    """
    text = " ".join(text.split())
    found = _DAY_MONTH_YEAR.match(text)
    if found:
        month = MONTHS.get(found.group(2).casefold(), 0)
        return _iso(int(found.group(3)), month, int(found.group(1)))
    found = _MONTH_DAY_YEAR.match(text)
    if found:
        month = MONTHS.get(found.group(1).casefold(), 0)
        return _iso(int(found.group(3)), month, int(found.group(2)))
    found = _NUMERIC.match(text)
    if found:
        first, separator, second, year = found.groups()
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        if day_first or separator == ".":
            return _iso(full_year, int(second), int(first))
        return _iso(full_year, int(first), int(second))
    found = _ISO_DATE.match(text)
    if found:
        return _iso(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    return ""


def _iso(year: int, month: int, day: int) -> str:
    """Return an ISO date, or "" when the parts make no date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
