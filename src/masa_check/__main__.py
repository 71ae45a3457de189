"""The ``masa-check`` command and ``python -m masa_check``.

``--version`` (``-V``) is answered here, before the command line's own modules (typer, click,
rich) are imported: a version check should cost an interpreter's start, not the tool's.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from masa_check import __version__

        sys.stdout.write(f"masa-check {__version__}\n")
        sys.stdout.flush()
        raise SystemExit(0)
    from masa_check.cli import main as run

    run()


if __name__ == "__main__":
    main()
