#!/usr/bin/env bash
# The whole test suite on a fresh machine: a virtualenv with govkg and its test extras, Debian's chromium
# for the browser tests and Debian's virtuoso-opensource for the second-engine tests (each installed when
# missing and we are root), then pytest. Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium; browser tests will be skipped" >&2
fi
if ! command -v virtuoso-t >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian virtuoso-opensource for the second-engine tests..." >&2
  # policy-rc.d or not, the tests start their own throwaway instance; the packaged service is not needed
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null) \
    || echo "could not install virtuoso-opensource; the Virtuoso tests will be skipped" >&2
fi
exec .venv/bin/python -m pytest "$@"
