#!/usr/bin/env python3
"""Checks passpolicyd's OpenAPI document: a valid OpenAPI 3.1 document (openapi-spec-validator),
and every example in it valid against the schema it illustrates (JSON Schema 2020-12, formats
checked). Usage: check-openapi.py [DOCUMENT]. Run through scripts/check-openapi.sh."""
import json
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

path = sys.argv[1] if len(sys.argv) > 1 else "Sources/PassPolicyService/openapi.json"
with open(path, encoding="utf-8") as f:
    doc = json.load(f)
validate(doc)

BASE = "urn:passpolicyd"


def absolute(node):
    """The document with its local #/... references made absolute, so any part resolves alone."""
    if isinstance(node, dict):
        return {k: (BASE + v if k == "$ref" and v.startswith("#") else absolute(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [absolute(v) for v in node]
    return node


doc = absolute(doc)
registry = Registry().with_resource(BASE, Resource.from_contents(doc, default_specification=DRAFT202012))
resolver = registry.resolver(base_uri=BASE)


def resolve(node):
    while isinstance(node, dict) and "$ref" in node:
        node = resolver.lookup(node["$ref"]).contents
    return node


failures = 0
examples = 0


def check(where, schema, value):
    global failures, examples
    examples += 1
    validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for error in sorted(validator.iter_errors(value), key=str):
        failures += 1
        print(f"{path}: {where}: {error.message}", file=sys.stderr)


def media_examples(where, media):
    schema = media.get("schema")
    if schema is None:
        return
    if "example" in media:
        check(f"{where} example", schema, media["example"])
    for name, example in media.get("examples", {}).items():
        check(f"{where} example '{name}'", schema, resolve(example)["value"])


def parameter_examples(where, parameters):
    for p in parameters:
        p = resolve(p)
        if "example" in p:
            check(f"{where} parameter '{p['name']}' example", p["schema"], p["example"])


for route, item in doc["paths"].items():
    parameter_examples(route, item.get("parameters", []))
    for method, op in item.items():
        if method in ("parameters", "summary", "description", "servers"):
            continue
        where = f"{method.upper()} {route}"
        parameter_examples(where, op.get("parameters", []))
        if "requestBody" in op:
            for media_type, media in resolve(op["requestBody"])["content"].items():
                media_examples(f"{where} request {media_type}", media)
        for status, response in op["responses"].items():
            for media_type, media in resolve(response).get("content", {}).items():
                media_examples(f"{where} {status} {media_type}", media)

for name, schema in doc["components"]["schemas"].items():
    for i, example in enumerate(schema.get("examples", [])):
        check(f"schema {name} example {i}", {"$ref": f"{BASE}#/components/schemas/{name}"}, example)

if failures:
    print(f"{path}: {failures} problem(s) in {examples} examples", file=sys.stderr)
    sys.exit(1)
print(f"{path}: valid OpenAPI {json.loads(open(path, encoding='utf-8').read())['openapi']}; "
      f"{examples} examples valid against their schemas")
