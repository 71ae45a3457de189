"""Writing an ``extract`` draft as YAML: every value with a comment naming its evidence (page or
web page, heading, quote), every field the rules ask for and the document does not evidence left
empty with ``# not found: <why>``. Comments are kept to one line whatever the document holds, so a
quote can never end a comment and inject YAML of its own."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from masa_check.safe_text import visible

# Characters a YAML reader refuses even inside quotes (C1 controls, U+FFFE/U+FFFF, lone surrogates);
# PDF text extraction leaves some ("multi\ufffeagency" for a soft hyphen).
_YAML_UNPRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_QUOTE_MAX = 140


@dataclass
class NotFound:
    """A field left empty: ``why`` tells the user what was looked for; ``is_list`` writes ``[]``."""

    why: str = ""
    is_list: bool = False


def q(value: Any) -> str:
    """``value`` as a YAML scalar (strings JSON-quoted, characters YAML refuses escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else str(value)
    return _YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(str(value), ensure_ascii=False))


def _where(s: Any) -> str:
    """ "p.4, 3. Funding" for a sentence or an Evidence; the web page where there is no page."""
    parts = []
    page = getattr(s, "page", None)
    if page:
        parts.append(f"p.{page}")
    elif getattr(s, "url", None):
        parts.append(str(s.url))
    path = getattr(s, "path", None)
    heading = path[-1] if isinstance(path, tuple) and path else None
    if heading is None:
        section = getattr(s, "section", None)
        heading = section.split(" > ")[-1] if section else None
    if heading:
        parts.append(f"under '{heading[:60]}'")
    return ", ".join(parts)


def comment(s: Any, value: Any = None, note: str = "") -> str:
    """``  # p.N, under 'Heading': "quote" (note)`` for the evidence ``s`` of ``value``."""
    if s is None and not note:
        return ""
    where = _where(s) if s is not None else ""
    text = (getattr(s, "text", None) or getattr(s, "quote", None) or "") if s is not None else ""
    if value is not None and str(value) == text:
        text = ""  # the value is the whole sentence: the location is enough
    text = _YAML_UNPRINTABLE.sub("-", text)
    text = text if len(text) <= _QUOTE_MAX else text[: _QUOTE_MAX - 3] + "..."
    body = ": ".join(p for p in (where, f'"{text}"' if text else "") if p)
    if note:
        body = f"{body} ({note})" if body else note
    # one line whatever the document holds: CR, U+0085, U+2028 end a YAML comment (YAML 1.1)
    return visible(f"  # {body}".replace("\n", " "), one_line=True) if body else ""


def _not_found(value: NotFound) -> str:
    why = visible(_YAML_UNPRINTABLE.sub("-", value.why).replace("\n", " "), one_line=True)
    return ("[]" if value.is_list else "") + ("  # not found" + (f": {why}" if why else ""))


def emit(data: dict, notes: dict[str, Any], prefix: str = "", indent: int = 0) -> list[str]:
    """YAML lines for ``data``; ``notes[path]`` is (evidence, note) for the value at ``path``."""
    lines: list[str] = []
    pad = "  " * indent
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, NotFound):
            lines.append(f"{pad}{key}:{' ' if value.is_list else ''}{_not_found(value)}")
        elif isinstance(value, dict):
            if value:
                lines.append(f"{pad}{key}:")
                lines.extend(emit(value, notes, path, indent + 1))
        elif isinstance(value, list):
            if value:
                lines.append(f"{pad}{key}:")
                lines.extend(_items(value, notes, path, indent))
        else:
            ev, note = notes.get(path, (None, ""))
            lines.append(f"{pad}{key}: {q(value)}{comment(ev, value, note)}")
    return lines


def _items(items: list, notes: dict[str, Any], path: str, indent: int) -> list[str]:
    """A list's items: scalars one a line; a mapping's keys under its dash, nested mappings below."""
    lines = []
    pad = "  " * indent
    for i, item in enumerate(items):
        ipath = f"{path}[{i}]"
        if not isinstance(item, dict):
            ev, note = notes.get(ipath, (None, ""))
            lines.append(f"{pad}  - {q(item)}{comment(ev, item, note)}")
            continue
        for n, (k, v) in enumerate(item.items()):
            lead = f"{pad}  - " if n == 0 else f"{pad}    "
            if isinstance(v, dict):
                lines.append(f"{lead}{k}:{comment(*notes.get(f'{ipath}.{k}', (None, '')))}")
                lines.extend(emit(v, notes, f"{ipath}.{k}", indent + 3))
                continue
            ev, note = notes.get(f"{ipath}.{k}") or (notes.get(ipath) if n == 0 else None) or (None, "")
            if isinstance(v, NotFound):
                lines.append(f"{lead}{k}:{' ' if v.is_list else ''}{_not_found(v)}")
            else:
                lines.append(f"{lead}{k}: {q(v)}{comment(ev, v, note)}")
    return lines
