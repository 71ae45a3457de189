"""``.masa-check.yaml``: a documents repository's local settings.

Strict keys (a typo is an error with a did-you-mean):

- ``waivers``: gaps accepted knowingly (``rule``, ``reason``, ``expires`` required; ``approved_by``)
- ``rules_dirs``: directories of local rule packs, relative to the config file
- ``fail_on``: the default ``--fail-on`` threshold (must | should | none)
- ``sab_annual_report_deadline``: "MM-DD" after 31 March by which a SAB annual report is
  published (local policy for "as soon as is feasible"; default 11-30)

The config is ``--config FILE`` when given; otherwise ``.masa-check.yaml`` next to the first
document (its directory, or the directory itself when a directory is checked), else in the
current directory. None found: defaults.
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

    @property
    def settings(self) -> dict[str, Any]:
        c = self.config
        return {k: v for k, v in {"sab_annual_report_deadline": c.sab_annual_report_deadline}.items() if v}

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
    return LoadedConfig(config=config, path=path)


def find_config(paths: list[str]) -> str | None:
    """``.masa-check.yaml`` next to the first document, else in the current directory."""
    candidates: list[Path] = []
    if paths:
        first = Path(paths[0])
        candidates.append((first if first.is_dir() else first.parent) / CONFIG_NAME)
    candidates.append(Path.cwd() / CONFIG_NAME)
    for c in candidates:
        if c.is_file():
            return str(c)
    return None


def resolve_config(explicit: str | None, paths: list[str]) -> LoadedConfig:
    if explicit:
        return load_config(explicit)
    found = find_config(paths)
    return load_config(found) if found else LoadedConfig()
