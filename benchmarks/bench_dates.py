"""TempEval-3 benchmark of the date normalizer against its peers, in one table.

    python benchmarks/bench_dates.py [--bench ../shared/bench] [--repeat 3] [--heideltime]

Runs ``timeline.dates.find_mentions`` on TempEval-3 dev and test, and the peers whose adapters
live in ``BENCH/peers`` (chrono-node, dateparser, datefinder; HeidelTime with --heideltime),
scores everything with ``BENCH/timex_score.py`` (our mentions written as TimeML TIMEX3s by
``timeline.dates.timex.timex3``: a range such as "between 1994 and 1997", one mention in our
contract, is the two TIMEX3s TimeML annotates; DATE and TIME mentions only, as HeidelTime is
run) and prints one table: DATE/TIME value F1,
relaxed and strict span F1, and docs/s of the in-process parse loop (after one untimed warm-up
document, the fastest of --repeat runs: like timeit, the figure least disturbed by other load on
a shared machine), all measured in this run on this machine. A peer that is not
installed here (``BENCH/run_peers.sh`` and ``BENCH/peers/setup_heideltime.sh`` install them under
/tmp) is shown with its published figure, marked as such, and the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.dates import find_mentions, parse_dateline  # noqa: E402
from timeline.dates.timex import timex3  # noqa: E402

#: The TIMEX3 types the benchmark scores. Our DURATION and SET mentions are left out of the
#: predictions exactly as the HeidelTime peer is run (``--types DATE,TIME``): the scorer
#: counts them as false positives where the gold has no overlapping timex at all.
SCORED = ("DATE", "TIME")

#: Published figures (BENCH/README.md), shown when a peer cannot run here.
PUBLISHED = {
    "HeidelTime 2.2.1": {"dev": (0.784, None, 7.0), "test": (0.851, 0.921, None)},
    "chrono-node 2.10.3": {"dev": (0.592, 0.784, 3200.0), "test": (0.530, 0.771, 2500.0)},
    "dateparser 1.5.0": {"dev": (0.369, 0.621, 75.0), "test": (0.433, 0.712, 82.0)},
    "datefinder 1.0.0": {"dev": (0.359, 0.421, 8000.0), "test": (0.346, 0.425, 3333.0)},
}


def score(bench: Path, gold: Path, pred: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(bench / "timex_score.py"), str(gold), str(pred), "--json", "--quiet"],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    data = json.loads(out)
    return {"value": data["value"]["f1"], "relaxed": data["relaxed"]["f1"],
            "strict": data["strict"]["f1"]}


def run_ours(gold: Path, pred: Path, repeat: int) -> float:
    """Write our predictions; return docs/s of the parse loop (fastest of ``repeat`` runs)."""
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    anchors = [parse_dateline(d["dct"]).when for d in docs]
    find_mentions(docs[0]["text"], anchors[0])  # warm-up, untimed
    loops = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = [find_mentions(d["text"], a) for d, a in zip(docs, anchors, strict=True)]
        loops.append(time.perf_counter() - t0)
    with pred.open("w", encoding="utf-8") as out:
        for d, mentions in zip(docs, found, strict=True):
            for row in timex3(m for m in mentions if m.type in SCORED):
                out.write(json.dumps({"doc": d["doc"], **row}) + "\n")
    return len(docs) / min(loops)


def run_peer(command: list[str], timing: Path, repeat: int, env: dict[str, str]) -> float:
    loops = []
    for _ in range(repeat):
        subprocess.run(command, check=True, capture_output=True, env=env)
        data = json.loads(timing.read_text())
        loops.append(data["seconds"])
        docs = data["docs"]
    return docs / min(loops)


def peers(bench: Path, with_heideltime: bool) -> dict[str, tuple[list[str] | None, str]]:
    """Each peer's command template ({gold} {out} {timing}) or None, and why not."""
    peer_dir = bench / "peers"
    venv = Path(os.environ.get("PEER_VENV", "/tmp/bench-peers-venv")) / "bin" / "python"
    chrono = Path(os.environ.get("CHRONO_DIR", "/tmp/chrono")) / "node_modules"
    table: dict[str, tuple[list[str] | None, str]] = {}
    if shutil.which("node") and (chrono / "chrono-node").is_dir():
        table["chrono-node 2.10.3"] = (
            ["node", str(peer_dir / "chrono_peer.js"), "{gold}", "{out}", "--timing", "{timing}"],
            "")
    else:
        table["chrono-node 2.10.3"] = (None, f"not installed ({chrono}); run {bench}/run_peers.sh")
    for name, script in (("dateparser 1.5.0", "dateparser_peer.py"),
                         ("datefinder 1.0.0", "datefinder_peer.py")):
        if venv.exists():
            table[name] = ([str(venv), str(peer_dir / script), "{gold}", "{out}", "--timing",
                            "{timing}"], "")
        else:
            table[name] = (None, f"not installed ({venv}); run {bench}/run_peers.sh")
    home = Path(os.environ.get("HEIDELTIME_HOME", "/tmp/heideltime"))
    if not with_heideltime:
        table["HeidelTime 2.2.1"] = (None, "not run (pass --heideltime; ~1 min on dev)")
    elif not shutil.which("java") or not (home / "config.props").exists():
        table["HeidelTime 2.2.1"] = (None, f"not installed ({home}); run "
                                           f"{peer_dir}/setup_heideltime.sh (needs Java)")
    else:
        table["HeidelTime 2.2.1"] = ([sys.executable, str(peer_dir / "heideltime_peer.py"),
                                      "{gold}", "-o", "{out}", "--types", "DATE,TIME"], "")
    return table


