"""``python -m dvextract``: the command line."""

from .cli import main

raise SystemExit(main())
