"""Gold for probe catalogs made from the rows of catalogs already in the corpus: what the new file shows is the same
catalog, so its gold is the source's gold under the new name, limited to the fields the new file prints."""
import copy
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GOLD = os.path.join(ROOT, "src", "test", "resources", "published-gold")


def source(rel):
    """The gold of a corpus catalog, by its path under published-gold (e.g. portal/bd_shehuijiuzhu.html.json)."""
    with open(os.path.join(GOLD, rel), encoding="utf-8") as f:
        return json.load(f)


def write_gold(src, folder, name, keep=None):
    """Writes published-gold/<folder>/<name>.json: src under the new name, entries limited to the keys in keep."""
    gold = copy.deepcopy(src)
    gold["source"] = name
    if keep is not None:
        gold["entries"] = [{k: v for k, v in e.items() if k in keep} for e in src["entries"]]
    with open(os.path.join(GOLD, folder, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
