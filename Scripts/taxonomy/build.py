#!/usr/bin/env python3
"""Build the JobFit skill taxonomy (Resources/taxonomy/*.json).

Usage (from the repository root):
    python3 Scripts/taxonomy/build.py [SOURCE_DIR] [--check]

SOURCE_DIR defaults to ../shared/data/taxonomy (relative to the repository root)
and must hold linguist/languages.yml, onet-29.2/Technology Skills.txt,
stackoverflow/TagSynonyms.csv, stackoverflow/Tags.csv and esco/skills.csv.

Inputs:
  * Scripts/taxonomy/curated/*.yaml -- hand-curated skills, the source of truth.
  * linguist languages.yml          -- extra programming/markup/query languages
                                       (filtered by Stack Overflow tag popularity).
  * O*NET 29.2 Technology Skills    -- bulk product/technology names.
  * Stack Overflow TagSynonyms.csv  -- extra aliases for curated skills.
  * ESCO skills.csv + O*NET Occupation Data -- only to build an English-word
                                       lexicon used to flag ambiguous names;
                                       nothing from them is copied to the output.

Curated wins on every conflict. Output is deterministic: running the script twice
gives byte-identical files. With --check the script writes nothing and exits 1 if
the committed files differ from what it would write.

Curated file format (YAML):
    file: languages.json          # output file
    source: "..."                 # provenance note copied to the output
    kind: hard                    # default kind
    category: language            # default category
    skills: |
      @category framework         # change the default category (or @kind soft)
      # comment
      [id::]Name | alias; =CaseSensitive; alias@tech; =Go@tech | implied,ids | related,ids
  An alias starting with "=" is case-sensitive; a suffix "@tech", "@office" or
  "@language-list" adds a context requirement; a trailing "!" ("welding!",
  "=Go@tech!" or "=Go!@tech") marks a one-word alias that is an ordinary English
  word as "unambiguous": a curator checked that postings use it only for the
  skill (the linter then accepts it without a case or context rule). A "!" after
  the name ("welding! | ...") marks the name itself. Missing trailing fields may
  be omitted. A fifth field may hold "kind=..." / "category=..." overrides and the word
  "broad": an umbrella area ("software development"), listed apart from the skills a posting
  asks for.

Imported skills (O*NET, linguist) never keep a one-word form that is an ordinary
English word (/usr/share/dict/american-english, the linter's list) or two letters
or fewer, flagged or not: vendor-stripped leftovers ("Design" from "Askia Design",
"Director" from "Adobe Director") match prose. Such a skill keeps its name only in
a multi-word form, or is dropped.
"""
import csv
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

VERSION = "2026.11.1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CURATED_DIR = os.path.join(HERE, "curated")
OUT_DIR = os.path.join(ROOT, "Resources", "taxonomy")

