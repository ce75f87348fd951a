"""The take-away summary of a visit, built from the journey. Plain data, no widgets.

Everything in a ``Summary`` comes from the guide, the content pack, the site configuration,
or the note the visitor typed for this print; nothing else. The words the kiosk adds
(headings, « oui », « non »…) are interface texts, looked up in the summary's language through
the Catalogue, so that the printed page can carry French and the visitor's language at once.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass, field, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.catalogue import catalogue
from kiosk.languages import RIGHT_TO_LEFT
from kiosk.guides.loader import STOPPED
from kiosk.guides.model import Checklist, End, Guide, Question, Step
from kiosk.guides.suggestions import met
from kiosk.summary.sources import name, verification

COMPLETED, ENDED_EARLY, STOPPED = "completed", "ended-early", "stopped"
REPEATS = 3               # a recurring reminder from a picked month: the next three dates


@dataclass(frozen=True)
class Words:
    """The kiosk's own words on a summary, in one language (French is the source)."""
    heading: str = QT_TRANSLATE_NOOP("Summary", "Résumé de votre démarche")
    completed: str = QT_TRANSLATE_NOOP("Summary", "Démarche terminée")
    ended_early: str = QT_TRANSLATE_NOOP("Summary", "Le guide s'arrête ici : un professionnel "
                                                    "peut vous aider")
    stopped_step: str = QT_TRANSLATE_NOOP("Summary", "Arrêté à l'étape %1 sur %2 : %3")
    stopped_other: str = QT_TRANSLATE_NOOP("Summary", "Arrêté avant la fin : %1")
    when: str = QT_TRANSLATE_NOOP("Summary", "Le %1 à %2")
    answers: str = QT_TRANSLATE_NOOP("Summary", "Vos réponses")
    steps_done: str = QT_TRANSLATE_NOOP("Summary", "Ce que vous avez fait")
    documents: str = QT_TRANSLATE_NOOP("Summary", "Vos documents")
    missing: str = QT_TRANSLATE_NOOP("Summary", "Documents qui manquent encore")
    ready: str = QT_TRANSLATE_NOOP("Summary", "Documents prêts")
    sent: str = QT_TRANSLATE_NOOP("Summary", "Documents joints sur un site officiel pendant la visite")
    next_steps: str = QT_TRANSLATE_NOOP("Summary", "À faire ensuite")
    every_months: str = QT_TRANSLATE_NOOP("Summary", "tous les %1 mois")
    in_days: str = QT_TRANSLATE_NOOP("Summary", "dans %1 jours")
    by_date: str = QT_TRANSLATE_NOOP("Summary", "au plus tard le %1")
    from_date: str = QT_TRANSLATE_NOOP("Summary", "à partir du %1")
    weeks: str = QT_TRANSLATE_NOOP("Summary", "%1 semaines")
    dates: str = QT_TRANSLATE_NOOP("Summary", "les %1")
    who: str = QT_TRANSLATE_NOOP("Summary", "Qui voir au pôle social")
    address: str = QT_TRANSLATE_NOOP("Summary", "Adresse")
    transport: str = QT_TRANSLATE_NOOP("Summary", "Accès")
    hours: str = QT_TRANSLATE_NOOP("Summary", "Horaires")
    phone: str = QT_TRANSLATE_NOOP("Summary", "Téléphone")
    links: str = QT_TRANSLATE_NOOP("Summary", "Sites officiels")
    suggestions: str = QT_TRANSLATE_NOOP("Summary", "Vous pourriez aussi…")
    sources: str = QT_TRANSLATE_NOOP("Summary", "D'où viennent ces informations")
    more: str = QT_TRANSLATE_NOOP("Summary", "… suite sur la feuille imprimée")
    note: str = QT_TRANSLATE_NOOP("Summary", "Pour le conseiller")
    reference: str = QT_TRANSLATE_NOOP("Summary", "Référence du résumé envoyé au pôle social : %1")
    scan: str = QT_TRANSLATE_NOOP("Summary", "Scannez avec votre téléphone")
    version: str = QT_TRANSLATE_NOOP("Summary", "Contenu version %1 du %2")
    yes: str = QT_TRANSLATE_NOOP("Summary", "oui")
    no: str = QT_TRANSLATE_NOOP("Summary", "non")
    unsure: str = QT_TRANSLATE_NOOP("Summary", "je ne sais pas")

    @classmethod
    def of(cls, language: str) -> Words:
        words = catalogue(language)
        return cls(**{f.name: words.text("Summary", f.default) for f in fields(cls)})

    def answer(self, answer_id: str) -> str:
        return {"oui": self.yes, "non": self.no, "nsp": self.unsure}.get(answer_id, answer_id)


