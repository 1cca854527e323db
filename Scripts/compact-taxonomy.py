#!/usr/bin/env python3
"""Prints the default taxonomy (Resources/taxonomy/manifest.json and its files) in the compact
line format that Sources/JobFitCore/Taxonomy/Taxonomy+Embedded.swift reads at start-up.

One line per skill: id, name, kind, category, aliases, implies, related, broad ('b' or empty),
separated by tabs.
Aliases are separated by |; each starts with three flag characters (case: 'c' or '-';
context: 't' tech, 'o' office, 'l' language-list, or '-'; 'u' unambiguous or '-') followed by the text. implies and
related are comma-separated ids. The first line is '#jobfit-taxonomy<TAB>version'.
Later files replace earlier skills with the same id, as Taxonomy.merging does."""
import json
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Resources", "taxonomy")
manifest = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))
skills = {}
order = []
for name in manifest["files"]:
    for skill in json.load(open(os.path.join(root, name), encoding="utf-8"))["skills"]:
        if skill["id"] not in skills:
            order.append(skill["id"])
        skills[skill["id"]] = skill

def clean(text):
    for bad in "\t\n|":
        if bad in text:
            sys.exit(f"error: {text!r} contains a tab, newline or |")
    return text

contexts = {None: "-", "tech": "t", "office": "o", "language-list": "l"}
lines = ["#jobfit-taxonomy\t" + manifest["version"]]
for skill_id in order:
    skill = skills[skill_id]
    aliases = []
    for alias in skill.get("aliases", []):
        if isinstance(alias, str):
            aliases.append("---" + clean(alias))
        else:
            flags = ("c" if alias.get("caseSensitive") else "-") + contexts[alias.get("context")]
            flags += "u" if alias.get("unambiguous") else "-"
            aliases.append(flags + clean(alias["text"]))
    lines.append("\t".join([
        clean(skill["id"]), clean(skill["name"]), skill["kind"], skill["category"], "|".join(aliases),
        ",".join(skill.get("implies", [])), ",".join(skill.get("related", [])),
        "b" if skill.get("broad") else "",
    ]))
sys.stdout.write("\n".join(lines))
