"""The same verdicts from the live site, its snapshot and the saved pages; what a snapshot
holds; and directories that must not be written to."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

import pytest

from masa_check.engine.packs import Registry
from masa_check.engine.run import check_document
from masa_check.errors import InputError
from masa_check.sources import load_document
from masa_check.sources.html_reader import WebPage, document_from_pages, read_html
from masa_check.sources.web_fetch import Crawl, Fetched, crawl_site
from masa_check.sources.web_site import document_from_crawl, load_url, read_attachment
from masa_check.sources.web_snapshot import MANIFEST, read_snapshot, write_snapshot
from site_server import PDF_PATH, SITE

AS_OF = dt.date(2025, 10, 15)
REPORT_FILES = [
    "index",
    "introduction",
    "what-we-did",
    "independent-scrutineer-statement",
    "learning-from-reviews",
    "voice-of-children",
    "partner-contributions",
    "looking-ahead",
]


@pytest.fixture(scope="module")
def registry():
    return Registry.load([])


def verdicts(doc, registry) -> dict[str, str]:
    return {r.rule_id: r.status for r in check_document(doc, registry, as_of=AS_OF).results}


def test_live_site_snapshot_and_saved_pages_give_the_same_verdicts(site, fast, registry, tmp_path):
    live = load_url(site.url("/annual-report/"), options=fast, snapshot=str(tmp_path / "snap"), use_cache=False)
    assert live.kind == "yearly-report" and live.date == dt.date(2025, 9, 26)
    expected = verdicts(live, registry)
    assert sum(s == "pass" for s in expected.values()) >= 15  # a real report, not an empty one

    site.clear()
    offline = load_document(str(tmp_path / "snap"), use_cache=False)
    assert site.paths() == []  # offline: the server is never asked
    assert verdicts(offline, registry) == expected

    # the saved HTML of the same pages, read from disk, plus the same PDF
    files = [SITE / "annual-report" / f"{name}.html" for name in REPORT_FILES]
    saved = document_from_pages([WebPage(url=str(f), html=f.read_bytes()) for f in files], "saved")
    pdf = Fetched(url="budget.pdf", status=200, content_type="", kind="pdf", body=site.pdf, fetched="")
    saved.blocks.extend(read_attachment(pdf, use_cache=False))
    assert verdicts(saved, registry) == expected


def test_a_single_page_gives_the_verdicts_of_its_saved_html(site, fast, registry):
    live = load_url(site.url("/arrangements/"), options=fast, use_cache=False)
    saved = read_html(str(SITE / "arrangements" / "index.html"), use_cache=False)
    assert live.kind == saved.kind == "arrangements"
    assert verdicts(live, registry) == verdicts(saved, registry)


def test_evidence_cites_the_page_url_and_the_pdf_url_and_page(site, fast, registry):
    doc = load_url(site.url("/annual-report/"), options=fast, use_cache=False)
    results = {r.rule_id: r for r in check_document(doc, registry, as_of=AS_OF).results}
    urls = {e.url for r in results.values() for e in r.evidence if e.url}
    assert site.url("/annual-report/voice-of-children#feedback") in urls
    funding = [e for e in results["WT23-YR-10"].evidence if e.url == site.url(PDF_PATH)]
    assert funding and {e.page for e in funding} <= {1, 2} and any(e.page == 2 for e in funding)
    chrome = ("cookie", "Skip to main content", "Share this page", "Accessibility statement", "Registered office")
    quotes = " ".join(e.quote or "" for r in results.values() for e in r.evidence)
    assert not any(c.lower() in quotes.lower() for c in chrome)


def test_the_manifest_records_every_page_as_fetched(site, fast, tmp_path):
    crawl = crawl_site(site.url("/annual-report/"), fast)
    note = write_snapshot(crawl, str(tmp_path / "snap"), name="Calderwick", kind="yearly-report")
    assert note.startswith(f"saved a snapshot of {tmp_path / 'snap'}: 9 file(s) fetched ")
    manifest = json.loads((tmp_path / "snap" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == "masa-check-snapshot" and manifest["version"] == 1
    assert manifest["start_url"] == site.url("/annual-report/")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest["fetched"])
    assert (manifest["name"], manifest["kind"]) == ("Calderwick", "yearly-report")
    assert [p["order"] for p in manifest["pages"]] == list(range(1, 10))
    for entry, page in zip(manifest["pages"], crawl.pages, strict=True):
        body = (tmp_path / "snap" / entry["file"]).read_bytes()
        assert body == page.body  # as fetched, byte for byte
        assert entry["sha256"] == hashlib.sha256(body).hexdigest()
        assert (entry["url"], entry["status"]) == (page.url, 200)
    assert manifest["pages"][0]["content_type"] == "text/html; charset=utf-8"
    assert manifest["pages"][-1]["content_type"] == "application/pdf"
    assert manifest["pages"][-1]["file"].endswith(".pdf")
    assert manifest["skipped"] == [
        {"url": site.url("/annual-report/draft/"), "reason": "the site's robots.txt disallows it"}
    ]
    assert sorted(p.name for p in (tmp_path / "snap").iterdir()) == sorted(
        [MANIFEST, *(p["file"] for p in manifest["pages"])]
    )
    again, _ = read_snapshot(str(tmp_path / "snap"))
    assert again.pages == crawl.pages and again.skipped == crawl.skipped


def _small_crawl() -> Crawl:
    page = Fetched("https://example-scp.org.uk/", 200, "text/html", "html", b"<p>Hello</p>", "2026-01-01T00:00:00Z")
    return Crawl(start_url=page.url, fetched=page.fetched, pages=[page])


def test_a_users_directory_is_never_written_to(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes", encoding="utf-8")
    with pytest.raises(InputError, match="not empty and is not a masa-check snapshot; refusing"):
        write_snapshot(_small_crawl(), str(mine))
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="exists and is not a directory"):
        write_snapshot(_small_crawl(), str(tmp_path / "file"))


def test_an_earlier_snapshot_is_replaced_whole_and_the_note_says_so(tmp_path):
    target = str(tmp_path / "snap")
    write_snapshot(_small_crawl(), target)
    assert write_snapshot(_small_crawl(), target).startswith(f"replaced the earlier snapshot in {target}")
    (tmp_path / "snap" / "extra.html").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match=r"also holds files that are not part of it \(extra\.html\)"):
        write_snapshot(_small_crawl(), target)
    assert (tmp_path / "snap" / "extra.html").exists()


def test_a_changed_or_crafted_snapshot_is_refused(tmp_path):
    target = tmp_path / "snap"
    write_snapshot(_small_crawl(), str(target))
    manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    page = target / manifest["pages"][0]["file"]
    page.write_bytes(b"<p>Edited</p>")
    with pytest.raises(InputError, match="has changed since it was fetched"):
        read_snapshot(str(target))
    manifest["pages"][0]["file"] = "../../etc/passwd"
    (target / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="is not a file name this snapshot could have written"):
        read_snapshot(str(target))
    (target / MANIFEST).write_text('{"format": "masa-check-snapshot", "version": 1}', encoding="utf-8")
    with pytest.raises(InputError, match=r"is not a valid snapshot manifest \(no 'start_url'\)"):
        read_snapshot(str(target))


def test_nothing_to_check_names_the_documents_the_page_links_to():
    from masa_check.errors import SiteError

    url = "https://example-scp.org.uk/arrangements/"
    landing = Fetched(
        url, 200, "text/html", "html", b"<html><body><nav><a href='/x.pdf'>PDF</a></nav></body></html>", ""
    )
    crawl = Crawl(url, "", [landing], outside=["https://example-scp.org.uk/media/arrangements.pdf"])
    with pytest.raises(SiteError) as caught:
        document_from_crawl(crawl, url)
    assert str(caught.value).startswith(f"{url}: nothing to check: the page has no readable text")
    assert str(caught.value).endswith(
        "the pages link to https://example-scp.org.uk/media/arrangements.pdf, outside the address given: check that directly"
    )
