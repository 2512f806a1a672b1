"""Extraction throughput: KB of stored text per second, single process, on the seed documents and on a
larger generated corpus of minutes and reports.

The peer, measured in the same run on the same bytes, is reading and cleaning alone (decode + clean): the
work every loader must do before any rule runs. The ratio says how many times slower full extraction is
than that floor. Usage: python bench/extract_speed.py [--seeds DIR] [--docs N] [--repeat R]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from govkg.loaders.cleaning import clean, decode
from govkg.loaders.documents import document_from_text
from govkg.loaders.gazetteer import places

BODY_KINDS = [
    "Community Safety Partnership",
    "Safer Communities Board",
    "Prevent Board",
    "Scrutiny Committee",
    "Health and Wellbeing Board",
    "Hate Crime Forum",
    "Reducing Reoffending Group",
]
POSTS = [
    "Head of Community Safety",
    "Director of Public Health",
    "Partnership Analyst",
    "Prevent Co-ordinator",
    "Commissioning Manager",
    "Chief Executive",
]
TOPICS = [
    "Domestic Abuse",
    "Anti-Social Behaviour",
    "Rural Crime",
    "Hate Crime",
    "Serious Violence",
    "Modern Slavery",
    "Substance Misuse",
    "Reducing Re-Offending",
]
FIRST_NAMES = ["Amara", "Bilal", "Carys", "Declan", "Eshe", "Fergus", "Gwen", "Hamza", "Isla", "Jonah", "Keziah",
               "Lorcan", "Maya", "Niamh", "Owain", "Priya", "Rhodri", "Saoirse", "Tomasz", "Zainab"]
SURNAMES = [
    "Hale",
    "Okafor",
    "Brennan",
    "Dunmore",
    "Marsh",
    "Whitlow",
    "Rahman",
    "Boyd",
    "Ferris",
    "Ng",
    "Voss",
    "Tennant",
    "Kowalski",
    "Pryce",
    "Dale",
    "Achebe",
    "Lindqvist",
    "Moreau",
    "Castellano",
    "Oyelaran",
]


DISCUSSION = [
    "Members asked how the figures compared with the same quarter last year and whether the rise in reports "
    "reflected more confidence in services or more incidents.",
    "In response, officers explained that recording practice had changed during the year, so the two years "
    "were not directly comparable, and undertook to provide a breakdown by ward.",
    "A Member raised concerns about waiting times for support and asked what could be done to reduce them.",
    "It was noted that a number of projects were due to end in March and that a decision on future funding "
    "would be needed before then to avoid losing experienced staff.",
    "Members welcomed the work with schools and asked that the briefing be shared with all councillors.",
    "The meeting discussed the difficulty of recruiting volunteers in rural parts of the district and the "
    "need for better transport to reach the hubs.",
]


def synthetic_document(rng: random.Random, n: int) -> str:
    """A minutes page built from the structures the rules read: attendance, items, lists, funding tables."""
    counties = sorted(p.name for p in places.entries() if getattr(p, "kind", "") == "county"
                      and places.districts_of(p.name))
    area = rng.choice(counties)
    district = rng.choice(sorted(d.name for d in places.districts_of(area)))
    names = FIRST_NAMES

    def person() -> str:
        return f"{rng.choice(names)} {rng.choice(SURNAMES)}"

    body = f"{district} {rng.choice(BODY_KINDS)}"
    parent = f"{area} {rng.choice(BODY_KINDS)}"
    lines = [
        f"Minutes of the {body} meeting held on {rng.randint(1, 28)} March {rng.randint(2015, 2024)}",
        "",
        f"Present: Councillor {person()} (Chair), {person()} (Vice-Chairman), {person()} and {person()}",
        "",
        "Also in attendance:",
        "",
    ]
    lines += [f"{person()}, {rng.choice(POSTS)}, {area} County Council" for _ in range(4)]
    lines += ["", f"Apologies: {person()} and {person()}", ""]
    for item in range(1, 9):
        lines += [f"{n * 10 + item}. {rng.choice(TOPICS)} update", ""]
        lines += [
            f"The {district} {rng.choice(BODY_KINDS)} reported to the {parent}. "
            f"In {area}, work on Prevent is overseen by the multi-agency Prevent Board, which is chaired "
            f"by the County Council's {rng.choice(POSTS)}. Members discussed the figures at length and asked "
            f"for "
            f"a further report on outcomes, waiting times and the views of residents in {district}.",
            "",
        ]
        # real minutes are mostly discussion: about two thirds of their text states no governance fact
        lines += [" ".join(rng.sample(DISCUSSION, 4)), "", " ".join(rng.sample(DISCUSSION, 3)), ""]
        lines += [f"The current {body} priorities are:", ""]
        lines += [f"- {t}: work with partners to reduce harm" for t in rng.sample(TOPICS, 3)] + [""]
        lines += [
            f"In 2021/22 the {body} had to apply to the {area} Police and Crime Commissioner for funding.",
            "Projects funded include:",
            "CSP Priority\tProject/Initiative\tAmount",
        ]
        lines += [
            f"{rng.choice(TOPICS)}\t{district} "
            f"{rng.choice(['Analyst Post', 'Safe Spaces', 'Youth Outreach'])}"
            f"\t£{rng.randint(1, 90)},{rng.randint(100, 999)}"
            for _ in range(3)
        ] + [""]
    return "\n".join(lines) + "\n"


def measure(texts: list[tuple[str, bytes]], repeat: int) -> tuple[float, float, int, int]:
    """(extraction KB/s, cleaning KB/s, stored KB, facts) over TEXTS, best of REPEAT runs each."""
    size = 0
    facts = 0
    best_extract = best_clean = float("inf")
    cleaned = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        cleaned = [clean(decode(data)[0]) for _, data in texts]
        best_clean = min(best_clean, time.perf_counter() - t0)
    size = sum(len(t.encode("utf-8")) for t in cleaned)
    for _ in range(repeat):
        t0 = time.perf_counter()
        facts = 0
        for name, data in texts:  # the whole loader path from bytes: decode, clean, metadata, rules
            doc = document_from_text(name, name, clean(decode(data)[0]), "0" * 64)
            facts += len(doc.facts)
        best_extract = min(best_extract, time.perf_counter() - t0)
    kb = size / 1024
    return kb / best_extract, kb / best_clean, int(kb), facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seeds", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "seeds"
    )
    parser.add_argument("--docs", type=int, default=300, help="generated documents in the larger corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora: list[tuple[str, list[tuple[str, bytes]]]] = []
    if args.seeds.is_dir():
        corpora.append(("seeds", [(p.name, p.read_bytes()) for p in sorted(args.seeds.glob("*.txt"))]))
    else:
        print(f"(no seeds at {args.seeds}; skipping that corpus)")
    rng = random.Random(7)
    corpora.append(
        (
            f"generated x{args.docs}",
            [(f"gen{i}.txt", synthetic_document(rng, i).encode()) for i in range(args.docs)],
        )
    )
    print(
        f"{'corpus':18} {'KB':>7} {'facts':>7} {'facts/KB':>8} {'extract KB/s':>13} {'clean KB/s':>11} "
        f"{'ratio':>7}"
    )
    for name, texts in corpora:
        extract_rate, clean_rate, kb, facts = measure(texts, args.repeat)
        print(
            f"{name:18} {kb:7d} {facts:7d} {facts / max(kb, 1):8.1f} {extract_rate:13.0f} {clean_rate:11.0f} "
            f"{extract_rate / clean_rate:7.3f}"
        )
    print(
        "ratio = extraction throughput / read-and-clean throughput (same bytes, same run); target >= 1024 "
        "KB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
