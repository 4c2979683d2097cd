"""The helper the rule tests share: the fields of the observations the extractor finds in a small inline text."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract


def finder(default_title: str, default_published: datetime):
    """``found(body, *fields, title=…, published=…)``: for each observation (derived totals left out) the tuple of
    its ``fields``, in the article the body makes with the title and publication time given (or these defaults)."""
    def found(body: str, *fields: str, title: str = default_title, published: datetime = default_published) -> list[tuple]:
        article = make_article("t.txt", title, body, published)
        return [tuple(getattr(o, f) for f in fields) for o in extract(article) if o.kind != "derived"]
    return found