@dataclass(frozen=True)
class Document:
    label: str
    hint: str
    ready: bool


@dataclass(frozen=True)
class Reminder:
    text: str
    every_months: int = 0
    in_days: int = 0
    due: _dt.date | None = None     # computed from a picked value: a deadline or a first date
    deadline: bool = False          # « au plus tard le … » (else « à partir du … »)


@dataclass(frozen=True)
class Suggested:
    """« Vous pourriez aussi… »: another guide of the kiosk, or an official page."""
    title: str
    why: str
    guide: str = ""
    url: str = ""


@dataclass(frozen=True)
class Cited:
    """A source of what the visitor read, and what was really done to check it."""
    name: str
    url: str
    verification: str


@dataclass(frozen=True)
class Contact:
    label: str
    does: str


@dataclass(frozen=True)
class Site:
    name: str
    address: str
    transport: str
    hours: str
    phone: str


@dataclass(frozen=True)
class Summary:
    language: str
    words: Words
    guide_id: str
    title: str
    outcome: str              # COMPLETED, ENDED_EARLY or STOPPED
    outcome_line: str         # « Démarche terminée », « Arrêté à l'étape 3 sur 5 : … »
    outcome_text: str         # the guide's own words at its end, if it reached one
    when: _dt.datetime
    post: str
    answers: tuple[tuple[str, str], ...]      # (« Compte CAF », « non »)
    steps_done: tuple[str, ...]
    documents: tuple[Document, ...]
    next_steps: tuple[Reminder, ...]
    contacts: tuple[Contact, ...]
    site: Site
    links: tuple[tuple[str, str], ...]        # (title, address)
    content_version: str
    content_date: _dt.date
    visitor_note: str = field(default="", repr=False)
    reference: str = ""       # given by the hand-off, when the visitor agreed to send it
    sent: tuple[str, ...] = ()   # names of the documents given to a site (« Pièce d'identité »)
    suggestions: tuple[Suggested, ...] = ()
    sources: tuple[Cited, ...] = ()
    end: str = STOPPED        # the id of the end reached, or "stopped"
    french: Summary | None = field(default=None, repr=False)   # the same, in French, if not French

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(d.label for d in self.documents if not d.ready)

    @property
    def date_text(self) -> str:
        return self.when.strftime("%d/%m/%Y")

    @property
    def time_text(self) -> str:
        return self.when.strftime("%H:%M")

    @property
    def when_line(self) -> str:
        return self.words.when.replace("%1", self.date_text).replace("%2", self.time_text)

    @property
    def version_line(self) -> str:
        return self.words.version.replace("%1", self.content_version).replace(
            "%2", self.content_date.strftime("%d/%m/%Y"))

    def reminder_when(self, reminder: Reminder) -> str:
        """« au plus tard le 13/01/2027 », « à partir du 01/03/2027, tous les 3 mois »,
        « tous les 3 mois », « dans 10 jours », or nothing."""
        if reminder.due and reminder.every_months:          # the next three: « les 01/03, 01/06, … »
            days = [add_months(reminder.due, reminder.every_months * i) for i in range(REPEATS)]
            return self.words.dates.replace("%1", ", ".join(d.strftime("%d/%m/%Y") for d in days))
        if reminder.due:
            day = reminder.due.strftime("%d/%m/%Y")
            return (self.words.by_date if reminder.deadline else self.words.from_date).replace("%1", day)
        if reminder.every_months:
            return self.words.every_months.replace("%1", str(reminder.every_months))
        if reminder.in_days:
            return self.words.in_days.replace("%1", str(reminder.in_days))
        return ""

    def reminder_line(self, reminder: Reminder) -> str:
        """The next step's text, with « (tous les 3 mois) » when it comes back."""
        when = self.reminder_when(reminder)
        return f"{reminder.text} ({when})" if when else reminder.text


