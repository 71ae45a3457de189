"""``.masa-check.yaml``: a documents repository's local settings.

Strict keys (a typo is an error with a did-you-mean):

- ``waivers``: gaps accepted knowingly (``rule``, ``reason``, ``expires`` required; ``approved_by``)
- ``rules_dirs``: directories of local rule packs, relative to the config file
- ``fail_on``: the default ``--fail-on`` threshold (must | should | none)
- ``sab_annual_report_deadline``: "MM-DD" after 31 March by which a SAB annual report is
  published (local policy for "as soon as is feasible"; default 11-30)
- ``commencement``: provision -> the day it comes into force (or null: not yet), overriding a
  pack's commencement table (``commencement: {s16EA: 2027-10-01}``) when regulations appoint a
  day before the pack is updated; a key no pack knows is an error with a did-you-mean

The config is ``--config FILE`` when given; none with ``--isolated``; otherwise the nearest
``.masa-check.yaml`` from the first document's directory up to its repository's root, else from
the current directory up. A config found outside the repository (or directory) the run started
in is not applied, with a note: a received folder cannot set its own verdict. Every run names
the config it applied, with its content hash.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from masa_check.declared.waiver import WaiverEntry
from masa_check.errors import InputError

CONFIG_NAME = ".masa-check.yaml"
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    waivers: list[WaiverEntry] = Field(default_factory=list)
    rules_dirs: list[str] = Field(default_factory=list)
    fail_on: Literal["must", "should", "none"] | None = None
    sab_annual_report_deadline: str | None = Field(None, description='"MM-DD", e.g. "11-30"')
    commencement: dict[str, dt.date | None] = Field(
        default_factory=dict, description="provision (e.g. s16EA) -> the day it is in force, or null: not yet"
    )

    @field_validator("commencement", mode="before")
    @classmethod
    def _commencement(cls, v: Any) -> Any:
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise ValueError("must be a mapping of provision to date, e.g. {s16EA: 2027-10-01}")
        for key, value in v.items():
            if not isinstance(key, str):
                raise ValueError(f"{key!r} is not a provision key such as 's16EA'")
            if isinstance(value, str):
                try:
                    v = {**v, key: dt.date.fromisoformat(value.strip())}
                except ValueError:
                    raise ValueError(f"{key}: {value[:20]!r} is not a date (YYYY-MM-DD) or null") from None
            elif isinstance(value, dt.datetime) or not (value is None or isinstance(value, dt.date)):
                raise ValueError(f"{key}: must be a date (YYYY-MM-DD) or null")
            day = v[key]
            if day is not None and not 1900 <= day.year <= 2100:  # 0027-10-01 for 2027: in force since AD 27
                raise ValueError(f"{key}: {day.isoformat()} is outside 1900-2100 (a typo?); use null for not yet")
        return v

    @field_validator("sab_annual_report_deadline", mode="before")
    @classmethod
    def _month_day(cls, v: Any) -> Any:
        if v is None:
            return v
        text = str(v).strip()
        m = _MONTH_DAY.match(text)
        if not m:
            raise ValueError('must be "MM-DD", e.g. "11-30"')
        try:
            dt.date(2001, int(m.group(1)), int(m.group(2)))
        except ValueError:
            raise ValueError(f"{text!r} is not a day of the year") from None
        return text


class LoadedConfig(BaseModel):
    """A config with where it came from (``path`` None: defaults)."""

    config: Config = Field(default_factory=Config)
    path: str | None = None
    #: Why no config was applied (``--isolated``, or a received folder's config refused).
    note: str | None = None
    #: The sha256 of the file when it was read (a report names the config as applied).
    sha256: str | None = None

    @property
    def settings(self) -> dict[str, Any]:
        c = self.config
        out: dict[str, Any] = {
            k: v for k, v in {"sab_annual_report_deadline": c.sab_annual_report_deadline}.items() if v
        }
        if c.commencement:
            out["commencement"] = {k: (d.isoformat() if d else None) for k, d in c.commencement.items()}
        return out

    def rules_dirs(self) -> list[str]:
        base = Path(self.path).parent if self.path else Path.cwd()
        return [str(p if (p := Path(d)).is_absolute() else base / p) for d in self.config.rules_dirs]


def load_config(path: str) -> LoadedConfig:
    from masa_check.sources.yaml_loader import load_yaml
    from masa_check.sources.yaml_source import describe_error

    if not Path(path).is_file():
        raise InputError("config file not found", path)
    data, lines = load_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("a config file must be a mapping of keys", path, 1)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        message, line = describe_error(exc.errors()[0], Config, lines)
        raise InputError(f"invalid config: {message}", path, line) from None
    from masa_check.provenance import file_sha256

    return LoadedConfig(config=config, path=path, sha256=file_sha256(path))


def _repo_root(start: Path) -> Path | None:
    """The git working tree holding ``start`` (its directory with ``.git``), or None."""
    for d in (start, *start.parents):
        if (d / ".git").exists():
            return d
    return None


def _trusted_root(cwd: Path) -> Path:
    """Where a discovered config may apply from: the repository the run started in (the user's
    own working tree), else the directory it started in."""
    return _repo_root(cwd) or cwd


def find_config(paths: list[str], cwd: Path | None = None) -> tuple[str | None, str | None]:
    """``.masa-check.yaml`` found by walking up from the first document (to its repository's root,
    as ruff and yamllint do), else in the current directory: ``(path, None)``. A config found
    outside the repository the run started in - or, outside any repository, anywhere but the
    directory it started in (a received folder unpacked below it too) - is not applied:
    ``(None, note)``, so a scrutineer's verdict cannot be set by the folder checked."""
    cwd = (cwd or Path.cwd()).resolve()
    trusted = _trusted_root(cwd)
    in_repo = _repo_root(cwd) is not None
    starts: list[Path] = []
    if paths:
        first = Path(paths[0]).resolve()
        starts.append(first if first.is_dir() else first.parent)
    starts.append(cwd)
    for start in starts:
        top = _repo_root(start) or start
        for d in (start, *start.parents):
            candidate = d / CONFIG_NAME
            if candidate.is_file():
                # the repository's own tree; outside a repository only the folder the run started
                # in (a folder received and unpacked below it is not the user's)
                if d == trusted or (in_repo and trusted in d.parents):
                    return str(candidate), None
                return None, (
                    f"config {candidate} was found beside the documents, "
                    f"{'outside the repository' if in_repo else 'not in the directory'} the run started in; "
                    "not applied (name it with --config to apply it)"
                )
            if d == top:
                break
    return None, None


