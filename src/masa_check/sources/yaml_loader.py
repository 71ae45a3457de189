"""Safe YAML loading that remembers where every value came from.

We compose the node graph with ``yaml.SafeLoader`` and build plain Python values ourselves, so
that we can: record the line of every field path (for evidence and error messages), refuse
duplicate keys, refuse non-standard tags (``!!python/object`` is never constructed), and bound
alias expansion ("billion laughs") and nesting depth.
"""

from __future__ import annotations

import os
from typing import Any

from masa_check.errors import InputError

MAX_YAML_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


def read_regular(path: str, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``. A pipe, device or socket
    is refused before anything is read (a FIFO would block for ever, ``/dev/zero`` never ends
    and reports size 0): it is opened without blocking and checked on the open descriptor, so
    nothing can be swapped in between; the read itself is bounded whatever the size said."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory, not a file", path)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("is not a regular file (a pipe, device or socket?); refusing to read it", path)
        if st.st_size > max_bytes:
            raise InputError(f"file is too large ({st.st_size:,} bytes; the limit for {what} is {max_bytes:,})", path)
        chunks, size = [], 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputError(f"file is too large (over {max_bytes:,} bytes, the limit for {what})", path)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror})", path) from None
    finally:
        os.close(fd)


def read_text(path: str, max_bytes: int = MAX_YAML_BYTES) -> str:
    """Read a regular file as UTF-8 text with a size limit and clear errors."""
    data = read_regular(path, max_bytes, "YAML" if max_bytes == MAX_YAML_BYTES else "this file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 text (byte 0x{data[exc.start]:02x})", path, line) from None
    if "\x00" in text:
        raise InputError("is a binary file, not YAML", path)
    return text


C_COMPOSER_MAX_NESTING = 2_000  # libyaml's composer was seen to crash at ~50,000 levels


def _nesting_bound(text: str) -> int:
    """A cheap upper bound on how deeply ``text`` can nest: every flow level needs a bracket, and
    every block level needs more indentation or an indicator ("- ", "? ") on its line."""
    longest = max(map(len, text.split("\n")), default=0)
    return text.count("[") + text.count("{") + 2 * longest + 2


def _shallow(text: str, yaml) -> bool:
    """Whether ``text`` nests at most :data:`C_COMPOSER_MAX_NESTING` levels. The cheap bound
    first; a text with long lines (a pack's long patterns) is measured exactly, from libyaml's
    event stream, which is produced without recursion. Text libyaml cannot parse is left to the
    Python composer, so its error message is the one it always was."""
    if _nesting_bound(text) <= C_COMPOSER_MAX_NESTING:
        return True
    starts = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, starts):
                depth += 1
                if depth > C_COMPOSER_MAX_NESTING:
                    return False
            elif isinstance(event, ends):
                depth -= 1
    except yaml.YAMLError:
        return False
    return True


def load_yaml(path: str, text: str | None = None) -> tuple[Any, dict[str, int]]:
    """Return (data, lines) where ``lines`` maps a dotted field path to its 1-based line."""
    import yaml

    if text is None:
        text = read_text(path)
    if not text.strip():
        raise InputError("is empty", path)
    try:
        # libyaml's C composer when present (10x faster on rule packs); same nodes and marks. It
        # recurses in C and crashes the interpreter (SIGSEGV) on very deep nesting, so it is used
        # only when the text cannot nest deeply; the Python composer raises RecursionError instead.
        fast = getattr(yaml, "CSafeLoader", None)
        loader = fast if fast is not None and _shallow(text, yaml) else yaml.SafeLoader
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line = mark.line + 1 if mark else None
        bad_line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
        if "\t" in bad_line[: len(bad_line) - len(bad_line.lstrip())] or "\\t" in problem:
            problem += " (YAML indentation must use spaces, not tabs)"
        col = mark.column + 1 if mark else None
        raise InputError(f"invalid YAML: {problem}", path, line, col) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", path) from None
    except RecursionError:
        raise InputError("invalid YAML: nesting is too deep", path) from None
    if node is None:
        raise InputError("is empty", path)
    builder = _Builder(path)
    data = builder.build(node, "", 0)
    return data, builder.lines


class LineMap(dict):
    """Dotted field path -> 1-based line, with ``columns`` (path -> 1-based column of its key)
    for messages in file:line:column form. A plain dict to everything that reads lines only."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.columns: dict[str, int] = {}

    def __reduce__(self):
        return (_line_map, (dict(self), self.columns))


def _line_map(lines: dict, columns: dict) -> LineMap:
    out = LineMap(lines)
    out.columns = columns
    return out


class _Builder:
    def __init__(self, path: str):
        import yaml

        self.path = path
        self.lines = LineMap()
        self.count = 0
        self._constructor = yaml.SafeLoader("")
        self._yaml = yaml

    def _err(self, node, message: str) -> InputError:
        return InputError(message, self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node, at: str, depth: int) -> Any:
        yaml = self._yaml
        self.count += 1
        if self.count > MAX_NODES:
            raise self._err(node, f"document has too many values (over {MAX_NODES:,}, counting each use of an alias)")
        if depth > MAX_DEPTH:
            raise self._err(node, f"nesting is deeper than {MAX_DEPTH} levels")
        if at and at not in self.lines:
            self.lines[at] = node.start_mark.line + 1
            self.lines.columns[at] = node.start_mark.column + 1
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                raise self._err(node, f"unsupported YAML tag {node.tag!r} (only plain values are allowed)")
            try:
                return self._constructor.construct_object(node, deep=True)
            except (yaml.YAMLError, ValueError) as exc:
                if node.tag == "tag:yaml.org,2002:timestamp":
                    raise self._err(node, f"not a date ({exc}); write it as YYYY-MM-DD, e.g. 2026-04-01") from None
                raise self._err(node, f"invalid value: {exc}") from None
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self._err(node, f"unsupported YAML tag {node.tag!r}")
            return [self.build(child, f"{at}[{i}]", depth + 1) for i, child in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                raise self._err(node, f"unsupported YAML tag {node.tag!r}")
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self._err(key_node, "mapping keys must be plain text")
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self._err(key_node, "YAML merge keys (<<) are not supported; write the fields out")
                key = str(self.build(key_node, "", depth + 1))
                if key in out:
                    raise self._err(key_node, f"duplicate key {key!r} (each key may appear once)")
                child_at = f"{at}.{key}" if at else key
                self.lines[child_at] = key_node.start_mark.line + 1
                self.lines.columns[child_at] = key_node.start_mark.column + 1
                out[key] = self.build(value_node, child_at, depth + 1)
            return out
        raise self._err(node, "unsupported YAML node")
