"""The services the window works with, built once by kiosk.ui.kiosk.build()."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from kiosk.services.speech import ReadAloud
from kiosk.session.post_settings import PostSettings


@dataclass
class Services:
    speech: ReadAloud
    post: PostSettings
    record: Callable[..., None] = lambda event, **fields: None   # anonymous figures
    stats: Any = None            # kiosk.services.stats.Stats, or None when the figures are off
    help_call: Any = None        # kiosk.services.help_call.HelpCall
    printer: Any = None          # kiosk.services.printing.PrintService
    handoff: Any = None          # kiosk.services.handoff.Handoff
    tray: Any = None             # kiosk.session.documents.DocumentTray: « Mes documents »
    scanner: Any = None          # kiosk.services.scanner.Scanner
