#!/usr/bin/env bash
# Installs everything Leerplek needs to build, run and test on Debian 12.
# Idempotent: a package that is already there is skipped quickly.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost1.81-dev libsqlite3-dev sqlite3 libpq-dev postgresql
  nlohmann-json3-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev
  libtomlplusplus-dev libhowardhinnant-date-dev libcurl4-openssl-dev
  libgtest-dev libgmock-dev
  libcairo2-dev libpango1.0-dev poppler-utils fonts-dejavu-core
  libxlsxwriter-dev unzip
  python3 python3-aiosmtpd
  nodejs npm chromium wrk curl ca-certificates tzdata
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node 20 may come from outside Debian (as on the developers' machines); keep it.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  echo "== apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ -f $here/web/package.json ]]; then
  echo "== npm: installing web dependencies"
  (cd "$here/web" && if [[ -f package-lock.json ]]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)
fi
