"""Messages users meet: the rule ID they meant, the key they misspelt, a check that failed on a
value rather than a missing one."""

from __future__ import annotations

import pytest

from masa_check.engine.packs import Registry, suggest_rule_id
from masa_check.errors import InputError

IDS = ["WT18-ARR-03", "WT18-ARR-13", "CA-AR-01", "CA-AR-10", "WT23-YR-05"]


@pytest.mark.parametrize(
    ("given", "meant"),
    [
        ("WT18-ARR-3", "WT18-ARR-03"),
        ("wt18-arr-3", "WT18-ARR-03"),
        ("CA-AR-1", "CA-AR-01"),
        ("WT18-AR-03", "WT18-ARR-03"),
    ],
)
def test_rule_id_suggestion_pads_the_number(given, meant):
    assert suggest_rule_id(given, IDS) == meant


def test_unknown_rule_names_the_padded_id():
    with pytest.raises(InputError, match="did you mean 'WT18-ARR-03'"):
        Registry.load().find_rule("WT18-ARR-3")


def test_misspelt_top_level_key_is_the_message(cli, tmp_path):
    from cli_helpers import EXAMPLES

    text = (EXAMPLES / "northshire-2019.yaml").read_text().replace("\npartnership:", "\npartnershp:", 1)
    path = tmp_path / "typo.yaml"
    path.write_text(text)
    r = cli("validate", str(path))
    assert r.returncode == 2
    assert "unknown key 'partnershp'; did you mean 'partnership'?" in r.stderr


def test_a_passed_review_date_says_not_met_with_the_date(cli):
    from cli_helpers import EXAMPLES

    r = cli("validate", str(EXAMPLES / "northshire-2019.yaml"), "--as-of", "2031-01-01", "-f", "json")
    import json

    cur = next(x for x in json.loads(r.stdout)["documents"][0]["results"] if x["rule_id"] == "CUR-02")
    assert cur["status"] == "fail"
    assert cur["message"].startswith("Not met:") and "2030-06-01 has passed" in cur["message"]


def test_verbose_lists_every_schema_error_one_a_line(tmp_path):
    from cli_helpers import run_cli

    (tmp_path / "a.yaml").write_text("partnership:\n  name: X\nscrutiny:\n  scrutiner: Jo\nfunding:\n  totl: 5\n")
    quiet = run_cli("validate", "a.yaml", cwd=tmp_path)
    assert quiet.returncode == 2 and len(quiet.stderr.strip().splitlines()) == 1
    assert "-v lists them" in quiet.stderr
    loud = run_cli("validate", "a.yaml", "-v", cwd=tmp_path)
    lines = loud.stderr.strip().splitlines()
    assert loud.returncode == 2 and len(lines) == 2
    assert "a.yaml:4:3: unknown key 'scrutiny.scrutiner'" in lines[0] and "a.yaml:6:3:" in lines[1]