KINDS = {"hard", "soft", "certification", "education"}
CATEGORIES = {
    "language", "framework", "library", "database", "cloud-service", "cloud-platform",
    "devops", "data-ml", "security", "tool", "platform", "operating-system", "networking",
    "method", "business-software", "office-software", "design", "domain", "trade",
    "laboratory", "healthcare", "finance-accounting", "administration", "sales-marketing",
    "soft-skill", "certification", "license", "degree", "field-of-study",
}
CONTEXTS = {"tech", "office", "language-list"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.+#-]*$")

# Output order of files (manifest order). Files not listed are appended sorted.
FILE_ORDER = [
    "languages.json", "frameworks-libraries.json", "databases.json", "cloud.json",
    "devops.json", "data-ml.json", "security.json", "networking.json",
    "operating-systems.json", "tools.json", "practices.json", "business-software.json",
    "domain-trades.json", "domain-healthcare-lab.json", "domain-business-finance.json",
    "soft-skills.json", "certifications.json", "education.json",
    "linguist-languages.json", "onet-technology.json",
]


# --------------------------------------------------------------------------- helpers

def fold(s):
    """Approximate the engine's normalisation for duplicate detection."""
    s = s.casefold().replace("\u2019", "'")
    s = re.sub(r"[-_\s]+", " ", s).strip()
    return s


def fold_key(s):
    """Looser key: also ignores spaces and dots (postgre sql == postgresql)."""
    return re.sub(r"[\s.\-_]+", "", fold(s))


def make_id(name):
    s = name.casefold().replace("\u2019", "'").replace("\u2013", "-")
    s = s.replace("c++", "cpp").replace("c#", "csharp").replace("f#", "fsharp")
    if s.startswith("."):
        s = "dot" + s[1:]
    s = s.replace("#", "sharp").replace("+", "plus").replace("&", " and ").replace("@", " at ")
    s = s.replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def alias_text(a):
    return a["text"] if isinstance(a, dict) else a


def alias_flagged(a):
    return isinstance(a, dict) and (a.get("caseSensitive") or a.get("context"))


def alias_unambiguous(a):
    return isinstance(a, dict) and bool(a.get("unambiguous"))


def parse_alias(tok):
    tok = tok.strip()
    if not tok:
        return None
    cs = False
    ctx = None
    unamb = False
    if tok.startswith("=") and len(tok) > 1:
        cs = True
        tok = tok[1:]
    if tok.endswith("!") and len(tok) > 1:
        unamb = True
        tok = tok[:-1]
    m = re.search(r"@(tech|office|language-list)$", tok)
    if m:
        ctx = m.group(1)
        tok = tok[: m.start()]
    if tok.endswith("!") and len(tok) > 1:
        unamb = True
        tok = tok[:-1]
    tok = tok.strip()
    if not cs and not ctx and not unamb:
        return tok
    d = {"text": tok}
    if cs:
        d["caseSensitive"] = True
    if ctx:
        d["context"] = ctx
    if unamb:
        d["unambiguous"] = True
    return d


def split_list(s):
    return [x.strip() for x in s.split(",") if x.strip()]


# --------------------------------------------------------------------------- lexicon

def build_lexicon(src):
    """Lower-case words of ordinary English prose (ESCO + O*NET descriptions)."""
    c = Counter()
    for p in (os.path.join(src, "esco", "skills.csv"),
              os.path.join(src, "onet-29.2", "Occupation Data.txt")):
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for w in re.findall(r"\b[a-z]+\b", f.read()):
                    c[w] += 1
    return {w for w, n in c.items() if n >= 2}


def load_english():
    """Lower-case English words as the linter reads them (Debian wamerican list), and each
    one-token word as the tokenizer reads it ("canvas" as "canva")."""
    words = set()
    for p in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        if os.path.exists(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                for line in f:
                    w = line.rstrip("\n")
                    if w[:1].islower() and "'" not in w:
                        words.add(w)
            break
    return words | {k[0] for k in map(token_keys, words) if len(k) == 1}


def token_keys(text):
    """Approximate the engine's tokenizer: lower-case words, simple plurals folded."""
    keys = []
    for w in re.findall(r"[A-Za-z0-9\u0080-\uffff][A-Za-z0-9.+#'\u0080-\uffff]*|[/&]", text):
        w = w.replace("'", "").rstrip(".").lower()
        if w == "&":
            w = "and"
        if (len(w) >= 4 and w.endswith("s") and not w.isdigit()
                and not (len(w) == 5 and w[0] == "h" and w[3] == "p")
                and not re.search(r"[.+\u0080-\uffff]", w) and w[-2] not in "sui"):
            w = w[:-3] + "y" if (w[-2] == "e" and w[-3] == "i" and len(w) >= 5) else w[:-1]
        keys.append(w)
    return tuple(keys)


def ordinary_word(text, english):
    """A one-token form that is an English word (or its plural) or two letters or fewer."""
    keys = token_keys(text)
    if len(keys) != 1:
        return False
    raw = re.sub(r"[^a-z0-9]", "", text.lower())
    k = keys[0]
    if len(re.sub(r"[^a-z]", "", raw)) <= 2 and raw.isalpha():
        return True
    return raw in english or k in english


# --------------------------------------------------------------------------- curated

def load_curated():
    skills = []
    for path in sorted(glob.glob(os.path.join(CURATED_DIR, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        fname = doc["file"]
        kind = doc.get("kind", "hard")
        cat = doc.get("category", "tool")
        for ln, raw in enumerate(doc["skills"].splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(None, 1)
                if k == "category":
                    cat = v.strip()
                elif k == "kind":
                    kind = v.strip()
                else:
                    raise SystemExit(f"{path}:{ln}: unknown directive {line}")
                continue
            parts = [p.strip() for p in re.split(r"\s*\|\s*", line)]
            head = parts[0]
            name_unamb = head.endswith("!")
            if name_unamb:
                head = head[:-1].rstrip()
            if "::" in head:
                sid, name = head.split("::", 1)
                sid, name = make_id(sid.strip()), name.strip()
            else:
                name = head
                sid = make_id(name)
            aliases = [{"text": name, "unambiguous": True}] if name_unamb else []
            if len(parts) > 1:
                for tok in parts[1].split(";"):
                    a = parse_alias(tok)
                    if a is not None:
                        aliases.append(a)
            implies = split_list(parts[2]) if len(parts) > 2 else []
            related = split_list(parts[3]) if len(parts) > 3 else []
            skind, scat = kind, cat
            broad = False
            for extra in parts[4:]:
                for kv in extra.split():
                    if kv == "broad":
                        broad = True
                        continue
                    k, v = kv.split("=", 1)
                    if k == "kind":
                        skind = v
                    elif k in ("category", "cat"):
                        scat = v
            skills.append({
                "id": sid, "name": name, "kind": skind, "category": scat,
                "aliases": aliases, "implies": implies, "related": related,
                "_file": fname, "_origin": "curated", "_where": f"{os.path.basename(path)}:{ln}",
                **({"broad": True} if broad else {}),
            })
    return skills


# --------------------------------------------------------------------------- linguist

LINGUIST_SKIP = {
    # popular on Stack Overflow but not resume skills (file formats, configs, tooling)
    "JSON", "YAML", "XML", "CSV", "Text", "Markdown", "Diff", "INI", "TOML", "Dockerfile",
    "Makefile", "CMake", "Git Config", "Ignore List", "SVG", "Batchfile", "Checksums",
    "Gettext Catalog", "robots.txt", "HTTP", "Regular Expression", "Jupyter Notebook",
    "Unix Assembly", "Public Key", "PostScript", "Roff", "Graphviz (DOT)", "EditorConfig",
    "HTML+ERB", "HTML+PHP", "HTML+Razor", "HTML+EEX", "JSON with Comments", "JSONLD", "JSON5",
    "Wavefront Object", "COLLADA", "Microsoft Visual Studio Solution", "Vim Script",
    "Emacs Lisp", "Nginx", "Apache Conf", "Module Management System", "Protocol Buffer",
    "Git Attributes", "Browserslist", "Linker Script", "ShellSession", "Pod", "Pug",
    "Slim", "Haml", "XSLT", "Smarty", "Twig", "Jinja", "Liquid", "Handlebars",
    "Mustache", "Gradle", "Maven POM", "Ant Build System", "Nix", "Starlark", "Jsonnet",
    "HCL", "Cython", "Vue", "Svelte", "Jest Snapshot", "Ecmarkup", "Cabal Config",
    "OpenAPI Specification v2", "OpenAPI Specification v3", "GraphQL", "Solidity",
    "reStructuredText", "AsciiDoc", "RMarkdown", "Org", "Text", "Wiki", "MediaWiki",
    "Raw token data", "Motorola 68K Assembly", "Redcode", "World of Warcraft Addon Data",
    "Jupyter Notebook", "Unity3D Asset", "Valve Data Format", "desktop", "Rich Text Format",
    "ApacheConf", "Filterscript", "Record Jar", "Option List", "Type Language", "Texinfo",
    "DTrace", "Gnuplot", "NSIS", "Inno Setup", "Pic", "Mask", "Pan", "Self", "Red",
    "Clean", "Factor", "Pure Data", "Ring", "Ink", "Io", "Turing", "Logos", "Zeek",
    "Genshi", "Glyph", "Stan", "Slash", "Omgrofl", "Brainfuck", "LOLCODE", "Whitespace",
    "Befunge", "Ox", "Boo", "Pony", "Frege", "Muse", "Oxygene", "Tea", "Volt", "Wisp",
    "Alloy", "Arc", "Sage", "Max", "Charity", "Cool", "Csound", "Easybuild", "Gosu",
    "HiveQL", "Lean", "Mercury", "Modelica", "Monkey", "Nu", "Opal", "Oz", "Pike",
    "Rebol", "Shen", "Slice", "Squirrel", "Swig", "Yacc", "Lex", "XC", "Limbo", "Sass",
    "SCSS", "Less", "Stylus", "PLpgSQL", "PLSQL", "TSQL", "SQLPL", "Hack", "Fancy",
    "q", "Roc", "Isabelle", "Fluent", "Click", "Cairo", "RPC", "VCL", "Bison", "fish",
}


def load_linguist(src, so_counts, lexicon, min_so=800):
    path = os.path.join(src, "linguist", "languages.yml")
    with open(path, encoding="utf-8") as f:
        langs = yaml.safe_load(f)
    out = []
    for name in sorted(langs):
        info = langs[name]
        if info.get("type") not in ("programming", "markup", "query"):
            if name not in ("SQL",):
                continue
        if name in LINGUIST_SKIP:
            continue
        tag = name.casefold().replace(" ", "-")
        cnt = so_counts.get(tag, 0)
        if cnt < min_so:
            continue
        aliases = []
        for a in info.get("aliases", []):
            t = a.replace("-", " ")
            if len(t) < 4 or t in lexicon or fold(t) == fold(name):
                continue
            aliases.append(t)
        # a single ordinary word as a name must be case-sensitive and need tech context
        words = name.split()
        if (len(name) <= 2 or (len(words) == 1 and name.casefold() in lexicon)
                or re.fullmatch(r"[A-Z][a-z]+", name)):
            aliases.append({"text": name, "caseSensitive": True, "context": "tech"})
        cat = "language"
        out.append({
            "id": make_id(name), "name": name, "kind": "hard", "category": cat,
            "aliases": aliases, "implies": [], "related": [],
            "_file": "linguist-languages.json", "_origin": "linguist", "_where": "languages.yml",
        })
    return out


# --------------------------------------------------------------------------- O*NET

COMMODITY_CATEGORY = {
    "Analytical or scientific software": "tool",
    "Data base user interface and query software": "database",
    "Data base management system software": "database",
    "Object oriented data base management software": "database",
    "Data base reporting software": "data-ml",
    "Business intelligence and data analysis software": "data-ml",
    "Data mining software": "data-ml",
    "Metadata management software": "data-ml",
    "Categorization or classification software": "data-ml",
    "Medical software": "healthcare",
    "Financial analysis software": "finance-accounting",
    "Accounting software": "finance-accounting",
    "Tax preparation software": "finance-accounting",
    "Time accounting software": "finance-accounting",
    "Audit software": "finance-accounting",
    "Computer aided design CAD software": "design",
    "Computer aided manufacturing CAM software": "design",
    "Computer aided design CAD and computer aided manufacturing CAM system": "design",
    "Pattern design software": "design",
    "Graphics or photo imaging software": "design",
    "Video creation and editing software": "design",
    "Music or sound editing software": "design",
    "Desktop publishing software": "design",
    "Web page creation and editing software": "design",
    "Computer imaging software": "design",
    "Map creation software": "tool",
    "Geographic information system": "tool",
    "Enterprise resource planning ERP software": "business-software",
    "Human resources software": "business-software",
    "Customer relationship management CRM software": "business-software",
    "Sales and marketing software": "sales-marketing",
    "Project management software": "business-software",
    "Document management software": "business-software",
    "Materials requirements planning logistics and supply chain software": "business-software",
    "Inventory management software": "business-software",
    "Point of sale POS software": "business-software",
    "Facilities management software": "business-software",
    "Compliance software": "business-software",
    "Procurement software": "business-software",
    "Helpdesk or call center software": "business-software",
    "Contact center software": "business-software",
    "Library software": "business-software",
    "Legal management software": "business-software",
    "Content workflow software": "business-software",
    "Risk management data and analysis software": "finance-accounting",
    "Process mapping and design software": "business-software",
    "Procedure management software": "business-software",
    "Word processing software": "office-software",
    "Spreadsheet software": "office-software",
    "Presentation software": "office-software",
    "Office suite software": "office-software",
    "Electronic mail software": "office-software",
    "Calendar and scheduling software": "office-software",
    "Desktop communications software": "office-software",
    "Instant messaging software": "office-software",
    "Video conferencing software": "office-software",
    "Network conferencing software": "office-software",
    "Spell checkers": "office-software",
    "Charting software": "office-software",
    "Development environment software": "tool",
    "Object or component oriented development software": "framework",
    "Web platform development software": "framework",
    "Graphical user interface development software": "framework",
    "Program testing software": "tool",
    "Compiler and decompiler software": "tool",
    "Configuration management software": "devops",
    "File versioning software": "tool",
    "Application server software": "platform",
    "Transaction server software": "platform",
    "Portal server software": "platform",
    "Enterprise application integration software": "platform",
    "Platform interconnectivity software": "platform",
    "Operating system software": "operating-system",
    "Network operating system enhancement software": "operating-system",
    "Network operation system software": "operating-system",
    "Device drivers or system software": "operating-system",
    "Filesystem software": "operating-system",
    "Network monitoring software": "networking",
    "Switch or router software": "networking",
    "LAN software": "networking",
    "WAN switching software and firmware": "networking",
    "Wireless software": "networking",
    "Gateway software": "networking",
    "Bridge software": "networking",
    "Optical network management software": "networking",
    "Internet protocol IP multimedia subsystem software": "networking",
    "Network connectivity terminal emulation software": "networking",
    "Software defined networking/ virtualization software": "networking",
    "Storage networking software": "networking",
    "Internet directory services software": "networking",
    "Network security or virtual private network VPN management software": "security",
    "Network security and virtual private network VPN equipment software": "security",
    "Transaction security and virus protection software": "security",
    "Authentication server software": "security",
    "Cloud-based protection or security software": "security",
    "Cloud-based data access and sharing software": "cloud-service",
    "Cloud-based management software": "cloud-service",
    "Clustering software": "platform",
    "Backup or archival software": "tool",
    "Industrial control software": "domain",
    "Flight control software": "domain",
    "Aviation ground support software": "domain",
    "Manufacturing execution system MES software": "domain",
    "Expert system software": "tool",
}

# Generic trailing words that can be dropped when what remains is still a product name.
TRAILING_GENERIC = re.compile(
    r"\s+(software|software suite|suite software|systems? software|application software)$", re.I)

# Multi-word vendor prefixes; single-word vendors are derived from the data.
MULTIWORD_VENDORS = [
    "The MathWorks", "Dassault Systemes", "National Instruments", "Qlik Tech", "Red Hat",
    "SAP SuccessFactors", "Thomson Reuters", "Wolters Kluwer", "Bentley Systems",
    "Hewlett Packard Enterprise", "Hewlett Packard", "Trimble Navigation", "Siemens PLM",
    "Computer Associates", "Schneider Electric", "Rockwell Automation", "Emerson Process",
    "General Electric", "Golden Software", "Mentor Graphics", "Sage Software",
    "Open Text", "Quest Software", "Ellucian", "Epic Systems",
]

CORPORATE_WORDS = {"Software", "Systems", "System", "Solutions", "Technologies", "Technology",
                   "Corporation", "Corp", "Inc", "Group", "International", "Robotics",
                   "Associates", "Labs", "Data", "Computer", "Computers", "Company"}

ENGLISH_EXTRA = {
    # ordinary words the prose lexicon may miss
    "chef", "dart", "zoom", "slack", "teams", "notion", "sketch", "spring", "express",
    "react", "ember", "meteor", "backbone", "flask", "jest", "mocha", "chai", "gatsby",
    "next", "nest", "hive", "pig", "storm", "puppet", "salt", "access", "excel", "word",
    "outlook", "project", "publisher", "visio", "aztec", "squeegee", "maple", "logo",
    "basic", "crystal", "pascal", "ruby", "swift", "rust", "go", "julia", "scala",
    "ansible", "docker", "workday", "box", "asana", "trello", "monday", "basecamp",
    "bootstrap", "apex", "mercury", "oracle", "sage", "simple", "lightning", "canvas",
    "compass", "atlas", "delta", "alpha", "beta", "gamma", "titan", "neptune", "vision",
    "focus", "quest", "pulse", "nexus", "fusion", "horizon", "summit", "pinnacle",
    "insight", "spectrum", "matrix", "vector", "prism", "orbit", "echo", "anchor",
}


def split_acronym(words):
    """Find an embedded acronym token whose letters are the initials of the words
    just before it. Returns (prefix, expansion, acronym, suffix) or None."""
    for i in range(1, len(words)):
        tok = words[i]
        if not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", tok):
            continue
        letters = ""
        for ch in tok:
            if ch.isdigit():
                if not letters:
                    break
                letters += letters[-1] * (int(ch) - 1)
            else:
                letters += ch.lower()
        n = len(letters)
        if n < 2 or i - n < 0:
            continue
        cand = words[i - n:i]
        if all(w[:1].lower() == letters[j] for j, w in enumerate(cand)):
            return words[: i - n], cand, tok, words[i + 1:]
        # allow one skipped small word (of, and, or, for)
        for width in range(n + 1, min(i, n + 2) + 1):
            cand = words[i - width:i]
            initials = [w[:1].lower() for w in cand
                        if w.lower() not in ("of", "and", "or", "for", "the", "a", "to", "in")]
            if "".join(initials) == letters:
                return words[: i - width], cand, tok, words[i + 1:]
    return None


def is_plain_word(w):
    return re.fullmatch(r"[A-Z]?[a-z]+", w) is not None


def generic_phrase(words, lexicon):
    """True for ordinary phrases such as 'Calendar and scheduling software'."""
    if len(words) < 2:
        return False
    first, rest = words[0], words[1:]
    if not re.fullmatch(r"[A-Z][a-z]+", first):
        return False
    return all(re.fullmatch(r"[a-z][a-z\-/]*|[a-z]+'s|\(?[a-z]+\)?", w) for w in rest)


def word_alias(text, lexicon, force_flag=False):
    """Alias for a single product word: flag it if it is an ordinary word."""
    if re.fullmatch(r"[A-Z]{1,3}", text) or len(text) <= 2:
        return {"text": text, "caseSensitive": True, "context": "tech"}
    if re.fullmatch(r"[A-Z]+", text):
        if text.casefold() in lexicon or text.casefold() in ENGLISH_EXTRA:
            return {"text": text, "caseSensitive": True, "context": "tech"}
        return text
    if force_flag or re.fullmatch(r"[A-Z][a-z]+", text) or text.casefold() in lexicon \
            or text.casefold() in ENGLISH_EXTRA:
        return {"text": text, "caseSensitive": True, "context": "tech"}
    return text


def load_onet(src, lexicon):
    path = os.path.join(src, "onet-29.2", "Technology Skills.txt")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    occ = Counter(r["Example"] for r in rows)
    first = {}
    for r in rows:
        first.setdefault(r["Example"], r)
    # single-word vendors: a first word shared by >= 3 distinct multi-word examples
    fw = Counter()
    for ex in first:
        ws = ex.split()
        if len(ws) >= 2 and re.fullmatch(r"[A-Z][A-Za-z0-9&\-]+", ws[0]):
            fw[ws[0]] += 1
    vendors = {w for w, n in fw.items() if n >= 3 and w.casefold() not in lexicon}
    entries = []
    for ex in sorted(first):
        r = first[ex]
        raw = " ".join(ex.split())
        name = TRAILING_GENERIC.sub("", raw).strip()
        words = name.split()
        aliases = []
        acr = split_acronym(words)
        generic = False
        if acr:
            prefix, expansion, a, suffix = acr
            exp_s = " ".join(expansion)
            pre_s = " ".join(prefix)
            suf_s = " ".join(suffix)
            if suffix:
                nm = " ".join([a] + suffix)
                aliases += [" ".join(prefix + expansion + suffix), " ".join(expansion + suffix)]
                if prefix:
                    aliases.append(" ".join(prefix + [a] + suffix))
            elif prefix:
                nm = pre_s + " " + a
                aliases += [pre_s + " " + exp_s, exp_s, word_alias(a, lexicon)]
            else:
                nm = a
                aliases.append(exp_s)
            # drop trailing "or ..." leftovers such as "OCR or scanning"
            name = nm
        else:
            if generic_phrase(words, lexicon) or (len(words) == 1 and raw != name):
                generic = True
            # vendor prefix removal: "Autodesk AutoCAD" -> alias "AutoCAD"
            vend = None
            for mv in MULTIWORD_VENDORS:
                if name.startswith(mv + " "):
                    vend = mv
                    break
            if vend is None and len(words) >= 2 and words[0] in vendors:
                vend = words[0]
            if vend:
                rest = name[len(vend):].strip()
                while rest.split() and rest.split()[0] in CORPORATE_WORDS:
                    rest = rest.split(None, 1)[1] if len(rest.split()) > 1 else ""
                rw = rest.split()
                if len(rw) == 1:
                    aliases.append(word_alias(rest, lexicon))
                elif rw and not all(is_plain_word(w) and w.casefold() in lexicon for w in rw):
                    aliases.append(rest)
            elif len(words) >= 2 and re.search(r"[a-z][A-Z]|^[A-Z0-9]{3,}$", words[0]) \
                    and all(re.fullmatch(r"[a-z][a-z\-]*", w) for w in words[1:]):
                # "Rezgo online booking" style: brand word + generic description
                aliases.append(words[0])
        if raw != name and raw not in [alias_text(a) for a in aliases]:
            if not generic:
                aliases.append(raw)
        # a bare single ordinary word as the name must be flagged
        nw = name.split()
        if len(nw) == 1:
            wa = word_alias(name, lexicon)
            if isinstance(wa, dict):
                aliases.append(wa)
        elif all(re.fullmatch(r"[A-Za-z]+", w) and w.casefold() in lexicon for w in nw):
            # a phrase of ordinary words ("Bargaining Power"): exact case, tech context
            aliases.append({"text": name, "caseSensitive": True, "context": "tech"})
        cat = COMMODITY_CATEGORY.get(r["Commodity Title"], "tool")
        entries.append({
            "id": make_id(name), "name": name, "kind": "hard", "category": cat,
            "aliases": aliases, "implies": [], "related": [],
            "_file": "onet-technology.json", "_origin": "onet", "_where": raw,
            "_generic": generic, "_raw": raw, "_occ": occ[ex],
            "_hot": r["Hot Technology"] == "Y",
        })
    return entries


# --------------------------------------------------------------------------- Stack Overflow

SO_ALIAS_DENY = {
    "elastic", "threads", "spa", "node", "nodes", "cached", "gui", "ui", "ux", "db",
    "ml", "ai", "os", "vm", "api", "apis", "rest", "web", "app", "apps", "net", "ssl",
    "sql server 2008", "regexp", "amazon", "google", "microsoft", "apple", "ibm",
    "ses", "aci", "gce", "gae", "vso", "plt", "pylab", "raven", "shards", "indexes",
    "logger", "travis", "cake", "underscore", "div", "divs", "proto", "mma", "wolfram",
    "mac", "oops", "gof", "docs", "scc", "oss", "auth", "login", "logon", "encrypt",
    "charles", "mockup", "unittest", "classifier", "stats", "linearmodels", "multi factor",
    "mata", "omp", "vcs", "sccs", "mongod", "mysqld", "mysqlsh", "mysqlclient", "mysqldump",
    "bashrc", "vimrc", "php.ini", "servletcontext", "cudamalloc", "jsonobject", "sqlselect",
    "wificonfiguration", "cronexpression", "mlint", "vbproj", "dotq", "wixlib", "wpdb",
    "okhttpclient", "sqlitedatabase", "xsltprocessor", "xsltransform", "loadtest",
}


def load_so(src):
    counts = {}
    with open(os.path.join(src, "stackoverflow", "Tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            try:
                counts[r["TagName"]] = int(r["Count"] or 0)
            except ValueError:
                pass
    syn = defaultdict(list)
    with open(os.path.join(src, "stackoverflow", "TagSynonyms.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            syn[r["TargetTagName"]].append(r["SourceTagName"])
    return counts, syn


def so_tag_forms(skill):
    forms = {skill["id"], skill["name"].casefold().replace(" ", "-")}
    for a in skill["aliases"]:
        if not alias_flagged(a):
            forms.add(alias_text(a).casefold().replace(" ", "-"))
    return forms


def so_alias_ok(src_tag, target, lexicon):
    t = src_tag.replace("-", " ")
    if src_tag in SO_ALIAS_DENY or t in SO_ALIAS_DENY:
        return None
    if len(re.sub(r"[^a-z0-9]", "", t)) < 3:
        return None
    if " " not in t and t in lexicon:
        return None
    if re.search(r"\d+(\.\d+)+$|\d{4}$", t):        # versioned tags (python-3.6, sql-server-2008)
        return None
    # only spelling variants: the source must share its first 2 letters with the target,
    # or be a known abbreviation style (k8s, gke) without spaces
    tt = target.replace("-", " ")
    if not (t[:2] == tt[:2] or (" " not in t and len(t) <= 5)):
        return None
    # reject sub-topic tags ("python extensions" -> "python c api")
    if " " in t and not set(t.split()) <= set(tt.split()) | {"js", "lang"}:
        if t.replace(" ", "") != tt.replace(" ", "").replace(".", ""):
            return None
    return t


# --------------------------------------------------------------------------- merge

def alias_keys(skill):
    keys = [fold(skill["name"])]
    for a in skill["aliases"]:
        if not alias_flagged(a):
            keys.append(fold(alias_text(a)))
    return keys


def build(src):
    lexicon = build_lexicon(src)
    so_counts, so_syn = load_so(src)
    curated = load_curated()
    log = []

    # ---- curated validation
    by_id = {}
    for s in curated:
        if s["id"] in by_id:
            raise SystemExit(f"duplicate curated id {s['id']} at {s['_where']} and {by_id[s['id']]['_where']}")
        by_id[s["id"]] = s
    owner = {}  # folded unflagged alias -> skill id (curated)
    for s in curated:
        for k in alias_keys(s):
            if k in owner and owner[k] != s["id"]:
                log.append(f"WARN curated alias '{k}' on {owner[k]} and {s['id']}")
            owner.setdefault(k, s["id"])
    loose_owner = {}
    for s in curated:
        for k in alias_keys(s):
            loose_owner.setdefault(fold_key(k), s["id"])
    flagged_owner = {}
    for s in curated:
        for a in s["aliases"]:
            if alias_flagged(a):
                flagged_owner.setdefault(fold(alias_text(a)), s["id"])

    # ---- Stack Overflow synonyms -> extra aliases on curated tech skills
    so_added = 0
    tech_cats = {"language", "framework", "library", "database", "cloud-service",
                 "cloud-platform", "devops", "data-ml", "security", "tool", "platform",
                 "operating-system", "networking", "method"}
    for s in curated:
        if s["category"] not in tech_cats:
            continue
        for tag in sorted(so_tag_forms(s)):
            if tag not in so_syn:
                continue
            for srct in sorted(so_syn[tag]):
                t = so_alias_ok(srct, tag, lexicon)
                if not t:
                    continue
                k = fold(t)
                if k in owner or k in flagged_owner:
                    continue
                s["aliases"].append(t)
                owner[k] = s["id"]
                s.setdefault("_so", []).append(t)
                so_added += 1

    # ---- linguist
    ling = load_linguist(src, so_counts, lexicon)
    extra = []
    for s in ling:
        keys = alias_keys(s)
        hit = next((owner[k] for k in keys if k in owner), None) or \
            next((loose_owner[fold_key(k)] for k in keys if fold_key(k) in loose_owner), None)
        if hit or s["id"] in by_id or fold(s["name"]) in flagged_owner:
            continue
        s["aliases"] = [a for a in s["aliases"]
                        if alias_flagged(a) or fold(alias_text(a)) not in owner]
        by_id[s["id"]] = s
        for k in alias_keys(s):
            owner.setdefault(k, s["id"])
        extra.append(s)

    # ---- O*NET
    onet = load_onet(src, lexicon)
    merged = skipped = 0
    seen_onet = {}
    for s in onet:
        keys = alias_keys(s) + [fold(s["_raw"])]
        flagged_names = [fold(alias_text(a)) for a in s["aliases"] if alias_flagged(a)]
        hit = next((owner[k] for k in keys if k in owner), None)
        if hit is None:
            hit = next((loose_owner[fold_key(k)] for k in keys if fold_key(k) in loose_owner), None)
        if hit is None:
            hit = next((flagged_owner[k] for k in flagged_names + [fold(s["name"])]
                        if k in flagged_owner), None)
        if hit is not None:
            merged += 1
            continue
        if s["_generic"]:
            skipped += 1
            continue
        sid = s["id"]
        if sid in by_id:
            # same id from a different raw name: merge into the first one
            other = by_id[sid]
            if other.get("_origin") == "onet":
                for a in s["aliases"]:
                    if alias_text(a) not in [alias_text(b) for b in other["aliases"]] \
                            and fold(alias_text(a)) != fold(other["name"]):
                        other["aliases"].append(a)
                merged += 1
                continue
            skipped += 1
            continue
        # drop aliases owned by another skill
        kept = []
        for a in s["aliases"]:
            k = fold(alias_text(a))
            if k == fold(s["name"]):
                if alias_flagged(a):
                    kept.append(a)
                continue
            if alias_flagged(a):
                if k in flagged_owner or k in owner:
                    continue
                kept.append(a)
                flagged_owner[k] = sid
            else:
                if k in owner:
                    continue
                kept.append(a)
                owner[k] = sid
        if fold(s["name"]) in owner:
            skipped += 1
            continue
        # if the name itself is flagged, its bare form must not be added twice
        s["aliases"] = kept
        owner[fold(s["name"])] = sid
        by_id[sid] = s
        extra.append(s)
    log.append(f"O*NET: {len(onet)} distinct examples, {merged} merged into curated/duplicates, "
               f"{skipped} generic or colliding skipped, "
               f"{sum(1 for s in extra if s['_origin'] == 'onet')} imported")
    log.append(f"Stack Overflow synonyms: {so_added} aliases added to curated skills")
    log.append(f"linguist: {sum(1 for s in extra if s['_origin'] == 'linguist')} languages imported")

    extra = screen_imports(curated, extra, load_english(), log)
    allskills = curated + extra
    validate(allskills, log)
    return allskills, log


def screen_imports(curated, extra, english, log):
    """Drop imported one-word forms that read as ordinary English, and imported aliases
    whose token sequence another skill already has (curated first)."""
    if not english:
        log.append("WARN no English word list; imported skills not screened")
        return extra
    taken = {}
    for s in curated:
        forms = [s["name"]] + [alias_text(a) for a in s["aliases"]]
        for t in forms:
            taken.setdefault(token_keys(t), s["id"])
    kept = []
    dropped_forms = dropped_skills = renamed = 0
    for s in extra:
        if s["_origin"] == "linguist":
            # languages: an English-word name stays, but only case-sensitive in tech context
            out = []
            for a in s["aliases"]:
                if not alias_flagged(a) and ordinary_word(alias_text(a), english):
                    dropped_forms += 1
                    continue
                out.append(a)
            if ordinary_word(s["name"], english) and not any(
                    alias_flagged(a) and alias_text(a).casefold() == s["name"].casefold() for a in out):
                out.append({"text": s["name"], "caseSensitive": True, "context": "tech"})
            s["aliases"] = out
        else:
            out = []
            for a in s["aliases"]:
                t = alias_text(a)
                if ordinary_word(t, english) or taken.get(token_keys(t), s["id"]) != s["id"]:
                    dropped_forms += 1
                    continue
                out.append(a)
            s["aliases"] = out
            if ordinary_word(s["name"], english) or taken.get(token_keys(s["name"]), s["id"]) != s["id"]:
                # keep the skill under a multi-word form of its own, if it has one
                multi = [alias_text(a) for a in out if len(token_keys(alias_text(a))) > 1
                         and not alias_flagged(a)
                         and taken.get(token_keys(alias_text(a)), s["id"]) == s["id"]]
                if not multi:
                    dropped_skills += 1
                    continue
                s["name"] = multi[0]
                s["aliases"] = [a for a in out if alias_text(a) != multi[0]
                                and not (alias_flagged(a) and ordinary_word(alias_text(a), english))]
                renamed += 1
        forms = [s["name"]] + [alias_text(a) for a in s["aliases"]]
        for t in forms:
            taken.setdefault(token_keys(t), s["id"])
        kept.append(s)
    log.append(f"imports screened: {dropped_forms} one-word or colliding forms dropped, "
               f"{renamed} skills renamed to a multi-word form, {dropped_skills} skills dropped")
    return kept


def validate(skills, log):
    ids = {s["id"] for s in skills}
    errors = []
    for s in skills:
        if not ID_RE.match(s["id"]):
            errors.append(f"bad id {s['id']!r} ({s['_where']})")
        if s["kind"] not in KINDS:
            errors.append(f"bad kind {s['kind']} on {s['id']}")
        if s["category"] not in CATEGORIES:
            errors.append(f"bad category {s['category']} on {s['id']}")
        for a in s["aliases"]:
            if isinstance(a, dict) and a.get("context") and a["context"] not in CONTEXTS:
                errors.append(f"bad context on {s['id']}")
        for r in s["implies"] + s["related"]:
            if r not in ids:
                errors.append(f"unknown id {r!r} referenced by {s['id']} ({s['_where']})")
            if r == s["id"]:
                errors.append(f"self reference on {s['id']}")
    # implies cycles
    graph = {s["id"]: s["implies"] for s in skills}
    state = {}

    def dfs(n, stack):
        state[n] = 1
        for m in graph.get(n, []):
            if state.get(m) == 1:
                errors.append("implies cycle: " + " -> ".join(stack + [n, m]))
            elif m in graph and state.get(m) is None:
                dfs(m, stack + [n])
        state[n] = 2

    for n in sorted(graph):
        if state.get(n) is None:
            dfs(n, [])
    # unflagged duplicate aliases across skills
    seen = {}
    for s in skills:
        for k in set(alias_keys(s)):
            if k in seen and seen[k] != s["id"]:
                errors.append(f"alias '{k}' on both {seen[k]} and {s['id']}")
            seen.setdefault(k, s["id"])
    if errors:
        for e in errors[:200]:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} validation errors")


# --------------------------------------------------------------------------- output

def clean(s):
    seen = set()
    aliases = []
    for a in s["aliases"]:
        t = alias_text(a)
        key = (t.casefold(), json.dumps(a, sort_keys=True) if isinstance(a, dict) else "")
        if not alias_flagged(a):
            if fold(t) == fold(s["name"]) and not (alias_unambiguous(a) and t.casefold() == s["name"].casefold()):
                continue
            key = (fold(t), "")
        if key in seen:
            continue
        seen.add(key)
        if isinstance(a, dict):
            d = {"text": a["text"]}
            if a.get("caseSensitive"):
                d["caseSensitive"] = True
            if a.get("context"):
                d["context"] = a["context"]
            if a.get("unambiguous"):
                d["unambiguous"] = True
            a = d if len(d) > 1 else d["text"]
        aliases.append(a)
    out = {
        "id": s["id"], "name": s["name"], "kind": s["kind"], "category": s["category"],
        "aliases": aliases, "implies": sorted(set(s["implies"])),
        "related": sorted(set(s["related"])),
    }
    if s.get("broad"):
        out["broad"] = True
    return out


def dump_file(source, skills):
    lines = ["{", f'  "source": {json.dumps(source, ensure_ascii=False)},', '  "skills": [']
    for i, s in enumerate(skills):
        body = [f'      "{k}": {json.dumps(s[k], ensure_ascii=False)}' for k in
                ("id", "name", "kind", "category", "aliases", "implies", "related", "broad") if k in s]
        lines.append("    {")
        lines.append(",\n".join(body))
        lines.append("    }" + ("," if i < len(skills) - 1 else ""))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


SOURCES_NOTE = {
    "linguist-languages.json": "github-linguist/linguist languages.yml (MIT), filtered to "
                               "programming/markup/query languages with >= 800 Stack Overflow "
                               "questions; generated by Scripts/taxonomy/build.py",
    "onet-technology.json": "O*NET 29.2 Technology Skills (CC BY 4.0, USDOL/ETA): product and "
                            "technology names, cleaned; category from the UNSPSC commodity title; "
                            "generated by Scripts/taxonomy/build.py",
}


def render(skills):
    curated_sources = {}
    for path in sorted(glob.glob(os.path.join(CURATED_DIR, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        curated_sources[doc["file"]] = doc.get("source", "hand-curated")
    files = defaultdict(list)
    so_files = set()
    for s in skills:
        files[s["_file"]].append(s)
        if s.get("_so"):
            so_files.add(s["_file"])
    out = {}
    for fname in files:
        src = curated_sources.get(fname) or SOURCES_NOTE.get(fname, "generated")
        if fname in so_files:
            src += "; some aliases from Stack Overflow tag synonyms (CC BY-SA 4.0)"
        items = sorted((clean(s) for s in files[fname]), key=lambda s: s["id"])
        out[fname] = dump_file(src, items)
    order = [f for f in FILE_ORDER if f in out] + sorted(f for f in out if f not in FILE_ORDER)
    manifest = json.dumps({"version": VERSION, "files": order}, indent=2) + "\n"
    out["manifest.json"] = manifest
    return out


def stats(skills):
    print(f"skills: {len(skills)}")
    total = sum(1 + len(clean(s)["aliases"]) for s in skills)
    flagged = sum(1 for s in skills for a in clean(s)["aliases"] if alias_flagged(a))
    cs = sum(1 for s in skills for a in clean(s)["aliases"]
             if isinstance(a, dict) and a.get("caseSensitive"))
    ctx = sum(1 for s in skills for a in clean(s)["aliases"]
              if isinstance(a, dict) and a.get("context"))
    print(f"aliases (names + aliases): {total}")
    print(f"flagged aliases: {flagged} (caseSensitive: {cs}, with context: {ctx})")
    print("per kind:")
    for k, n in sorted(Counter(s["kind"] for s in skills).items()):
        print(f"  {k}: {n}")
    print("per category:")
    for k, n in sorted(Counter(s["category"] for s in skills).items()):
        print(f"  {k}: {n}")
    print("per file:")
    for k, n in sorted(Counter(s["_file"] for s in skills).items()):
        print(f"  {k}: {n}")


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    src = args[0] if args else os.path.join(ROOT, "..", "shared", "data", "taxonomy")
    if not os.path.isabs(src):
        src = os.path.join(ROOT, src) if not os.path.exists(src) else os.path.abspath(src)
    skills, log = build(src)
    for l in log:
        print(l)
    out = render(skills)
    os.makedirs(OUT_DIR, exist_ok=True)
    changed = []
    for fname, text in sorted(out.items()):
        p = os.path.join(OUT_DIR, fname)
        old = open(p, encoding="utf-8").read() if os.path.exists(p) else None
        if old != text:
            changed.append(fname)
            if not check:
                with open(p, "w", encoding="utf-8") as f:
                    f.write(text)
    stats(skills)
    size = sum(len(t.encode("utf-8")) for t in out.values())
    print(f"total JSON size: {size} bytes")
    if check:
        if changed:
            print("out of date: " + ", ".join(changed))
            return 1
        print("up to date")
    else:
        print("written: " + (", ".join(changed) if changed else "(nothing changed)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
