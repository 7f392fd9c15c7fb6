"""Counselor desk: the desktop workspace for crisis lines that take calls diverted from 911."""

from importlib import metadata as _metadata

APP_ID = "org.counselordesk.CounselorDesk"
APP_NAME = "Counselor desk"
DIST_NAME = "counselor-desk"

try:
    __version__ = _metadata.version(DIST_NAME)
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
