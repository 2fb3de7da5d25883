# Shared helpers for the edition authoring scripts (not shipped).
import json, os

def T(fr, en):
    return {"fr": fr, "en": en}

def opt(id, fr, en, weights=None, stages=None):
    o = {"id": id, "label": T(fr, en)}
    if weights: o["weights"] = weights
    if stages: o["stages"] = stages
    return o

def L(*pairs):
    return [T(fr, en) for fr, en in pairs]

def write(name, data):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "src", "editions", name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", path)
