"""The command line on web addresses, snapshots and --urls lists, run as a user would."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from cli_helpers import REPO, run_cli

FAST = ["--allow-private", "--crawl-delay", "0.01", "--timeout", "0.5", "--as-of", "2025-10-15"]


def statuses(path) -> dict[str, dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {d["name"] or d["path"]: {r["rule_id"]: r["status"] for r in d["results"]} for d in data["documents"]}


def test_validate_a_url_then_its_snapshot_offline(site, tmp_path):
    snap = tmp_path / "snap"
    live = run_cli(
        "validate",
        site.url("/annual-report/"),
        *FAST,
        "--save-snapshot",
        str(snap),
        "-f",
        f"json:{tmp_path / 'live.json'}",
    )
    assert live.returncode == 0, live.stderr  # its gaps are on should-rules
    assert "Traceback" not in live.stderr
    site.clear()
    offline = run_cli("validate", str(snap), "--as-of", "2025-10-15", "-f", f"json:{tmp_path / 'offline.json'}")
    assert offline.returncode == 0, offline.stderr
    assert site.paths() == []
    live_data = json.loads((tmp_path / "live.json").read_text(encoding="utf-8"))["documents"][0]
    offline_data = json.loads((tmp_path / "offline.json").read_text(encoding="utf-8"))["documents"][0]
    assert [(r["rule_id"], r["status"]) for r in offline_data["results"]] == [
        (r["rule_id"], r["status"]) for r in live_data["results"]
    ]
    # offline evidence still cites the pages as they were on the site
    assert [e for r in offline_data["results"] for e in r["evidence"]] == [
        e for r in live_data["results"] for e in r["evidence"]
    ]
    assert any(
        e.get("url", "").startswith(site.url("/annual-report/")) for r in offline_data["results"] for e in r["evidence"]
    )
    assert offline_data["path"] == str(snap) and live_data["path"] == site.url("/annual-report/")
    assert any(n.startswith(f"snapshot of {site.url('/annual-report/')} fetched ") for n in offline_data["notes"])


def test_a_url_that_fails_is_one_line_and_exit_2(site):
    done = run_cli("validate", site.url("/broken/server-error"), *FAST)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"masa-check: error: {site.url('/broken/server-error')}: HTTP 500 Internal Server Error\n"


def test_private_addresses_need_allow_private(site):
    done = run_cli("validate", site.url("/arrangements/"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--allow-private" in done.stderr and "loopback" in done.stderr
    assert site.paths() == []
    fast = run_cli("validate", "https://example-scp.org.uk/", "--crawl-delay", "0.1")
    assert fast.returncode == 2 and "at least 0.5 s between requests" in fast.stderr


def test_save_snapshot_refuses_a_users_directory_before_fetching(site, tmp_path):
    (tmp_path / "report.docx").write_bytes(b"mine")
    done = run_cli("validate", site.url("/arrangements/"), *FAST, "--save-snapshot", str(tmp_path))
    assert done.returncode == 2 and "not a masa-check snapshot; refusing" in done.stderr
    assert site.paths() == [] and [p.name for p in tmp_path.iterdir()] == ["report.docx"]
    alone = run_cli("validate", "examples/northshire-2019.yaml", "--save-snapshot", str(tmp_path / "x"), cwd=REPO)
    assert alone.returncode == 2 and "give a URL or --urls" in alone.stderr


def _url_list(site, tmp_path, rows) -> str:
    path = tmp_path / "partnerships.csv"
    path.write_text("name,url,kind\n" + "".join(f"{n},{site.url(u)},{k}\n" for n, u, k in rows), encoding="utf-8")
    return str(path)


def test_urls_gives_one_matrix_and_each_failing_site_is_an_error_row(site, tmp_path):
    urls = _url_list(
        site,
        tmp_path,
        [
            ("Calderwick report", "/annual-report/", ""),
            ("Gone SCP", "/broken/removed", ""),
            ("Calderwick arrangements", "/arrangements/", "arrangements"),
            ("Looping SCP", "/broken/loop", "yearly-report"),
            ("Slow SCP", "/broken/slow", ""),
        ],
    )
    formats = ["json", "junit", "sarif", "markdown", "csv", "html", "github"]
    out = [f"{f}:{tmp_path / ('out.' + f)}" for f in formats] + [
        f"docx:{tmp_path / 'out.docx'}",
        f"xlsx:{tmp_path / 'out.xlsx'}",
    ]
    done = run_cli("validate", "--urls", urls, *FAST, *[a for o in out for a in ("-f", o)])
    assert done.returncode == 1, done.stderr  # some sites were checked: failures are error rows
    errors = [line for line in done.stderr.splitlines() if line.startswith("masa-check: error:")]
    assert errors == [
        f"masa-check: error: Gone SCP: {site.url('/broken/removed')}: HTTP 404 Not Found",
        f"masa-check: error: Looping SCP: {site.url('/broken/loop')}: redirect loop (/broken/loop -> /broken/loop-back -> /broken/loop)",
        f"masa-check: error: Slow SCP: {site.url('/broken/slow')}: timed out (no answer within 0.5 s)",
    ]
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    names = [d["name"] for d in data["documents"]]
    assert names == ["Calderwick report", "Gone SCP", "Calderwick arrangements", "Looping SCP", "Slow SCP"]
    gone = data["documents"][1]
    assert [(r["rule_id"], r["status"], r["message"]) for r in gone["results"]] == [
        ("SITE-READ", "error", "HTTP 404 Not Found")
    ]
    assert data["documents"][3]["kind"] == "yearly-report" and data["documents"][2]["kind"] == "arrangements"
    assert data["documents"][0]["summary"]["pass"] >= 15
    for f in [*formats, "docx", "xlsx"]:
        assert (tmp_path / f"out.{f}").stat().st_size > 0, f
    assert "Gone SCP" in (tmp_path / "out.markdown").read_text(encoding="utf-8")
    assert "Calderwick report (http" in (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "Checking" not in done.stderr  # no progress bar when not on a terminal
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads((REPO / "tests/reporters/data/sarif-schema-2.1.0.json").read_text()))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
        for loc in r["locations"]
    }
    assert site.url("/broken/removed") in uris


def test_urls_table_shows_names_and_why_a_site_failed(site, tmp_path):
    urls = _url_list(site, tmp_path, [("Calderwick", "/arrangements/", ""), ("Gone SCP", "/broken/removed", "")])
    done = run_cli("validate", "--urls", urls, *FAST)
    assert done.returncode == 1
    assert re.search(r"Calderwick \(http://127\.0\.0\.1:\d+/arrangements/\)", done.stdout)
    assert re.search(r"Gone SCP \(http://\S+/broken/removed\)\s+│\s+E\s+│\s+0/1\s+│\s+HTTP 404 Not Found", done.stdout)


def test_urls_where_no_site_can_be_read_exits_2(site, tmp_path):
    urls = _url_list(site, tmp_path, [("Gone SCP", "/broken/removed", ""), ("Broken SCP", "/broken/server-error", "")])
    done = run_cli("validate", "--urls", urls, *FAST, "-f", "json")
    assert done.returncode == 2
    assert len([line for line in done.stderr.splitlines() if line.startswith("masa-check: error:")]) == 2
    assert [d["name"] for d in json.loads(done.stdout)["documents"]] == ["Gone SCP", "Broken SCP"]


def test_urls_with_snapshots_then_the_snapshots_offline(site, tmp_path):
    urls = _url_list(
        site,
        tmp_path,
        [("Calderwick report", "/annual-report/", ""), ("Calderwick arrangements", "/arrangements/", "")],
    )
    snaps = tmp_path / "snapshots"
    live = run_cli(
        "validate", "--urls", urls, *FAST, "--save-snapshot", str(snaps), "-f", f"json:{tmp_path / 'live.json'}"
    )
    assert live.returncode == 1, live.stderr
    assert sorted(p.name for p in snaps.iterdir()) == ["calderwick-arrangements", "calderwick-report"]
    offline = run_cli("validate", str(snaps), "--as-of", "2025-10-15", "-f", f"json:{tmp_path / 'offline.json'}")
    assert offline.returncode == 1, offline.stderr
    assert statuses(tmp_path / "offline.json") == statuses(tmp_path / "live.json")
    again = run_cli("validate", "--urls", urls, *FAST, "--save-snapshot", str(snaps), "-f", "json")
    assert again.returncode == 1  # an earlier run's snapshots are replaced, and the notes say so
    notes = [n for d in json.loads(again.stdout)["documents"] for n in d["notes"]]
    assert sum(n.startswith("replaced the earlier snapshot in ") for n in notes) == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "title,link\nA,https://a.example/\n",
            r"partnerships\.csv:1: needs a header row with the columns name and url",
        ),
        ("name,url\nA,https://a.example/\nB,not a url\n", r"partnerships\.csv:3: 'not a url' is not a web address"),
        (
            "name,url,kind\nA,https://a.example/,annual\n",
            r"partnerships\.csv:2: kind 'annual': choose from arrangements",
        ),
        ("name,url\n", r"partnerships\.csv: lists no sites"),
    ],
)
def test_a_bad_url_list_is_one_line_naming_the_line(tmp_path, text, message):
    (tmp_path / "partnerships.csv").write_text(text, encoding="utf-8")
    done = run_cli("validate", "--urls", str(tmp_path / "partnerships.csv"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert re.search(message, done.stderr), done.stderr


def test_extract_reads_a_url(site):
    done = run_cli("extract", site.url("/arrangements/"), "--allow-private", "--timeout", "0.5")
    assert done.returncode == 0, done.stderr
    assert site.url("/arrangements/") in done.stdout
    # the value, then its evidence: the web page (with the anchor nearest it), heading and quote
    line = next(x for x in done.stdout.splitlines() if x.strip().startswith('- name: "Tarnshire Police"'))
    assert site.url("/arrangements/") in line and '"the Chief Constable of Tarnshire Police, Claire Whitlow."' in line


def test_validate_needs_something_to_check():
    done = run_cli("validate")
    assert done.returncode == 2 and "give a file, directory or web address to check, or --urls FILE" in done.stderr
