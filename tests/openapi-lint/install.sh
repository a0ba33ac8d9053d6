#!/usr/bin/env bash
# Installs the independent OpenAPI linter the API contract tests run (npm registry; exact versions in package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
