"""Declared YAML → Document, with every pydantic error turned into file:line: field: message."""

from __future__ import annotations

import difflib
from typing import Any

from masa_check.document import DOCUMENT_KINDS, Document
from masa_check.errors import InputError
from masa_check.sources.yaml_loader import load_yaml


def dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _line_for(lines: dict[str, int], path: str) -> int | None:
    """The line of ``path`` or of its nearest declared ancestor."""
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _column_for(lines: dict[str, int], path: str) -> int | None:
    """The column of ``path``'s key where the loader recorded one (``lines.columns``), or of its
    nearest declared ancestor, matching :func:`_line_for`."""
    columns = getattr(lines, "columns", None) or {}
    while path:
        if path in lines:
            return columns.get(path)
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _model_at(model: type, loc: tuple[Any, ...]):
    """The pydantic model class that owns the last element of ``loc`` (for did-you-mean)."""
    from pydantic import BaseModel

    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation):
    from typing import get_args

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def describe_error(err: dict, model: type, lines: dict[str, int]) -> tuple[str, int | None]:
    loc = tuple(err["loc"])
    path = dotted(loc)
    line = _line_for(lines, path)
    etype = err["type"]
    if etype == "extra_forbidden":
        key = str(loc[-1])
        owner = _model_at(model, loc)
        known = list(getattr(owner, "model_fields", {}) or {})
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else (f"; allowed: {', '.join(known)}" if known else "")
        return f"unknown key {path!r}{hint}", line
    if etype == "missing":
        return f"missing required field {path!r}", line
    if etype.startswith(("date_", "datetime_")):
        found = err.get("input")
        shown = f" (found {str(found)[:30]!r})" if isinstance(found, str | int) else ""
        return f"{path}: not a date{shown}; write it as YYYY-MM-DD, e.g. 2026-04-01", line
    return f"{path}: {err['msg'].removeprefix('Value error, ')}", line


def load_declared(path: str) -> Document:
    from pydantic import ValidationError

    from masa_check.declared.schema import MODELS

    data, lines = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError(f"the top level must be a mapping of keys (found {type(data).__name__})", path, 1, 1)
    kind = data.get("kind", "arrangements")
    if not isinstance(kind, str):
        raise InputError(
            f"kind must be text, such as 'arrangements' (found {type(kind).__name__})", path, lines.get("kind")
        )
    if kind not in MODELS:
        choices = [k for k in DOCUMENT_KINDS if k in MODELS]
        close = difflib.get_close_matches(str(kind), choices, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; supported: {', '.join(choices)}"
        raise InputError(f"unknown document kind {kind!r}{hint}", path, lines.get("kind"))
    model = MODELS[kind]
    try:
        declared = model.model_validate(data)
    except ValidationError as exc:
        # an unknown key first: a misspelt top-level key also makes the field it meant "missing",
        # and the did-you-mean on the typo is the message that helps
        def order(e: dict) -> tuple:
            return e.get("type") != "extra_forbidden", _line_for(lines, dotted(tuple(e["loc"]))) or 10**9

        errors = sorted(exc.errors(), key=order)
        described = [(*describe_error(e, model, lines), _column_for(lines, dotted(tuple(e["loc"])))) for e in errors]
        message, line, column = described[0]
        n = len(errors) - 1
        count = f" (and {n} more error{'s' if n > 1 else ''}; -v lists them)" if n else ""
        rest = [InputError(m, path, ln, col).render() for m, ln, col in described[1:]]
        raise InputError(message + count, path, line, column, more=rest) from None
    partnership = getattr(declared, "partnership", None)
    cohort = getattr(partnership, "cohort", None) or getattr(declared, "cohort", None) or "children"
    date = getattr(declared, "published", None)
    return Document(
        path=path,
        source="yaml",
        kind=kind,
        cohort=cohort,
        date=date,
        title=getattr(partnership, "name", None),
        declared=declared,
        lines=lines,
        guidance=getattr(declared, "guidance", None),
    )
