import datetime as dt
import json
from pathlib import Path

import pytest

from tacitus.ingest import ingest
from tacitus.model import Article, Skip


def _items(path: Path):
    return list(ingest([path]))


def test_text_header_gives_title_source_and_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: T\nSource: S\nPublished: 2016-01-31\n\nMilitants attacked a village near Maiduguri on Saturday, killing 20.\n")
    [art] = _items(p)
    assert isinstance(art, Article)
    assert (art.title, art.source, art.published) == ("T", "S", dt.date(2016, 1, 31))
    assert art.text.startswith("Militants attacked")


def test_plain_text_headline_becomes_the_title_and_uncovers_the_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rebels seize border town\n\nGOMA, Nov 20 -- Rebels captured a town on Wednesday.\n\nMore later.\n")
    [art] = _items(p)
    assert art.title == "Rebels seize border town"
    assert art.text.startswith("GOMA, Nov 20 --")


@pytest.mark.parametrize("text", [
    "Rebels captured a town on Wednesday, officials said.\n\nMore later.\n",  # a one-sentence first paragraph
    "Rebels captured a town\non Wednesday, officials said.\n\nMore later.\n",  # a wrapped first line
    "Rebels, NO DATE (WIRE) -- [TEXT]\n\nRebels captured a town on Wednesday.\n",  # a dateline on its own line
])
def test_a_first_line_that_is_no_headline_stays_in_the_text(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_text(text)
    [art] = _items(p)
    assert art.title is None
    assert art.text.startswith("Rebels")


def test_binary_file_is_skipped_with_reason(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(bytes(range(256)) * 40)
    [skip] = _items(p)
    assert isinstance(skip, Skip) and skip.code == "binary"


def test_empty_file_is_skipped(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("   \n")
    [skip] = _items(p)
    assert isinstance(skip, Skip) and skip.code == "empty"


def test_oversized_text_is_skipped_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    [skip] = _items(p)
    assert isinstance(skip, Skip) and skip.code == "too_large"


def test_windows_1252_text_is_decoded(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("Gunmen killed 12 people in Bogot\xe1 on Monday, police said \x93today\x94.".encode("latin-1"))
    [art] = _items(p)
    assert isinstance(art, Article) and "Bogotá" in art.text


def test_broken_html_falls_back_to_text(tmp_path):
    p = tmp_path / "x.html"
    p.write_text("<html><body><p>Rebels seized the town of Bunagana on Monday after heavy fighting with the army.<p>Unclosed <b>tags")
    [art] = _items(p)
    assert isinstance(art, Article) and "Bunagana" in art.text


def test_jsonl_bad_line_is_a_skip_and_good_lines_go_on(tmp_path):
    p = tmp_path / "r.jsonl"
    good = {"id": "1", "text": "Soldiers killed five militants in an ambush near Kidal on Sunday.", "published": "2019-01-02"}
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    items = _items(p)
    assert [type(i).__name__ for i in items] == ["Article", "Skip", "Skip"]
    assert {i.code for i in items if isinstance(i, Skip)} == {"bad_json", "no_text"}


def test_csv_with_multiline_quoted_text(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text('id,title,published,text\n7,T,2020-05-05,"Line one, with comma.\n\nLine two about an attack near Goma that killed 3."\n')
    [art] = _items(p)
    assert isinstance(art, Article) and "Goma" in art.text and art.published == dt.date(2020, 5, 5)


def test_rss_items_become_articles(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>A</title><link>https://x.example/a</link><pubDate>Sun, 03 Jul 2016 10:00:00 +0000</pubDate>
<description>&lt;p&gt;A car bomb killed 83 people in Baghdad's Karrada district early on Sunday.&lt;/p&gt;</description></item>
</channel></rss>""")
    [art] = _items(p)
    assert isinstance(art, Article) and art.published == dt.date(2016, 7, 3) and "Karrada" in art.text


def test_missing_path_is_a_skip(tmp_path):
    [skip] = list(ingest([tmp_path / "nope"]))
    assert isinstance(skip, Skip) and skip.code == "not_found"


def test_warc_response_records_are_read(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "c.warc.gz"
    with p.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        html = b"<html><body><article><p>Gunmen killed seven villagers near Beni on Tuesday, local officials said.</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/beni", "response", payload=BytesIO(html), http_headers=headers))
    [art] = _items(p)
    assert isinstance(art, Article) and "Beni" in art.text and art.url == "https://x.example/beni"
