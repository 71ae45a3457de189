"""``extract_declared``: a draft YAML that validates, every value with its evidence comment."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from masa_check.declared.schema import Arrangements
from masa_check.document import Block, Document
from masa_check.errors import InputError
from masa_check.extract import extract_declared, write_extract

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "fixtures"


def _doc() -> Document:
    h = ("1. Our partnership",)
    f = ("3. Funding",)
    blocks = [
        Block("title", "Northshire Safeguarding Children Partnership Arrangements", 1),
        Block("heading", "1. Our partnership", 2, h, 1),
        Block(
            "paragraph",
            "The safeguarding partners are Northshire County Council, NHS Northshire Integrated Care Board and "
            "Northshire Police.",
            2,
            h,
        ),
        Block(
            "paragraph",
            "The Northshire Safeguarding Partnership Executive meets every two months and is accountable for the "
            "arrangements.",
            2,
            h,
        ),
        Block("heading", "2. Independent scrutiny", 3, ("2. Independent scrutiny",), 1),
        Block(
            "paragraph",
            "The partners have appointed an Independent Scrutineer to scrutinise the effectiveness of the arrangements.",
            3,
            ("2. Independent scrutiny",),
        ),
        Block("heading", "3. Funding", 4, f, 1),
        Block("paragraph", "The partnership budget for 2024/25 is shown below.", 4, f),
        Block("table_row", "Partner | Contribution", 4, f, cells=("Partner", "Contribution")),
        Block(
            "table_row",
            "Northshire County Council | £180,000",
            4,
            f,
            cells=("Northshire County Council", "£180,000"),
            header_cells=("Partner", "Contribution"),
        ),
        Block(
            "table_row",
            "Northshire Police | £60,000",
            4,
            f,
            cells=("Northshire Police", "£60,000"),
            header_cells=("Partner", "Contribution"),
        ),
    ]
    return Document(path="northshire.pdf", source="pdf", kind="arrangements", blocks=blocks)


def test_draft_validates_and_carries_evidence():
    text = extract_declared(_doc())
    data = yaml.safe_load(text)
    model = Arrangements.model_validate(data)
    assert model.partnership.name == "Northshire Safeguarding Children Partnership"
    assert [p.name for p in model.partners.local_authorities] == ["Northshire County Council"]
    assert [p.name for p in model.partners.icbs] == ["NHS Northshire Integrated Care Board"]
    assert [p.name for p in model.partners.police] == ["Northshire Police"]
    assert model.funding.period == "2024/25"
    assert [(c.partner, c.amount) for c in model.funding.contributions] == [
        ("Northshire County Council", 180000),
        ("Northshire Police", 60000),
    ]
    # values, not sentences: the group's name and how often it meets, the scrutineer's post
    assert model.governance.strategic_group == "Northshire Safeguarding Partnership Executive"
    assert model.governance.meeting_frequency == "every two months"
    assert model.scrutiny.scrutineer == "Independent Scrutineer"
    assert "# p.2, under '1. Our partnership': \"The safeguarding partners are Northshire County Council" in text
    assert "# p.4" in text


def test_empty_document_drafts_only_the_name_to_fill_in():
    doc = Document(path="empty.pdf", source="pdf", kind="arrangements", blocks=[Block("paragraph", "Hello.", 1)])
    data = yaml.safe_load(extract_declared(doc))
    with pytest.raises(ValueError, match="TODO placeholder"):  # refused until the user names it
        Arrangements.model_validate(data)
    data["partnership"]["name"] = "Kelby Safeguarding Children Partnership"
    Arrangements.model_validate(data)


def test_write_refuses_existing_output_and_input(tmp_path):
    out = tmp_path / "arrangements.yaml"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="already exists"):
        write_extract(str(tmp_path / "doc.pdf"), str(out))
    assert out.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(InputError, match="published document"):
        write_extract(str(tmp_path / "doc.yaml"), None)


@pytest.mark.skipif(not (SHARED / "003_bec7f32aeb543781.pdf").exists(), reason="shared fixtures absent")
def test_real_document(tmp_path):
    src = SHARED / "003_bec7f32aeb543781.pdf"
    with pytest.raises(InputError, match="input document"):
        write_extract(str(src), str(src), force=True)
    out = tmp_path / "a.yaml"
    write_extract(str(src), str(out), use_cache=False)
    model = Arrangements.model_validate(yaml.safe_load(out.read_text(encoding="utf-8")))
    assert "Dudley Metropolitan Borough Council" in [p.name for p in model.partners.local_authorities]
    assert "West Midlands Police" in [p.name for p in model.partners.police]
    # the children's and adults' columns of one table: each contributor once, its amounts summed
    partners = [c.partner for c in model.funding.contributions]
    assert len(partners) == len(set(partners))
    assert any(c.amount == 111000 + 16700 for c in model.funding.contributions)
    assert "West Midlands Police Clinical Commissioning Group" not in [p.name for p in model.partners.icbs]
    with pytest.raises(InputError, match="already exists"):
        write_extract(str(src), str(out))
    write_extract(str(src), str(out), force=True, use_cache=False)


def test_characters_yaml_refuses_are_escaped():
    """PDF text can carry U+FFFE for a soft hyphen; the draft YAML must still load."""
    from masa_check.extract import _comment, _q
    from masa_check.results import Evidence

    text = "lessons for multi\ufffeagency practice and \x9b"
    assert yaml.safe_load(f"v: {_q(text)}")["v"] == text
    line = "v: 1" + _comment(Evidence(quote=text, page=3))
    assert yaml.safe_load(line)["v"] == 1


def test_extract_drafts_the_documents_own_kind_and_refuses_bad_outputs_with_one_line(cli, tmp_path):
    from cli_helpers import REPO

    cases = REPO / "benchmarks" / "cases"
    r = cli("extract", str(cases / "ho-yr-2025.md"))
    assert r.returncode == 0 and r.stdout.startswith("# Draft yearly-report"), r.stderr
    assert yaml.safe_load(r.stdout)["kind"] == "yearly-report"
    forced = cli("extract", str(cases / "ho-yr-2025.md"), "--kind", "arrangements")
    assert forced.returncode == 0 and forced.stdout.startswith("# Draft arrangements")
    for out in (tmp_path, "/proc/masa-check-draft.yaml"):
        bad = cli("extract", str(cases / "hc-wt23-modern.md"), "-o", str(out), "--force")
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Error:" not in bad.stderr, bad.stderr


def test_no_character_of_a_quote_or_a_file_name_ends_a_draft_comment_line():
    """U+0085, CR and U+2028 end a line for YAML 1.1: a waiver could be injected after them."""
    import yaml

    from masa_check.extract import _comment
    from masa_check.results import Evidence

    quote = "Kelby partners\x85waivers:\r\n- rule: WT23-ARR-01\u2028  reason: x"
    line = _comment(Evidence(quote=quote, page=3))
    assert "\x85" not in line and "\r" not in line and "\u2028" not in line
    assert yaml.safe_load("kind: arrangements" + line) == {"kind": "arrangements"}