def run_heideltime(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--heideltime", action="store_true", help="also run HeidelTime (slow)")
    args = ap.parse_args()
    bench: Path = args.bench.resolve()
    env = {**os.environ, "TZ": "UTC",
           "NODE_PATH": str(Path(os.environ.get("CHRONO_DIR", "/tmp/chrono")) / "node_modules")}
    rows: list[tuple[str, str, str, str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for split in ("dev", "test"):
            gold = bench / "tempeval3" / f"{split}.jsonl"
            if not gold.exists():
                continue
            pred = work / f"timeline_{split}.jsonl"
            speed = run_ours(gold, pred, args.repeat)
            s = score(bench, gold, pred)
            rows.append((split, "timeline (this branch)", f"{s['value']:.3f}",
                         f"{s['relaxed']:.3f}", f"{s['strict']:.3f}", f"{speed:,.0f}", "measured"))
            for name, (template, why) in peers(bench, args.heideltime).items():
                out, timing = work / f"{name}_{split}.jsonl", work / f"{name}_{split}.time.json"
                if template is None:
                    value, relaxed, docs_s = PUBLISHED[name][split]
                    rows.append((split, name, f"{value:.3f}*",
                                 f"{relaxed:.3f}*" if relaxed else "-", "-",
                                 f"{docs_s:,.0f}*" if docs_s else "-", f"published; {why}"))
                    continue
                command = [part.format(gold=gold, out=out, timing=timing) for part in template]
                try:
                    if name.startswith("HeidelTime"):
                        seconds = run_heideltime(command, env)
                        speed_text, note = f"{len(gold.read_text().splitlines()) / seconds:,.1f}", \
                            "measured; whole command incl. JVM"
                    else:
                        speed_text, note = f"{run_peer(command, timing, args.repeat, env):,.0f}", \
                            "measured"
                    s = score(bench, gold, out)
                except (subprocess.CalledProcessError, OSError, KeyError, ValueError) as exc:
                    rows.append((split, name, "-", "-", "-", "-", f"failed: {exc}"))
                    continue
                rows.append((split, name, f"{s['value']:.3f}", f"{s['relaxed']:.3f}",
                             f"{s['strict']:.3f}", speed_text, note))
    header = ("set", "system", "value F1", "relaxed F1", "strict F1", "docs/s", "note")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    print("\nDATE/TIME timexes, TempEval-3 scorer; docs/s = in-process parse loop after one "
          f"warm-up document, fastest of {args.repeat} runs; * = published figure, not run here.")


if __name__ == "__main__":
    main()
