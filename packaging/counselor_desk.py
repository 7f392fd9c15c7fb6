"""Entry point of the PyInstaller bundle: the same command line as ``counselor-app``."""

import sys

from counselor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
