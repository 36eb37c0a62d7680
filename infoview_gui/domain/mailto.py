"""``mailto:`` links that open a draft in the user's mail program (RFC 6068).

Every part is percent-encoded, addresses included, so no text the user or an import
supplies can add a header, a recipient or a line break to the message: ``?``, ``&``,
``%``, ``,``, CR and LF always travel encoded.
"""

from __future__ import annotations

from urllib.parse import quote


def mailto_url(to: str, subject: str, body: str, cc: str = "") -> str:
    """Return a ``mailto:`` URL for one recipient, with subject, body and optional copy.

    Args:
        to: one email address; anything in it that could start a header or a second
            recipient is encoded and so stays part of this one address.
        subject: the subject line, encoded exactly as given.
        body: the message; its line breaks become CR LF (``%0D%0A``) as RFC 6068 asks.
        cc: one address to copy, left out when empty.
    """
    fields = [("subject", subject), ("body", crlf(body))]
    if cc.strip():
        fields.append(("cc", cc.strip()))
    query = "&".join(f"{name}={_encode_value(name, value)}" for name, value in fields)
    return f"mailto:{encode_address(to.strip())}?{query}"


def encode_address(address: str) -> str:
    """Return one address with its local part and domain percent-encoded.

    The last ``@`` separates the two and stays as it is; every other character that
    is not unreserved in a URI (letters, digits, ``-._~``) is encoded.
    """
    local, at, domain = address.rpartition("@")
    if not at:
        return quote(address, safe="")
    return f"{quote(local, safe='')}@{quote(domain, safe='')}"


def crlf(text: str) -> str:
    """Return ``text`` with every line break (CR LF, CR or LF) made CR LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _encode_value(name: str, value: str) -> str:
    """Return a header value encoded for the query part."""
    return encode_address(value) if name == "cc" else quote(value, safe="")
