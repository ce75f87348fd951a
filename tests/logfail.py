"""An unexpected WARNING or ERROR log record fails the test that produced it.

qutebrowser's tests/helpers/logfail.py is the model. A test that expects such a record says so:
``caplog.at_level(…)`` / ``caplog.set_level(…)`` around what logs it (the records are then the
test's to check), or the ``logs_problems`` marker for a whole test.
"""
from __future__ import annotations

import logging

import pytest
from _pytest.logging import caplog_handler_key


class LogFailHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.item: pytest.Item | None = None
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        item = self.item
        if item is None or item.get_closest_marker("logs_problems"):
            return
        caplog = item.stash.get(caplog_handler_key, None)
        if caplog is not None and 0 < caplog.level <= record.levelno:
            return                        # the test watches the log at this level: its own to check
        self.unexpected.append(record)


HANDLER = LogFailHandler()
logging.getLogger().addHandler(HANDLER)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    HANDLER.item, HANDLER.unexpected = item, []
    try:
        result = yield
    finally:
        HANDLER.item = None
    if HANDLER.unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in HANDLER.unexpected)
        pytest.fail("unexpected log records (use caplog.at_level or the logs_problems marker "
                    f"when they are what the test wants):\n{lines}", pytrace=False)
    return result
