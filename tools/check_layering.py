#!/usr/bin/env python3
"""Fails when a layer includes what it must not (docs/architecture.md, "Layers")."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "leerplek"
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)

# layer folder -> (leerplek layers it may include, third-party headers it may include)
RULES = {
    "domain": ({"domain"}, set()),
    "app": ({"domain", "app"}, set()),
    "storage/sql": ({"domain", "app", "storage/sql"}, {"nlohmann/", "spdlog/"}),
    "storage/sqlite": ({"domain", "app", "storage/sql", "storage/sqlite"}, {"sqlite3.h"}),
    "storage/postgres": ({"domain", "app", "storage/sql", "storage/postgres"}, {"libpq-fe.h"}),
    "crypto": ({"domain", "app", "crypto"}, {"sodium.h"}),
    "mail": ({"domain", "app", "mail"}, {"curl/"}),
    "curriculum": ({"domain", "app", "curriculum"}, {"toml++/"}),
    "files": ({"domain", "app", "files"}, set()),
    "pdf": ({"domain", "app", "pdf"}, {"cairo.h", "cairo-pdf.h", "pango/", "glib.h", "glib-object.h"}),
    "xlsx": ({"domain", "app", "xlsx"}, {"xlsxwriter.h"}),
    "http": ({"domain", "app", "http"}, {"nlohmann/", "spdlog/", "sodium.h", "date/", "boost/"}),
    "cli": (None, None),  # main wires everything
}
# Third-party headers that only one file set may include.
ONLY_IN = {"boost/": "http/server.cpp", "sqlite3.h": "storage/sqlite/", "libpq-fe.h": "storage/postgres/",
           "cairo": "pdf/", "pango/": "pdf/", "xlsxwriter": "xlsx/"}
POSIX = {"unistd.h", "strings.h", "signal.h", "sys/types.h", "sys/stat.h", "fcntl.h"}
CLOCK = re.compile(r"system_clock::now|steady_clock::now|std::time\(|time\(nullptr\)")


def layer_of(rel: str) -> str:
    for layer in sorted(RULES, key=len, reverse=True):
        if rel.startswith(layer + "/"):
            return layer
    return ""


def is_standard(header: str) -> bool:
    return "/" not in header and not header.endswith(".h") or header in {"cassert", "cstdint"}


def main() -> int:
    problems = []
    for path in sorted(ROOT.rglob("*.[ch]pp")):
        rel = path.relative_to(ROOT).as_posix()
        test = rel.endswith("_test.cpp")
        layer = layer_of(rel)
        if not layer:
            problems.append(f"{rel}: not in a known layer folder")
            continue
        text = path.read_text(encoding="utf-8")
        own, third = RULES[layer]
        for kind, header in INCLUDE.findall(text):
            if header.startswith("../") or "/../" in header:
                problems.append(f"{rel}: relative include {header}")
            for prefix, allowed in ONLY_IN.items():
                if header.startswith(prefix) and not rel.startswith(allowed):
                    problems.append(f"{rel}: only {allowed} may include {header}")
            if own is None or test and header.startswith("gtest/"):
                continue
            if kind == '"' or header.startswith("leerplek/"):
                m = re.match(r"leerplek/(.+)/[^/]+$", header)
                target = m.group(1) if m else ""
                if target not in own:
                    problems.append(f"{rel}: layer {layer} must not include {header}")
            elif layer not in {"domain", "app"} and header in POSIX:
                continue
            elif not is_standard(header) and not any(header.startswith(t) for t in third):
                problems.append(f"{rel}: layer {layer} must not include <{header}>")
        if layer in {"domain", "app"} and not test and CLOCK.search(text):
            problems.append(f"{rel}: the {layer} layer must not read the clock")
    for p in problems:
        print(p)
    print(f"layering: {len(problems)} problem(s) in {ROOT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
