"""Only regular files are read: a FIFO or a device is refused before any read (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from masa_check.errors import InputError
from masa_check.sources.yaml_loader import read_regular, read_text

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(str(fifo))  # would block for ever on a plain open()


def test_a_device_is_refused_even_through_a_link(tmp_path):
    link = tmp_path / "results.json"
    link.symlink_to("/dev/zero")  # size 0, endless
    with pytest.raises(InputError, match="not a regular file"):
        read_regular(str(link), 1024)


def test_the_read_is_bounded_whatever_the_size_said(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_bytes(b"a: 1\n" * 100)
    assert read_regular(str(f), 10_000) == b"a: 1\n" * 100
    with pytest.raises(InputError, match="too large"):
        read_regular(str(f), 100)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": str(cwd), "XDG_CACHE_HOME": str(cwd / "cache")}
    if os.environ.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "masa_check", *args], capture_output=True, text=True, timeout=60, cwd=cwd, env=env
    )


def _one_clean_line(proc: subprocess.CompletedProcess, fragment: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], lines
    assert "Traceback" not in proc.stderr + proc.stdout


def test_report_of_a_fifo_or_dev_zero_is_one_line(tmp_path):
    fifo = tmp_path / "results.json"
    os.mkfifo(fifo)
    _one_clean_line(_cli("report", str(fifo), cwd=tmp_path), "not a regular file")
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    _one_clean_line(_cli("report", str(zero), cwd=tmp_path), "not a regular file")


def test_a_fifo_among_local_packs_is_one_line(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    os.mkfifo(packs / "mine.yaml")
    _one_clean_line(_cli("rules", "list", "--rules-dir", str(packs), cwd=tmp_path), "not a regular file")
    doc = tmp_path / "doc.yaml"
    doc.write_text("kind: arrangements\npartnership:\n  name: Fenshire Safeguarding Children Partnership\n")
    config = tmp_path / "cfg.yaml"
    config.write_text(f"rules_dirs: [{packs}]\n")
    _one_clean_line(_cli("validate", str(doc), "--config", str(config), cwd=tmp_path), "not a regular file")
    (packs / "mine.yaml").unlink()
    (packs / "zero.yaml").symlink_to("/dev/zero")
    _one_clean_line(_cli("rules", "list", "--rules-dir", str(packs), cwd=tmp_path), "not a regular file")


def test_long_lines_still_use_libyaml_with_the_same_values(monkeypatch):
    """A pack with a very long line (a long pattern) is composed by libyaml when it nests
    shallowly: same values and lines as the Python composer."""
    import yaml

    from masa_check.sources import yaml_loader

    text = "pack:\n  id: p\nrules:\n  - id: R-1\n    terms: [" + ", ".join(f"word{i}" for i in range(400)) + "]\n"
    assert yaml_loader._nesting_bound(text) > yaml_loader.C_COMPOSER_MAX_NESTING
    assert yaml_loader._shallow(text, yaml)
    fast = yaml_loader.load_yaml("p.yaml", text)
    monkeypatch.setattr(yaml, "CSafeLoader", None)
    slow = yaml_loader.load_yaml("p.yaml", text)
    assert fast == slow and fast[1].columns == slow[1].columns


def test_deep_nesting_is_left_to_the_python_composer():
    import yaml

    from masa_check.sources import yaml_loader

    deep = "[" * 3000 + "]" * 3000
    assert not yaml_loader._shallow(deep, yaml)
    assert not yaml_loader._shallow("a: [\n" + "x" * 3000 + "\n  - b: : :\n", yaml)  # libyaml refuses it


def test_deep_yaml_is_one_line_error():
    from masa_check.sources.yaml_loader import load_yaml

    with pytest.raises(InputError, match="nest|deep|invalid YAML"):
        load_yaml("d.yaml", "a: " + "[" * 5000 + "]" * 5000 + "\n")
