#!/usr/bin/env python3
"""Fills unfinished entries of a .ts file from a JSON glossary (source -> translation).

Usage: scripts/fill-translations.py translations/quire_de.ts translations/glossary_de.json
A glossary value is a string, or for a %n (numerus) message a list of the
language's plural forms in Qt Linguist's order.
Entries without a glossary translation stay unfinished, so the translation
check keeps failing until a person has translated them.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, glossary_path):
    with open(glossary_path, encoding="utf-8") as f:
        glossary = json.load(f)
    tree = ET.parse(ts_path)
    filled = missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in glossary:
            value = glossary[source]
            if message.get("numerus") == "yes":
                if not isinstance(value, list):
                    print(f"numerus message needs a list of forms: {source!r}", file=sys.stderr)
                    missing += 1
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            del translation.attrib["type"]
            filled += 1
        else:
            missing += 1
            print(f"untranslated: {source!r}", file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"{ts_path}: filled {filled}, still untranslated {missing}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