def resolve_config(explicit: str | None, paths: list[str], isolated: bool = False) -> LoadedConfig:
    """The config a run uses: none with ``isolated``; ``explicit`` (``--config``); else found."""
    if isolated:
        return LoadedConfig(note="--isolated: no config file applied")
    if explicit:
        return load_config(explicit)
    found, note = find_config(paths)
    return load_config(found) if found else LoadedConfig(note=note)


def describe(loaded: LoadedConfig) -> str | None:
    """One line naming the config applied (path, content hash, waivers, fail_on), for stderr
    and every report's notes; or why none was; None when there was simply none."""
    if loaded.path is None:
        return loaded.note
    import hashlib

    try:
        digest = hashlib.sha256(Path(loaded.path).read_bytes()).hexdigest()[:12]
    except OSError:
        digest = "unreadable"
    parts = [f"config {loaded.path} (sha256 {digest})", f"{len(loaded.config.waivers)} waiver(s)"]
    if loaded.config.fail_on:
        parts.append(f"fail_on {loaded.config.fail_on}")
    if loaded.config.rules_dirs:
        parts.append("rules_dirs " + ", ".join(loaded.config.rules_dirs))
    if loaded.config.commencement:
        dates = (f"{k} {d.isoformat() if d else 'not yet'}" for k, d in loaded.config.commencement.items())
        parts.append("commencement " + ", ".join(dates))
    return "; ".join(parts)
