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
    paid = [project for project in result.selected if cost[project]]
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
        # The extras are the last projects the count pays for: what it adds is the money left.
        "extras_last": set(paid[len(paid) - len(extra):]) == set(extra),
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
            if project in official and cost[project]:
                return 1, 0  # selected after the walk had to stop: no budget gives it
            continue  # one funded otherwise the city takes wherever the walk ended
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


def kind(row: dict[str, Any]) -> str:
    """`smaller`: only extras, and a walk over less than the budget gives the official outcome;
    `left out`: otherwise, the official outcome is the walk with the extra projects taken out
    of it (official ones lower down take their money, or it is left); `other`: neither."""
    fits = row["high"] is None or row["low"] < row["high"]
    if row["extra_only"] and fits and row["extras_last"]:
        return "smaller"
    if row["without_extras"]:
        return "left out"
    return "other"


def _classes(found: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """The classes of docs/import.md, each checked on every file of it."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in found:
        groups.setdefault((row["city"], kind(row)), []).append(row)
    for (city, name), members in sorted(groups.items()):
        if name == "smaller":
            shares = [(100 * r["low"] / r["budget"], 100 * (r["high"] or r["budget"]) / r["budget"]) for r in members]
            detail = (f"a walk over less than the file's budget gives each: {min(low for low, _ in shares):.1f} "
                      f"to {max(high for _, high in shares):.1f} %; one needs at least {max(low for low, _ in shares):.1f} %, "
                      f"one under {min(high for _, high in shares):.1f} %")
        elif name == "left out":
            taken = sum(1 for r in members for item in r["rows"] if item["side"] == "extra")
            detail = (f"the city's outcome is the walk without {taken} project(s) the count takes, "
                      f"ranked {', '.join(str(min(i['place'] for i in r['rows'] if i['side'] == 'extra')) for r in members)}")
        else:
            detail = "; ".join(r["file"] for r in members)
        print(f"  {city} / {name} ({len(members)}): {detail}")
    katowice = [r for r in found if r["city"] == "Katowice"]
    if katowice:
        every = [r for r in rows if r["city"] == "Katowice"]
        points, fewest = max(r["extra_score"] for r in katowice), min(r["official_score"] for r in every)
        ballots, fewest_ballots = max(r["extra_ballots"] for r in katowice), min(r["official_ballots"] for r in every)
        holds = all(kind(r) == "smaller" for r in katowice) and points < fewest
        print(f"  Katowice minimum: {'holds' if holds else 'DOES NOT HOLD'}: the extras have at most {points:g} points "
              f"({ballots} ballots); every project Katowice selected in its {len(every)} files has at least {fewest:g} "
              f"({fewest_ballots} ballots): a minimum of {points + 1:g} to {fewest:g} points separates them, "
              + ("so could a minimum of ballots" if ballots < fewest_ballots else "no minimum of ballots does"))


if __name__ == "__main__":
    sys.exit(main())
