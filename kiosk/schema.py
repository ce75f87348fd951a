"""Reading TOML data files with precise, plain error messages.

Both the site configuration and the guide files are TOML written by people who are not
programmers. Every problem is reported with the file, the line when it can be found, the
path of the value (``screens[3].source.url``) and what was expected, and all problems of a
file are collected instead of stopping at the first.
"""
from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class DataError(Exception):
    """A data file could not be used; ``problems`` says why, precisely."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def load_toml(path: Path) -> tuple[dict, str]:
    """Parse a TOML file; raise DataError naming the line of a syntax error."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError([Problem(str(path), None, "", f"cannot be read ({exc.strerror})")]) from None
    except UnicodeDecodeError:
        raise DataError([Problem(str(path), None, "", "is not UTF-8 text")]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise DataError([Problem(str(path), line, "", f"is not valid TOML: {exc}")]) from None


class LineFinder:
    """Finds, approximately, the line of a value path in TOML source text."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def find(self, path: str) -> int | None:
        start, end = 0, len(self.lines)
        for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
            if part.startswith("["):
                continue
            found = self._find_in(part, path, start, end)
            if found is None:
                return start + 1 if start else None
            start = found
        return start + 1

    def _find_in(self, key: str, path: str, start: int, end: int) -> int | None:
        index = self._index_after(key, path)
        headers = [i for i in range(start, end)
                   if re.match(rf"\s*\[\[\s*(?:[\w.-]+\.)?{re.escape(key)}\s*\]\]", self.lines[i])]
        if headers:
            return headers[min(index or 0, len(headers) - 1)]
        for i in range(start, end):
            if re.match(rf"\s*(\[\s*(?:[\w.-]+\.)?)?{re.escape(key)}\s*(=|\])", self.lines[i]):
                return i
        return None

    @staticmethod
    def _index_after(key: str, path: str) -> int | None:
        match = re.search(rf"{re.escape(key)}\[(\d+)\]", path)
        return int(match.group(1)) if match else None


class Reader:
    """Typed access to one table of a TOML document, collecting problems."""

    def __init__(self, data: dict, file: str, problems: list[Problem],
                 lines: LineFinder | None = None, path: str = ""):
        self.data = data if isinstance(data, dict) else {}
        self.file, self.problems, self.lines, self.path = file, problems, lines, path

    def where(self, key: str = "") -> str:
        if not key:
            return self.path
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str, message: str) -> None:
        path = self.where(key)
        line = self.lines.find(path) if self.lines else None
        self.problems.append(Problem(self.file, line, path, message))

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, required: bool, default, expected: str):
        if key not in self.data:
            if required:
                self.problem(key, f"is missing: expected {expected}")
            return default, False
        return self.data[key], True

    def text(self, key: str, default: str | None = "", required: bool = False) -> str:
        value, found = self._get(key, required, default, "a text in quotes")
        if not found:
            return default
        if not isinstance(value, str):
            self.problem(key, f"expected a text in quotes, got {value!r}")
            return default
        if required and not value.strip():
            self.problem(key, "is empty: expected a text")
        return value.strip()

    def integer(self, key: str, default: int, minimum: int, maximum: int, unit: str = "") -> int:
        value, found = self._get(key, False, default, "a whole number")
        if not found:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            self.problem(key, f"expected a whole number{unit} from {minimum} to {maximum}, got {value!r}")
            return default
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value, found = self._get(key, False, default, "true or false")
        if found and not isinstance(value, bool):
            self.problem(key, f"expected true or false, got {value!r}")
            return default
        return value

    def choice(self, key: str, default: str, choices: tuple[str, ...], required: bool = False) -> str:
        value, found = self._get(key, required, default, "one of " + ", ".join(choices))
        if found and value not in choices:
            self.problem(key, f"expected one of {', '.join(choices)}, got {value!r}")
            return default
        return value

    def date(self, key: str, required: bool = False) -> _dt.date | None:
        value, found = self._get(key, required, None, "a date written 2026-11-25")
        if not found:
            return None
        if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
            self.problem(key, f"expected a date written 2026-11-25 (no quotes), got {value!r}")
            return None
        return value

    def texts(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value, found = self._get(key, False, default, "a list of texts")
        if not found:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, f'expected a list of texts like ["a", "b"], got {value!r}')
            return default
        return tuple(v.strip() for v in value)

    def table(self, key: str, required: bool = False) -> "Reader":
        value, found = self._get(key, required, {}, "a table")
        if found and not isinstance(value, dict):
            self.problem(key, f"expected a table, got {value!r}")
            value = {}
        return Reader(value, self.file, self.problems, self.lines, self.where(key))

    def tables(self, key: str, required: bool = False) -> list["Reader"]:
        value, found = self._get(key, required, [], f"one or more [[{key}]] tables")
        if not found:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(key, f"expected [[{key}]] tables, got {type(value).__name__}")
            return []
        return [Reader(v, self.file, self.problems, self.lines, f"{self.where(key)}[{i}]")
                for i, v in enumerate(value)]

    def unknown_keys(self, known: set[str]) -> None:
        for key in self.data:
            if key not in known:
                self.problem(key, "is not a known field (a typing mistake?); known: "
                             + ", ".join(sorted(known)))
