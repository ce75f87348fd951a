"""« Vous pourriez aussi… »: which rules of content.toml the answers of a visit meet. Plain data.

A rule's conditions (``Suggestion.when``) must all hold: « guide » (the guide was opened in this
visit), « guide.question=answer|answer » (that question was answered so, on the way taken), or
« guide@end » (that end was reached). The guide the visitor is doing, or already did in this
visit, is never suggested.
"""
from __future__ import annotations

from kiosk.guides.model import Suggestion


def holds(condition: str, opened: set[str], answers: dict[tuple[str, str], str],
          ends: set[tuple[str, str]]) -> bool:
    if "@" in condition:
        guide, end = condition.split("@", 1)
        return (guide, end) in ends
    if "." in condition:
        guide, rest = condition.split(".", 1)
        question, _, wanted = rest.partition("=")
        return answers.get((guide, question)) in wanted.split("|")
    return condition in opened


def met(rules: tuple[Suggestion, ...], opened: set[str], answers: dict[tuple[str, str], str],
        ends: set[tuple[str, str]]) -> list[Suggestion]:
    """The rules met, in the order written, one per guide or page, none for a guide opened."""
    found, seen = [], set(opened)
    for rule in rules:
        target = rule.guide or rule.url
        if target in seen or not all(holds(c, opened, answers, ends) for c in rule.when):
            continue
        seen.add(target)
        found.append(rule)
    return found
