"""Write a synthetic timeline project of N news clippings, for benchmarks.

    python benchmarks/make_corpus.py OUT_DIR [--articles N] [--seed S] [--days D]

The output is deterministic for a given N and seed: the same bytes every run. Articles come in
the shapes real clippings do: a headline, a dateline in one of several formats (or only a wire
lead carrying the date), a body of dated statements with relative mentions ("on Monday",
"last week", "next month", "in December"), background periods ("the 1910-1945 occupation"),
undated sentences, and page furniture (most-read lists, rankings, lone dashes). A fifth are
Markdown with front matter. About one story in four is reported twice by different outlets, so
merging has work to do; the reports of one story agree on its facts. Each article reports about
four events; 2,500 articles make a store of roughly 10,000 events. Stories fall on days spread
over ten years from 2015, or over ``--days`` days (a story followed closely: many events a day).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

CITIES = (
    ("TOKYO", "JST", 9), ("SEOUL", "KST", 9), ("LONDON", "GMT", 0), ("BERLIN", "CET", 1),
    ("NAIROBI", "EAT", 3), ("WASHINGTON", "EST", -5), ("SYDNEY", "AEST", 10),
    ("OTTAWA", "EST", -5), ("PARIS", "CET", 1), ("JAKARTA", "WIB", 7), ("LAGOS", "WAT", 1),
    ("BRASILIA", "BRT", -3), ("MANILA", "PHT", 8), ("MADRID", "CET", 1), ("HANOI", "ICT", 7),
)
AGENCIES = ("Reuters", "AP", "AFP", "Kyodo", "Harbour Wire", "Meridian Press")
OUTLETS = ("Coastal Times", "The Daily Ledger", "Northern Courier", "Capital Observer")
FIRST = ("Amara", "Jonas", "Keiko", "Rafael", "Ingrid", "Tomasz", "Leila", "Daniel", "Mei",
         "Oluwaseun", "Sofia", "Hiroshi", "Priya", "Marcus", "Elena", "Yusuf", "Clara", "Tariq",
         "Anya", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Greta", "Hamid", "Isabel",
         "Jun", "Kwame", "Lucia", "Mateo", "Nadia", "Omar", "Paulo", "Rania", "Sven", "Thandiwe",
         "Ugo", "Vera", "Wen")
LAST = ("Okafor", "Lindqvist", "Tanaka", "Moreno", "Haugen", "Kowalski", "Haddad", "Brenner",
        "Zhou", "Adeyemi", "Rossi", "Sato", "Raman", "Whitlock", "Petrova", "Demir", "Vogel",
        "Abara", "Bergstrom", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallo", "Horvath",
        "Ivanova", "Jensen", "Kimura", "Laurent", "Mensah", "Nakamura", "Oyelaran", "Pereira",
        "Quispe", "Rahman", "Schulz", "Takahashi", "Uchenna", "Valdez", "Wozniak", "Yilmaz")
ROLES = ("foreign minister", "finance minister", "prime minister", "central bank governor",
         "health minister", "opposition leader", "trade representative", "mayor",
         "defence minister", "chief executive")
TOPICS = (
    ("a trade agreement", "the agreement", "trade"),
    ("new fishing quotas", "the quotas", "fisheries"),
    ("a power grid link", "the grid link", "energy"),
    ("emergency flood funding", "the funding", "floods"),
    ("a vaccine supply deal", "the deal", "health"),
    ("a border crossing reopening", "the crossing", "borders"),
    ("a rail tunnel project", "the tunnel", "transport"),
    ("rules on data centres", "the rules", "technology"),
    ("a ceasefire proposal", "the proposal", "security"),
    ("a port expansion", "the expansion", "shipping"),
)
VERBS_PAST = ("announced", "signed", "approved", "rejected", "presented", "defended",
              "criticised", "welcomed")
HISTORY = (
    "the {a}-{b} occupation", "the {a}-{b} civil war", "the {a}-{b} boom",
    "the {a}-{b} dispute", "the {a}-{b} reconstruction",
)
FURNITURE_LABELS = ('"World" POPULAR ARTICLE', "NX ACCESS RANKING", "MOST READ", "TOP STORIES",
                    "RELATED", "Recommended Stories")
HEADLINE_WORDS = ("Markets", "Rally", "Storm", "Warning", "Council", "Votes", "Rail", "Fares",
                  "Rise", "Election", "Talks", "Stall", "Festival", "Returns", "Drought",
                  "Eases", "Ministers", "Meet", "Port", "Strike", "Ends", "Summit", "Opens")


def _person(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)


def _headline(rng: random.Random) -> str:
    return " ".join(rng.choice(HEADLINE_WORDS) for _ in range(rng.randint(4, 8)))


def _dateline(rng: random.Random, when: datetime, zone: str) -> str:
    form = rng.randrange(4)
    month = MONTHS[when.month - 1]
    if form == 0:
        return f"{when:%H:%M} {zone}, {month} {when.day}, {when.year}"
    if form == 1:
        weekday = WEEKDAYS[when.weekday()]
        return f"Posted: {when:%H:%M} {zone}, {weekday}, {month} {when.day}, {when.year}"
    if form == 2:
        return f"{when:%a} {when.day} {month[:3]} {when.year} {when:%H.%M} {zone}"
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{MONTH_ABBR[when.month - 1]} {when.day}, {when.year}, {hour}:{when:%M} {ampm} {zone}"


@dataclass(frozen=True)
class Story:
    """One happening that one or two outlets report."""

    day: date
    person: tuple[str, str]
    other: tuple[str, str]
    topic: tuple[str, str, str]
    verb: str
    city: tuple[str, str, int]
    history: str
    days_before: int  # when the other person spoke, before the story's day
    months_ahead: int  # when a decision is expected


def _story(rng: random.Random, day: date) -> Story:
    first = rng.randint(1900, 1990)
    return Story(
        day=day, person=_person(rng), other=_person(rng), topic=rng.choice(TOPICS),
        verb=rng.choice(VERBS_PAST), city=rng.choice(CITIES),
        history=rng.choice(HISTORY).format(a=first, b=first + rng.randint(2, 30)),
        days_before=rng.randint(1, 5), months_ahead=rng.randint(1, 5),
    )


def _body(rng: random.Random, story: Story) -> list[str]:
    (name, role), (other, other_role) = story.person, story.other
    topic, short, _tag = story.topic
    verb, day = story.verb, story.day
    said_day = WEEKDAYS[day.weekday()]
    earlier_day = WEEKDAYS[(day - timedelta(days=story.days_before)).weekday()]
    future_month = MONTHS[(day.month + story.months_ahead - 1) % 12]
    paras = [
        f"{role.capitalize()} {name} {verb} {topic}, {name.split()[1]} said on {said_day}, "
        f"after talks with {other_role} {other}.",
        f"The plan follows {story.history}, which still shapes relations in the region.",
        f"On {earlier_day}, {other} said {short} could be ready \"within weeks\".",
        f"Officials will meet again next week to settle the remaining details, "
        f"{name.split()[1]} told reporters.",
        f"A final decision on {short} is expected in {future_month}.",
        f"Critics said {short} had been delayed three weeks ago by a dispute over costs.",
        "Analysts said the outcome would depend on how quickly parliament acts.",
    ]
    return paras[:1] + rng.sample(paras[1:], k=rng.randint(3, 6))


def _furniture(rng: random.Random) -> list[str]:
    lines = [rng.choice(FURNITURE_LABELS)]
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.5:
            lines.append("-")
            lines.append(_headline(rng))
        else:
            lines.append(f"- {_headline(rng)}")
    return lines


def _article(rng: random.Random, story: Story, outlet: int) -> tuple[str, str]:
    city, zone, offset = story.city
    day = story.day
    published = datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randrange(60),
                         tzinfo=timezone(timedelta(hours=offset)))
    agency = AGENCIES[(outlet + rng.randrange(len(AGENCIES))) % len(AGENCIES)]
    title = f"{story.person[0]} {story.verb} {story.topic[0]}"
    body = _body(rng, story)
    markdown = rng.random() < 0.2
    if markdown:
        sign = "+" if offset >= 0 else "-"
        stamp = f"{published:%Y-%m-%dT%H:%M:00}{sign}{abs(offset):02d}:00"
        tag = story.topic[2]
        front = (f"---\ntitle: \"{title}\"\ndate: {stamp}\nsource: {OUTLETS[outlet % 4]}\n"
                 f"url: https://example.org/{outlet}/{day:%Y/%m/%d}/{rng.randrange(10**6)}\n"
                 f"tags: [{tag}]\n---\n")
        return "md", front + "\n\n".join([f"{city} ({agency}) – {body[0]}", *body[1:]]) + "\n"
    lines = [title]
    if rng.random() < 0.15:  # only a wire lead carries the date
        lead = f"{city}, {MONTHS[day.month - 1]} {day.day}, {day.year} ({agency}) - "
    else:
        lines.append(_dateline(rng, published, zone))
        lead = f"{city} ({agency}) – "
    lines.append(lead + body[0])
    lines.extend(body[1:])
    if rng.random() < 0.7:
        lines.extend(_furniture(rng))
    return "txt", "\n".join(lines) + "\n"


def make_corpus(out: Path, articles: int, seed: int = 1, days: int = 365 * 10) -> list[Path]:
    """Write a project with ``articles`` clippings into ``out``; return the article paths."""
    rng = random.Random(seed)
    folder = out / "content" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (out / "content" / "events").mkdir(parents=True, exist_ok=True)
    (out / "timeline.yaml").write_text(
        f"title: Synthetic corpus ({articles} articles, seed {seed})\ntimezone: UTC\n",
        encoding="utf-8",
    )
    written: list[Path] = []
    start = date(2015, 1, 1)
    count = 0
    while count < articles:
        story = _story(rng, start + timedelta(days=rng.randrange(days)))
        for outlet in range(2 if rng.random() < 0.25 else 1):
            if count == articles:
                break
            suffix, text = _article(rng, story, outlet)
            day = story.day
            path = folder / f"{day:%Y}" / f"{day:%Y-%m-%d}-{count:05d}.{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
            count += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the project into")
    parser.add_argument("-n", "--articles", type=int, default=2500,
                        help="number of articles (default 2500, about 10,000 events)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=365 * 10,
                        help="days the stories are spread over (default ten years)")
    args = parser.parse_args()
    written = make_corpus(args.out, args.articles, args.seed, args.days)
    print(f"wrote {len(written)} articles to {args.out / 'content' / 'articles'}")


if __name__ == "__main__":
    main()
