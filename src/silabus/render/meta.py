"""The <head> tags that describe a page to link previews (chat apps, social
media) and search engines: Open Graph and a Twitter card."""

from __future__ import annotations

import re
from html import unescape

from markupsafe import Markup

_LOCALES = {"id": "id_ID", "en": "en_US"}


def head_tags(
    *,
    title: str,
    description: str,
    site_name: str,
    language: str | None,
    address: str | None,
) -> Markup:
    """Meta tags for one page. `title` is HTML (a page title may hold character
    references and markup); `description` is text that may hold character references
    (generated front matter escapes its text); the tags carry their text."""
    properties = {
        "og:type": "website",
        "og:site_name": _text(site_name),
        "og:title": _text(title),
        "og:description": " ".join(unescape(description).split()),
        "og:locale": _LOCALES.get(language or "", ""),
        "og:url": address or "",
    }
    tags = [
        Markup('<meta property="{}" content="{}">').format(name, value)
        for name, value in properties.items()
        if value
    ]
    tags.append(Markup('<meta name="twitter:card" content="summary">'))
    return Markup("\n").join(tags) + Markup("\n")


def _text(value: str) -> str:
    """The text a fragment of HTML shows, on one line."""
    return " ".join(Markup(value).striptags().split()) if value else ""


_TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
# How Material and Zensical join a page's title to the site's name in <title>.
_TITLE_JOINT = " - "


def single_title(html: str) -> str:
    """The page with its <title> said once where the theme repeats it: the page
    named like the site (a program page whose title is the site's name) reads
    "X", not "X - X", in a tab, a bookmark and a search result."""
    found = _TITLE.search(html)
    if found is None:
        return html
    title = found.group(1).strip()
    half = (len(title) - len(_TITLE_JOINT)) // 2
    if half <= 0 or title != f"{title[:half]}{_TITLE_JOINT}{title[:half]}":
        return html
    return f"{html[: found.start(1)]}{title[:half]}{html[found.end(1) :]}"
