"""The HSDS 3 JSON schemas (Open Referral, CC BY-SA 4.0; see LICENSE) and a validator for them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).parent / "schema"


@cache
def validator(name: str):
    """A jsonschema validator for one HSDS object type, e.g. validator("service")."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = [
        (p.name, Resource.from_contents(json.loads(p.read_text(encoding="utf-8")), default_specification=DRAFT202012))
        for p in SCHEMA_DIR.glob("*.json") if p.name != "openapi.json"
    ]
    registry = Registry().with_resources(resources)
    schema = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=registry)


def errors(name: str, instance: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator(name).iter_errors(instance)]
