#!/usr/bin/env bash
# Checks passpolicyd's OpenAPI document (Sources/PassPolicyService/openapi.json, or the file
# given): a valid OpenAPI 3.1 document, and every example valid against its schema.
# openapi-spec-validator comes from PyPI into .build/openapi-venv, made once and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
doc=${1:-Sources/PassPolicyService/openapi.json}
venv=.build/openapi-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import openapi_spec_validator, rfc3339_validator' 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    # rfc3339-validator makes jsonschema check "date-time" instead of skipping the format.
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'openapi-spec-validator>=0.7' rfc3339-validator
fi
"$venv/bin/python" scripts/check-openapi.py "$doc"
