"""A calendar reminder for the phone: one compact iCalendar event (RFC 5545) for a QR code.

The guide's first next step that comes back (``every_months``: every N months, such as the
quarterly RSA declaration) or falls on a day (``in_days``) becomes an all-day event; phones add
it to their calendar when they scan the code. The summary's next steps are those of the end the
visitor reached (or of a visitor who stopped on the way), so the reminder fits that end.
"""
from __future__ import annotations

import datetime as _dt
import uuid

from kiosk.summary.builder import REPEATS, Reminder, Summary, add_months

SUMMARY_CHARS = 120


def reminder(summary: Summary) -> Reminder | None:
    return next((r for r in summary.next_steps if r.due or r.every_months or r.in_days), None)


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 bytes, continued on the next line after a space, never inside a letter."""
    parts, current = [], ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = ""
        current += char
    parts.append(current)
    return "\r\n ".join(parts)


def _uid(summary: Summary, found: Reminder) -> str:
    """The same for the same visit and reminder: scanning the code twice adds one event, not two."""
    key = f"{summary.guide_id}|{summary.when.isoformat()}|{summary.post}|{found.text}"
    return uuid.uuid5(uuid.NAMESPACE_URL, key).hex[:16]


def ical_event(summary: Summary) -> str | None:
    """The VCALENDAR with one VEVENT for the summary's reminder, or None if there is none."""
    found = reminder(summary)
    if found is None:
        return None
    day = summary.when.date()
    start = found.due or (add_months(day, found.every_months) if found.every_months else
                          day + _dt.timedelta(days=found.in_days))
    text = found.text if len(found.text) <= SUMMARY_CHARS else found.text[:SUMMARY_CHARS - 1] + "…"
    stamp = summary.when.astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pas a pas//FR", "BEGIN:VEVENT",
        f"UID:{_uid(summary, found)}@pas-a-pas",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"SUMMARY:{_escape(text)}",
    ]
    if found.every_months:
        count = f";COUNT={REPEATS}" if found.due else ""
        lines.append(f"RRULE:FREQ=MONTHLY;INTERVAL={found.every_months}{count}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
