#!/usr/bin/env python3
"""The portal's texts (docs/adr/0170): which Dutch sentences the code uses and which a language lacks.

  scripts/texts.py missing en            keys used in src/ without an English text, per feature folder
  scripts/texts.py skeleton en Vacancies a JSON object of the missing keys of one folder, to translate
                                         into src/VrijwilligersPortal.Web/Resources/en/Vacancies.json
  scripts/texts.py unused en             English texts whose key no code uses any more

It finds keys written as literals: Localizer["…"], Text["…"], text["…"], [Display(Name = "…")] and
Flash("…") / FlashError("…").
A key built at run time (Localizer[label]) is not seen; list such keys in a file of their own.
"""
import json
import pathlib
import re
import sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "VrijwilligersPortal.Web"
STRING = r'"((?:[^"\\]|\\.)*)"'
PATTERNS = [
    re.compile(r'\b(?:Localizer|Text|text)\[\s*' + STRING),
    re.compile(r'\[Display\(Name\s*=\s*' + STRING),
    re.compile(r'\b(?:Flash|FlashError)\(\s*' + STRING),
]


def unescape(literal):
    return bytes(literal, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in literal else literal


def used_keys():
    """key -> set of feature folders (the folder under Features/, or the top folder) that use it."""
    keys = defaultdict(set)
    for path in list(ROOT.glob("src/**/*.cs")) + list(ROOT.glob("src/**/*.cshtml")):
        if "/bin/" in str(path) or "/obj/" in str(path) or "/Migrations/" in str(path):
            continue
        parts = path.relative_to(WEB).parts if path.is_relative_to(WEB) else ("..",) + path.parts[-2:]
        folder = parts[1] if parts[0] == "Features" and len(parts) > 2 else parts[0]
        text = path.read_text(encoding="utf-8")
        for pattern in PATTERNS:
            for match in pattern.finditer(text):
                keys[unescape(match.group(1))].add(folder.removesuffix(".cs").removesuffix(".cshtml"))
    return keys


def translated(culture):
    texts = {}
    for path in sorted((WEB / "Resources" / culture).glob("*.json")):
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    return texts


def main():
    command, culture = sys.argv[1], sys.argv[2]
    keys, have = used_keys(), translated(culture)
    if command == "missing":
        per_folder = defaultdict(list)
        for key, folders in keys.items():
            if key not in have:
                per_folder[sorted(folders)[0]].append(key)
        for folder in sorted(per_folder):
            print(f"{folder}: {len(per_folder[folder])}")
        print(f"total missing: {sum(len(v) for v in per_folder.values())} of {len(keys)} keys")
    elif command == "skeleton":
        folder = sys.argv[3]
        missing = {k: "" for k, f in sorted(keys.items()) if k not in have and sorted(f)[0] == folder}
        print(json.dumps(missing, ensure_ascii=False, indent=2))
    elif command == "unused":
        for key in sorted(set(have) - set(keys)):
            print(key)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
