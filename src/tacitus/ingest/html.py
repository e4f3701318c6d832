"""HTML to article text and metadata (trafilatura, with an lxml fallback for broken pages)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tacitus.ingest.readers import parse_date

_TAG = re.compile(r"<[^>]+>")


@dataclass(slots=True)
class HtmlText:
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None


def html_to_text(html: str) -> HtmlText:
    """Main text of a page; furniture (menus, footers, "read more") left out where trafilatura can."""
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                          with_metadata=True, favor_precision=True)
    except Exception:  # trafilatura raises many kinds on broken markup; fall back below
        doc = None
    if doc is not None:
        text = getattr(doc, "text", None) or ""
        if text.strip():
            return HtmlText(
                text=text,
                title=getattr(doc, "title", None),
                published=parse_date(getattr(doc, "date", None)),
                source=getattr(doc, "sitename", None),
            )
    return HtmlText(text=_fallback_text(html))


def _fallback_text(html: str) -> str:
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
        for bad in root.xpath("//script|//style|//nav|//footer|//header"):
            bad.drop_tree()
        paras = [p.text_content().strip() for p in root.xpath("//p")]
        text = "\n\n".join(p for p in paras if p)
        return text or root.text_content()
    except Exception:  # lxml rejects some documents outright; strip tags by hand
        return _TAG.sub(" ", html)
