"""A small CalDAV/CardDAV client on the standard library (``http.client``, ``xml.etree``).

``client`` speaks HTTP (Basic auth, keep-alive, timeouts, redirects) and turns every
failure into one :class:`~infoview_gui.exchange.dav.errors.ServerError` with a sentence;
``webdav`` holds the WebDAV requests a sync needs (discovery, collections, sync tokens,
multiget, PUT with preconditions, DELETE); ``xml`` reads and writes their bodies.
"""
