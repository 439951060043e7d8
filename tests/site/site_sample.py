"""A small invented news story as events and articles, built directly (no reader, no store).

Three articles on a fictional Chilean copper-mine dispute and a Kenyan drought, 30-odd events:
day, time, month, year and decade precision, periods, several sources, tags, a hidden event, a
manual event, Markdown with a raw-HTML and a javascript: link.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from timeline.model import Article, Event, Paragraph, Source
from timeline.timeml import range_span, span

CLT = timezone(timedelta(hours=-4), "CLT")
EAT = timezone(timedelta(hours=3), "EAT")
CET = timezone(timedelta(hours=1), "CET")


def article(path: str, title: str, dateline: str, published: datetime, paragraphs: list[str],
            **extra: object) -> Article:
    paras, at = [], 0
    for n, text in enumerate(paragraphs):
        paras.append(Paragraph(text, at, n + 3))
        at += len(text) + 1
    return Article(path, title, dateline, published, tuple(paras), **extra)  # type: ignore[arg-type]


ARTICLES = [
    article(
        "content/articles/antofagasta-strike.txt",
        "Chile copper miners end strike after pay deal",
        "09:15 CLT, March 3, 2023", datetime(2023, 3, 3, 9, 15, tzinfo=CLT),
        [
            "Workers at the Cerro Alto copper mine voted on Thursday to end a 19-day strike, "
            "union leader Marisol Araya said, after the company offered a 6 percent raise.",
            "The stoppage began on February 12 and cut output at the mine by about a third.",
            "Mining minister Tomás Vidal called the deal “a sign that dialogue works” and said "
            "talks on a new royalty law would resume in April.",
            "Copper prices rose 2 percent in London on the news.",
            "The mine was run by the state from 1971 to 1989 before it was sold.",
        ],
        place="ANTOFAGASTA", agency="Reuters", url="https://news.example.com/chile-strike",
        source="Example Wire", tags=("chile",),
    ),
    article(
        "content/articles/royalty-vote.md",
        "Chile's Senate passes copper royalty law",
        "May 17, 2023", datetime(2023, 5, 17, 18, 40, tzinfo=CLT),
        [
            "Chile's Senate approved a new royalty on large copper miners on Wednesday, "
            "ending two years of debate.",
            "Mining minister Tomás Vidal said the law would take effect in January 2024.",
            "Union leader Marisol Araya, whose members struck at Cerro Alto in March, welcomed "
            "the vote.",
        ],
        agency="AP", url="https://press.example.org/royalty", source="Daily Ledger",
        tags=("chile", "mining"), author="Lucía Ortega",
    ),
    article(
        "content/articles/kenya-rains.txt",
        "Kenya says long rains failed for fifth season",
        "14:02 EAT, June 2, 2022", datetime(2022, 6, 2, 14, 2, tzinfo=EAT),
        [
            "NAIROBI (Reuters) – Kenya's long rains failed for a fifth season in a row, the "
            "meteorological department said on Thursday, deepening the worst drought in 40 years.",
            "Agriculture secretary Grace Mwangi said 3.5 million people needed food aid and "
            "the government would release maize reserves next week.",
            "The country suffered a similar drought in the 1980s.",
        ],
        place="NAIROBI", agency="Reuters", url="https://news.example.com/kenya-rains",
    ),
]


def _source(a: Article, quote: str) -> Source:
    offset = a.text.find(quote)
    assert offset >= 0, quote
    return Source(a.path, a.title, a.published, a.url, quote, offset, a.agency, a.author)


def event(eid: str, value: str, title: str, *, value_end: str | None = None,
          sources: tuple[tuple[int, str], ...] = (), **extra: object) -> Event:
    placed = range_span(value, value_end) if value_end else span(value)
    assert placed is not None, value
    first, last, precision = placed
    return Event(
        id=eid, value=value, first=first, last=last, precision=precision, title=title,
        value_end=value_end, sources=[_source(ARTICLES[i], q) for i, q in sources],
        **extra,  # type: ignore[arg-type]
    )


A, R, K = 0, 1, 2


def make_events() -> list[Event]:
    events = [
        event("strike-ends", "2023-03-02", "Cerro Alto miners vote to end strike",
              time="18:30:00-04:00", summary="Workers accept a **6 percent** raise.",
              tags=["chile", "mining", "labour"],
              sources=((A, "Workers at the Cerro Alto copper mine voted on Thursday to end a "
                           "19-day strike"),
                       (R, "Union leader Marisol Araya, whose members struck at Cerro Alto in "
                           "March, welcomed the vote."))),
        event("strike-begins", "2023-02-12", "Strike begins at Cerro Alto",
              tags=["chile", "labour"],
              sources=((A, "The stoppage began on February 12"),)),
        event("strike", "2023-02-12", "Cerro Alto strike", value_end="2023-03-02",
              kind="period", tags=["chile", "labour"],
              summary="Nineteen days that cut output by a third."),
        event("copper-rises", "2023-03-03", "Copper rises 2% in London", tags=["markets"],
              sources=((A, "Copper prices rose 2 percent in London on the news."),)),
        event("royalty-talks", "2023-04", "Royalty talks resume", tags=["chile", "mining"],
              sources=((A, "talks on a new royalty law would resume in April"),)),
        event("royalty-passes", "2023-05-17", "Senate passes copper royalty",
              time="17:05:00-04:00", tags=["chile", "mining", "law"],
              summary="See [the bill](https://example.org/bill) and "
                      "[this](javascript:alert(1)) and <script>alert(2)</script>.",
              sources=((R, "Chile's Senate approved a new royalty on large copper miners on "
                           "Wednesday"),)),
        event("royalty-in-force", "2024-01", "Copper royalty takes effect",
              tags=["chile", "law"],
              sources=((R, "the law would take effect in January 2024"),)),
        event("state-mine", "1971", "State runs Cerro Alto", value_end="1989", kind="period",
              tags=["chile", "history"],
              sources=((A, "The mine was run by the state from 1971 to 1989"),)),
        event("rains-fail", "2022-06-02", "Long rains fail for fifth season",
              time="11:00:00+03:00", tags=["kenya", "drought"],
              sources=((K, "Kenya's long rains failed for a fifth season in a row"),)),
        event("maize-release", "2022-W23", "Kenya to release maize reserves",
              tags=["kenya", "drought", "food"],
              sources=((K, "the government would release maize reserves next week"),)),
        event("drought-1980s", "198", "Drought of the 1980s", tags=["kenya", "history"],
              sources=((K, "The country suffered a similar drought in the 1980s."),)),
        event("hidden-one", "2022-06-01", "A hidden event", hidden=True, tags=["kenya"]),
        event("manual-note", "2022-Q3", "Aid appeal launched (manual note)", origin="manual",
              tags=["kenya", "food"], summary="Added by an editor."),
        event("drought-season", "2022-06", "Emergency declared", value_end="2022-09",
              kind="period", tags=["kenya", "drought"]),
    ]
    # A busy stretch: daily market notes through 2022 and 2023, several per day at times.
    for n in range(20):
        d = date(2022, 7, 1) + timedelta(days=9 * n)
        events.append(event(f"note-{n:02d}", d.isoformat(), f"Market note {n}: copper at "
                            f"{8000 + 37 * n} dollars", tags=["markets"] + (["chile"] if n % 3
                                                                             else []),
                            summary=f"Note number {n} on *prices*."))
    return events


def many(n: int, start: date, step_days: float) -> list[Event]:
    article = ARTICLES[0]
    quote = article.paragraphs[0].text
    events = []
    for i in range(n):
        day = start + timedelta(days=int(i * step_days))
        events.append(Event(
            id=f"n{i:05d}", value=day.isoformat(), first=day, last=day, precision="day",
            title=f"Event number {i} in a long story", summary="A *routine* update " * 8,
            tags=["all", f"t{i % 7}"],
            # Every event quotes the same sentence: one mark, one anchor per event.
            sources=[Source(article.path, article.title, article.published, article.url,
                            quote, 0, "Reuters")]))
    return events
