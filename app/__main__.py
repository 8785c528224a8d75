"""`python -m app` starts Netwerkimpact, like the `netimpact` command."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