def _outcome(journey, guides, words: Words) -> tuple[str, str, str]:
    """In the summary's language, whatever the language the journey was made in."""
    place = journey.place
    guide = guides(place.guide)
    where = guide.screen(place.screen)
    if isinstance(where, End) and not journey.in_detour:
        return ((COMPLETED, words.completed, where.outcome) if where.completed
                else (ENDED_EARLY, words.ended_early, where.outcome))
    if isinstance(where, Step):
        progress = journey.progress()
        line = (words.stopped_step.replace("%1", str(progress.number))
                .replace("%2", str(progress.total)).replace("%3", where.title))
    else:
        name = {Question: "text", Checklist: "title", End: "title"}[type(where)]
        line = words.stopped_other.replace("%1", getattr(where, name))
    if journey.in_detour:
        line = f"{line} ({guide.title})"
    return STOPPED, line, ""


def add_months(day: _dt.date, months: int) -> _dt.date:
    """The same day ``months`` later, or the last day of that month (31 January + 1 → 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _picked_text(unit: str, value, words: Words) -> str:
    if unit == "weeks":
        return words.weeks.replace("%1", str(value))
    year, month = str(value).split("-")
    return f"{month}/{year}"


def _reminder(step, guide: Guide, value, today: _dt.date) -> Reminder:
    """The next step, with the date its picked value gives (none if the date is already past)."""
    if not step.on or value is None:
        return Reminder(step.text, step.every_months, step.in_days)
    pick = guide.screen(step.on).pick
    if pick.unit == "weeks":
        due = today + _dt.timedelta(weeks=step.at_week - int(value))
        return Reminder(step.text, step.every_months, 0, due if due > today else None, True)
    year, month = (int(p) for p in str(value).split("-"))
    return Reminder(step.text, step.every_months, 0, _dt.date(year, month, 1), False)


def _suggestions(journey, library, language: str, visited, left) -> tuple[Suggested, ...]:
    opened = {p.guide for p in visited} | {journey.guide_id}
    answers = {key: a for key, a in journey.answers.items() if key in left}
    ends = {(p.guide, p.screen) for p in visited
            if isinstance(library.guide(p.guide).screen(p.screen), End)}
    found = []
    for rule in met(library.content(language).suggestions, opened, answers, ends):
        title = library.guide(rule.guide, language).title if rule.guide in library.ids else rule.title
        found.append(Suggested(title, rule.why, rule.guide, rule.url))
    return tuple(found)


def _sources(visited, guides, library, language: str) -> tuple[Cited, ...]:
    """The sources of the questions and steps the visitor saw, each once."""
    cited, seen = [], set()
    content = library.content(language)
    for place in visited:
        source = getattr(guides(place.guide).screen(place.screen), "source", None)
        if source is None or (source.url, source.title) in seen:
            continue
        seen.add((source.url, source.title))
        role = content.checker(source.checked_by)
        cited.append(Cited(name(source), source.url,
                           verification(source, language, role.label if role else "")))
    return tuple(cited)


def build_summary(journey, library, config, language: str, now: _dt.datetime,
                  visitor_note: str = "", reference: str = "", sent: tuple[str, ...] = ()) -> Summary:
    """The summary of ``journey`` in ``language``; with its French twin when not French."""
    def guides(guide_id: str) -> Guide:
        return library.guide(guide_id, language)

    words = Words.of(language)
    main = guides(journey.guide_id)
    visited = list(journey.history) + [journey.place]
    left = {(p.guide, p.screen) for p in journey.history}      # answered or done, then moved on

    answers = []
    for (guide_id, question_id), answer_id in journey.answers.items():
        if (guide_id, question_id) not in left:
            continue                      # answered, then gone back: not on the way taken
        question = guides(guide_id).screen(question_id)
        if not isinstance(question, Question) or not question.summary_label:
            continue
        answer = next((a for a in question.answers if a.id == answer_id), None)
        value = journey.picked.get((guide_id, question_id))
        if answer is not None and value is not None and question.pick is not None:
            answers.append((question.summary_label, _picked_text(question.pick.unit, value, words)))
        elif answer is not None:
            answers.append((question.summary_label, answer.label or words.answer(answer.id)))

    steps_done = []
    for guide_id, step_ids in journey.steps_done.items():
        guide = guides(guide_id)
        for step_id in step_ids:
            if (guide_id, step_id) in left:
                title = guide.screen(step_id).title
                steps_done.append(title if guide_id == main.id else f"{guide.title} : {title}")

    documents, listed = [], set()
    for place in visited:
        screen = guides(place.guide).screen(place.screen)
        if isinstance(screen, Checklist) and (place.guide, screen.id) not in listed:
            listed.add((place.guide, screen.id))
            ticked = journey.ticked.get((place.guide, screen.id), set())
            documents += [Document(i.label, i.hint, i.id in ticked) for i in screen.items]

    content = library.content(language)
    contacts = []
    for helper in main.helpers:
        profession = content.profession(helper)
        if profession is not None:
            contacts.append(Contact(profession.label, profession.does))

    outcome, outcome_line, outcome_text = _outcome(journey, guides, words)
    end = journey.place.screen if outcome != STOPPED else STOPPED
    own = {q: a for (g, q), a in journey.answers.items() if g == main.id and (g, q) in left}
    next_steps = tuple(_reminder(n, main, journey.picked.get((main.id, n.on)), now.date())
                       for n in main.next_steps if n.fits(end, own))
    s = config.site
    return Summary(
        language=language, words=words, guide_id=main.id, title=main.title, outcome=outcome,
        outcome_line=outcome_line, outcome_text=outcome_text, when=now, post=config.kiosk.post,
        answers=tuple(answers), steps_done=tuple(steps_done), documents=tuple(documents),
        next_steps=next_steps, end=end,
        suggestions=_suggestions(journey, library, language, visited, left),
        sources=_sources(visited, guides, library, language),
        contacts=tuple(contacts), site=Site(s.name, s.address, s.transport, s.hours, s.phone),
        links=tuple((link.title, link.url) for link in main.links),
        content_version=content.version, content_date=content.date,
        visitor_note=visitor_note.strip(), reference=reference, sent=tuple(sent),
        french=None if language == "fr" else build_summary(journey, library, config, "fr", now,
                                                           visitor_note, reference, sent),
    )


def for_handoff(summary: Summary) -> dict:
    """What the pôle receives when the visitor agrees: the summary in French, as plain JSON data."""
    s = summary.french or summary
    return {
        "guide": s.guide_id, "title": s.title, "outcome": s.outcome, "outcome_line": s.outcome_line,
        "when": s.when.strftime("%Y-%m-%dT%H:%M"), "post": s.post, "language": summary.language,
        "answers": [list(a) for a in s.answers], "steps_done": list(s.steps_done),
        "missing": list(s.missing), "next_steps": [r.text for r in s.next_steps],
        "sent": list(s.sent),
        "suggestions": [g.title for g in s.suggestions],
        "note": s.visitor_note, "content_version": s.content_version,
    }
