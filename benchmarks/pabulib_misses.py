"""Why each pabulib file the count does not reproduce differs: the numbers behind docs/import.md's misses.

    python benchmarks/pabulib_misses.py DIR_OR_FILES... [--jobs N]

For every file whose count differs from its `selected` column (benchmarks/pabulib_reproduction.py
lists them), this works out from the count's own ranking and the file's costs:

- budget: the amounts the walk (the plan's `fit` or `fit-stop`) could have been over to give the
  official outcome exactly, as a share of the file's budget; "none" when no amount gives it,
  that is the official outcome leaves the order of the scores (an exchange, not a smaller pool);
- support: of the extra projects (counted, not official) the most ballots naming one and the
  most points, against the fewest of any officially selected project: a minimum support the
  file does not record separates them when the extras' most is below the official's fewest;
- each differing project: its place in the ranking, cost, ballots, score and, for an extra,
  what the walk had left when it took it.

Then it checks the classes docs/import.md names on every file of the class and prints one line
per class with its count, so the explanations there stay tied to numbers anyone can re-run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import Any


def analyse(path: str) -> dict[str, Any] | None:
    """The evidence for one file (`differs` False when it is reproduced), None when it has no outcome to compare."""
    from workplan_tui.errors import WorkplanError
    from workplan_tui.plan_io import loads_plan
    from workplan_tui.sources.importing import pabulib_plan
    from workplan_tui.sources.official import compare
    from workplan_tui.sources.pabulib import read_pabulib
    from workplan_tui.toml_writer import dumps_document
    from workplan_tui.voting.tally import tally

    try:
        instance = read_pabulib(path)
        if instance.selected is None:
            return None
        imported = pabulib_plan(instance)
        plan = loads_plan(dumps_document(imported.document), path)
    except WorkplanError:
        return None
    result = tally(plan, imported.ballots)
    comparison = compare(plan, result)
    if comparison is None or not comparison.recorded:
        return None
    official = set(comparison.official)
    cost = {project.id: project.budget_cost for project in plan.projects}
    reference = {project.id: project.reference for project in plan.projects}
    support: Counter[str] = Counter()
    for ballot in imported.ballots:
        support.update(set(ballot.ranking))
    order = [entry.project for entry in result.ranking if entry.score > 0]
    score = {entry.project: entry.score for entry in result.ranking}
    budget = plan.limits.budget
    low, high = _budget_interval(order, official, cost, plan.voting.selection == "fit-stop")
    extra = list(comparison.extra)
    missing = list(comparison.missing)
    # Whether the walk gives the official outcome once the extras are out of it (withdrawn,
    # excluded by another project, taken out after the vote: the file does not say).
    out_low, out_high = _budget_interval([p for p in order if p not in extra], official, cost, plan.voting.selection == "fit-stop")
    without_extras = out_low <= budget and (out_high is None or budget < out_high)
    left_at: dict[str, int] = {}
    spent = 0
    for project in result.selected:
        left_at[project] = budget - spent
        spent += cost[project]
    place = {project: index + 1 for index, project in enumerate(order)}
    rows = [
        {
            "project": reference[project], "side": "extra" if project in extra else "missing",
            "place": place.get(project, 0), "cost": cost[project], "ballots": support[project],
            "score": score.get(project, 0), "left": left_at.get(project),
        }
        for project in missing + extra
    ]
    chosen = [project for project in official if project in score]
    return {
        "file": Path(path).name,
        "city": instance.meta.get("unit", ""),
        "year": instance.year,
        "voters": len(imported.ballots),
        "selection": plan.voting.selection,
        "budget": budget,
        "low": low,
        "high": high,
        "extra_only": not missing,
        "extra_ballots": max((support[p] for p in extra), default=0),
        "extra_score": max((score.get(p, 0) for p in extra), default=0),
        "official_ballots": min((support[p] for p in chosen), default=0),
        "official_score": min((score.get(p, 0) for p in chosen), default=0),
        "official_spent": sum(cost[p] for p in official),
        "rows": rows,
        "subunit": instance.meta.get("subunit", ""),
        "differs": not comparison.equal,
        "without_extras": without_extras,
    }


def _budget_interval(order: list[str], official: set[str], cost: dict[str, int], stop: bool) -> tuple[int, int | None]:
    """[low, high): the budgets over which walking `order` selects exactly `official`; high None
    is no limit; low >= high (or low None) means no budget does. A project costing nothing from
    the budget (funded otherwise) always fits."""
    spent = low = 0
    high: int | None = None
    stopped = False
    for project in order:
        if stopped:
            if project in official:
                return 1, 0  # selected after the walk had to stop: no budget gives it
            continue
        if project in official:
            spent += cost[project]
            low = max(low, spent)
        else:
            limit = spent + cost[project]  # the budget must not reach it
            high = limit if high is None else min(high, limit)
            if stop:
                stopped = True
    if any(project not in order for project in official):
        return 1, 0  # an official project no ballot supports: no walk takes it
    return low, high


def _share(value: int | None, budget: int) -> str:
    return "∞" if value is None else f"{100 * value / (budget or 1):.1f} %"


def _amount(minor: int | None) -> str:
    return "∞" if minor is None else f"{minor // 100:,}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = sorted(str(f) for p in args.paths for f in (sorted(p.glob("*.pb")) if p.is_dir() else [p]))
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = [row for row in pool.map(analyse, files, chunksize=8) if row is not None]
    found = [row for row in rows if row["differs"]]
    for row in found:
        fits = row["high"] is None or row["low"] < row["high"]
        print(f"{row['file']} ({row['selection']}, {row['voters']:,} voters): budget {_amount(row['budget'])}; "
              f"the official outcome is a walk over "
              + (f"[{_amount(row['low'])}, {_amount(row['high'])}) = [{_share(row['low'], row['budget'])}, "
                 f"{_share(row['high'], row['budget'])}) of it" if fits else "no budget (it leaves the score order)")
              + f"; extras' most {row['extra_ballots']} ballots / {row['extra_score']:g} points, "
              f"officials' fewest {row['official_ballots']} / {row['official_score']:g}"
              + ("; without the extras the walk gives it" if row["without_extras"] else ""))
        for item in row["rows"]:
            left = "" if item["left"] is None else f", {_amount(item['left'])} left when taken"
            print(f"    {item['side']:7} {item['project']:>12}: place {item['place']}, cost {_amount(item['cost'])}, "
                  f"{item['ballots']} ballots, {item['score']:g} points{left}")
    print()
    print(f"{len(found)} of {len(rows)} files with an official outcome differ")
    _classes(found, rows)
    return 0


def _classes(found: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """The classes of docs/import.md, each checked on every file of it."""

    def fits(row: dict[str, Any]) -> bool:
        return row["high"] is None or row["low"] < row["high"]

    def line(name: str, rows: list[dict[str, Any]], holds: bool, detail: str) -> None:
        print(f"  {name} ({len(rows)}): {'holds' if holds else 'DOES NOT HOLD'}: {detail}")

    gdynia = [r for r in found if r["city"] == "Gdynia" and "small" in r["subunit"]]
    if gdynia:
        lows = [Fraction(r["low"], r["budget"]) for r in gdynia]
        highs = [Fraction(r["high"], r["budget"]) for r in gdynia if r["high"] is not None]
        line("Gdynia 2020 small lists", gdynia, all(fits(r) and r["extra_only"] for r in gdynia) and max(lows) >= min(highs),
             f"each is a walk over {float(min(lows)) * 100:.1f}-{float(max(highs)) * 100:.1f} % of the file's budget, "
             f"no one share fits all (one needs at least {float(max(lows)) * 100:.1f} %, another under {float(min(highs)) * 100:.1f} %)")
    katowice = [r for r in found if r["city"] == "Katowice"]
    if katowice:
        every = [r for r in rows if r["city"] == "Katowice"]
        points, fewest = max(r["extra_score"] for r in katowice), min(r["official_score"] for r in every)
        ballots, fewest_ballots = max(r["extra_ballots"] for r in katowice), min(r["official_ballots"] for r in every)
        line("Katowice", katowice, all(r["extra_only"] and fits(r) for r in katowice) and points < fewest,
             f"extras only, each fitting what the walk left, with at most {points:g} points ({ballots} ballots); "
             f"every project Katowice selected in its {len(every)} files has at least {fewest:g} points "
             f"({fewest_ballots} ballots): a minimum of {points + 1:g}-{fewest:g} points separates them, "
             + ("a minimum of ballots could too" if ballots < fewest_ballots else "no minimum of ballots does"))
    warsaw = [r for r in found if r["city"] == "Warszawa"]
    if warsaw:
        smaller = [r for r in warsaw if fits(r)]
        line("Warszawa", warsaw, True,
             f"{len(smaller)} are a walk over a smaller amount "
             f"({', '.join(_share(r['high'], r['budget']).replace(' %', '') for r in smaller if r['high'] is not None)} % of the budget at most), "
             f"{len(warsaw) - len(smaller)} leave the score order")


if __name__ == "__main__":
    sys.exit(main())
