#!/usr/bin/python3
"""Checks that each layer of InnoDesk includes only what it may (docs/ARCHITECTURE.md).

Reads every #include line of the C++ sources under the layer folders and prints each one that
breaks a rule, with the file, the line and the rule; exits 1 if there is any. Run from anywhere:
    scripts/check_layers.py [SOURCE_DIR]
"""
import pathlib
import re
import sys

# The project folders a layer's files may include (besides their own folder).
ALLOWED_LAYERS = {
    "domain": set(),
    "text": {"domain"},
    "interchange": {"domain", "text"},
    "persistence": {"domain", "text"},
    "signing": {"domain"},
    "reports": {"domain", "interchange", "text"},
    "demo": {"domain", "signing"},
    "app": {"domain", "text", "interchange", "persistence", "signing", "reports", "demo"},
    "cli": {"domain", "text", "interchange", "persistence", "signing", "reports", "app"},
    "gui": {"domain", "text", "interchange", "persistence", "signing", "reports", "app"},
}
LAYERS = set(ALLOWED_LAYERS) | {"tests", "bench", "fuzz"}

# Outside libraries, by the folder their headers live in: who may include them.
LIBRARIES = {
    "wx": {"gui"},
    "soci": {"persistence"},
    "openssl": {"signing"},
    "libp11.h": {"signing"},
    "podofo": {"signing"},
    "unicode": {"text", "interchange", "reports"},
    "pango": {"reports"},
    "cairo": {"reports"},
    "xlsxwriter.h": {"interchange", "reports"},
    "CLI": {"cli"},
}

# persistence/ shows the layers above only these headers; the rest (SOCI's store, the
# repositories, the error translation) is its own, and the tests' through tests/support/raw_store.h.
# postgres_login.h: a user's login role on PostgreSQL (docs/DEPLOYMENT.md); no SOCI type crosses it.
PERSISTENCE_PUBLIC = {"persistence/database_store.h", "persistence/database_target.h", "persistence/postgres_login.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def layer_of(path: pathlib.Path, root: pathlib.Path) -> str:
    return path.relative_to(root).parts[0]


def check_file(path: pathlib.Path, root: pathlib.Path) -> list[str]:
    layer = layer_of(path, root)
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = INCLUDE.match(line)
        if not match:
            continue
        bracket, header = match.groups()
        where = f"{path.relative_to(root)}:{number}: {header}"
        first = header.split("/")[0]
        if bracket == "<":
            if layer == "domain" and ("/" in header or header.endswith(".h")):
                problems.append(f"{where}: domain/ includes only the C++ standard library")
                continue
            users = LIBRARIES.get(first if "/" in header else header)
            if users is not None and layer not in users | {"tests", "bench", "fuzz"}:
                problems.append(f"{where}: only {', '.join(sorted(users))} may include {first}")
            continue
        if "/" not in header or first not in LAYERS:
            continue  # a file of the same folder, or a generated header
        if layer in ALLOWED_LAYERS and first != layer and first not in ALLOWED_LAYERS[layer]:
            problems.append(f"{where}: {layer}/ may not include {first}/")
        if (first == "persistence" and layer not in {"persistence", "tests", "bench", "fuzz"}
                and header not in PERSISTENCE_PUBLIC):
            problems.append(f"{where}: outside persistence/ only {', '.join(sorted(PERSISTENCE_PUBLIC))}")
        if first == "tests" and layer not in {"tests", "bench"}:
            problems.append(f"{where}: only tests and benchmarks include tests/")
    return problems


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent).resolve()
    problems = []
    checked = 0
    for layer in sorted(LAYERS):
        folder = root / layer
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".cpp", ".h", ".in"} and path.is_file():
                checked += 1
                problems += check_file(path, root)
    if checked == 0:
        print(f"No C++ sources found under {root}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem)
    print(f"{checked} files checked, {len(problems)} layering violations", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
