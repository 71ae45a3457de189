"""Writing what the user asked for (reports, drafts, starters, schemas): by temporary file and
rename, so a reader never sees half a file and Ctrl-C leaves none; never over an input in use;
with the user's umask (mkstemp's 0600 would hide a gap report from colleagues); any OS error is
one line naming the path and the cause."""

from __future__ import annotations

import os
from pathlib import Path

from masa_check.errors import InputError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str, data: str | bytes, protected: set[str], what: str = "report") -> None:
    """Write ``data`` to ``path`` (``what`` names it in errors); refuse a path in ``protected``."""
    import tempfile

    target = Path(path)
    if str(target.resolve()) in protected:
        raise InputError(
            f"refusing to overwrite an input (a document, the config or a pack in use) with a {what}", path
        )
    if target.is_dir():
        raise InputError(f"cannot write the {what}: this is a directory", path)
    for parent in target.parents:  # mkdir's "File exists" would not say which
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"cannot write the {what}: {parent} is not a directory", path)
            break
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=str(target.parent))
    except OSError as exc:
        raise InputError(f"cannot write the {what} ({exc.strerror or exc})", path) from None
    mode = "wb" if isinstance(data, bytes) else "w"
    try:
        with os.fdopen(fd, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""})) as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write the {what} ({exc.strerror or exc})", path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
