"""Text cleaning: strip page furniture that is not the article.

Scraped news carries captions, credits and calls to action glued into the text. The seed
article opens with a caption printed twice, the second copy with the photo agency glued on
("…attack (illustration)Reuters"): nothing may be extracted from such lines.
"""

from __future__ import annotations

import re
import unicodedata

# Lines that are navigation or promotion, never reporting.
_FURNITURE = re.compile(
    r"""^\s*(
        read\ more\b.* | related:?\b.* | see\ also:?.* | advertisement | sponsored(\ content)? |
        click\ here\b.* | share\ (this|on)\b.* | follow\ us\b.* | sign\ up\b.* | subscribe\b.* |
        (image|photo|picture|video)\ (caption|credit|copyright)\b.* | getty\ images | (ap|afp|reuters)\ photo.* |
        copyright\ ©?.* | ©.* | all\ rights\ reserved.* | print\ this\ (page|article) |
        (listen|watch):?\ .{0,60} | more\ on\ this\ story:?.* | top\ stories | most\ read
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption marker: a short line that labels a picture.
_CAPTION = re.compile(r"\((file\ photo|illustration|photo|archive|pictured|video)\)|^(photo|file):", re.I | re.X)
_CREDIT = re.compile(r"^(reuters|afp|ap|getty( images)?|epa|anadolu|xinhua|file|photo|handout)\.?$", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def normalise_whitespace(text: str) -> str:
    """NFC, unified newlines, single spaces (non-breaking spaces included), at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _is_glued_repeat(line: str, previous: str) -> bool:
    """``line`` repeats ``previous`` with at most a short credit glued on ("…(illustration)Reuters")."""
    if not previous or len(previous) > 200 or not line.startswith(previous):
        return False
    rest = line[len(previous) :].strip(" -–|/")
    return rest == "" or (len(rest) <= 30 and bool(_CREDIT.match(rest)))


def _is_caption(line: str) -> bool:
    words = line.split()
    return len(words) <= 25 and bool(_CAPTION.search(line)) and not line.rstrip().endswith(('."', ".”"))


def strip_furniture(text: str) -> str:
    """Remove captions, credits, "Read more" and similar lines; keep every reporting line."""
    text = normalise_whitespace(text)
    lines = text.split("\n")
    keep: list[str] = []
    seen_short: set[str] = set()
    drop_prev = False
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else ""
        if line and _is_glued_repeat(line, prev):
            drop_prev = True
            continue
        if drop_prev and keep:
            keep.pop()
        drop_prev = False
        if not line:
            keep.append(line)
            continue
        if _FURNITURE.match(line) or _CREDIT.match(line) or _is_caption(line):
            continue
        short = len(line.split()) <= 20 and not line.endswith((".", '"', "”"))
        if short and line.lower() in seen_short:
            continue  # the same caption or heading repeated further down
        if short:
            seen_short.add(line.lower())
        keep.append(line)
    if drop_prev and keep:
        keep.pop()
    return _BLANKS.sub("\n\n", "\n".join(keep)).strip()
