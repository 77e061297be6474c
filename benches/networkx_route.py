#!/usr/bin/env python3
"""The work of `parcours route --data DIR --from OFFER --to-occupation OCC`
(by hours, one route) as a plain networkx script, for the speed comparison
in docs/performance.md.

Loads every *.json file under DIR, checks the references routes depend on,
builds the pathway graph of DESIGN.md (links; equivalences both ways;
progressions inferred from competences through a competence index, unless a
link already joins the pair) with networkx, and runs networkx's Dijkstra
from the offer to a sink joined to every offer preparing the occupation.
Weights are step hours (ties are not broken by seams and steps as parcours
does: that only makes this script's work lighter).
"""

import json
import math
import pathlib
import sys

import networkx as nx


def load(root):
    sections = {k: [] for k in ("providers", "agreements", "competences", "occupations", "offers", "links")}
    for path in sorted(pathlib.Path(root).rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if data.get("format") != "parcours/1":
            sys.exit(f"{path}: not a parcours/1 file")
        for key in sections:
            sections[key].extend(data.get(key) or [])
    return sections


def main():
    root, source, occupation = sys.argv[1], sys.argv[2], sys.argv[3]
    cat = load(root)
    providers = {p["id"]: p for p in cat["providers"]}
    offers = {o["id"]: o for o in cat["offers"]}
    competences = {c["id"] for c in cat["competences"]}
    agreements = {a["id"]: a for a in cat["agreements"]}
    for o in cat["offers"]:
        if o["provider"] not in providers or o["hours"] <= 0:
            sys.exit(f"bad offer {o['id']}")
        for c in o.get("requires", []) + o.get("grants", []):
            if c not in competences:
                sys.exit(f"unknown competence {c}")
    for link in cat["links"]:
        if link["from"] not in offers or link["to"] not in offers:
            sys.exit("dangling link")
        if link.get("agreement") and link["agreement"] not in agreements:
            sys.exit("dangling agreement")

    graph = nx.DiGraph()
    graph.add_nodes_from(offers)

    def add(a, b, step):
        if not graph.has_edge(a, b) or graph[a][b]["weight"] > step:
            graph.add_edge(a, b, weight=step)

    for link in cat["links"]:
        a, b = link["from"], link["to"]
        if link["kind"] == "equivalence":
            add(a, b, 0.0)
            add(b, a, 0.0)
        else:
            add(a, b, max(0.0, offers[b]["hours"] - (link.get("credit_hours") or 0)))
    granting = {}
    for o in cat["offers"]:
        for c in o.get("grants", []):
            granting.setdefault(c, []).append(o["id"])
    for b in cat["offers"]:
        required = set(b.get("requires", []))
        if not required:
            continue
        rarest = min(required, key=lambda c: len(granting.get(c, [])))
        for a in granting.get(rarest, []):
            if a != b["id"] and not graph.has_edge(a, b["id"]) and required <= set(offers[a].get("grants", [])):
                add(a, b["id"], float(b["hours"]))

    sink = ("sink",)
    for o in cat["offers"]:
        if occupation in o.get("prepares", []):
            graph.add_edge(o["id"], sink, weight=0.0)
    try:
        path = nx.dijkstra_path(graph, source, sink)[:-1]
    except nx.NetworkXNoPath:
        print("no route")
        return 1
    hours = offers[path[0]]["hours"] + nx.path_weight(graph, path, "weight")
    print(" -> ".join(path), f"{hours:g} h")
    return 0


if __name__ == "__main__":
    sys.exit(main())
