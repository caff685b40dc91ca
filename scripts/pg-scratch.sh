#!/usr/bin/env bash
# Starts and stops a throw-away PostgreSQL server for tests and development.
#
#   scripts/pg-scratch.sh start DIR PORT   # prints postgresql://postgres@127.0.0.1:PORT/leerplek last
#   scripts/pg-scratch.sh stop DIR
#
# The server trusts every local connection and runs with fsync=off: it is for
# data you can lose, never for anything else. Messages go to stderr so that
# `url=$(scripts/pg-scratch.sh start ...)` captures only the URL.
set -euo pipefail

die() {
  echo "pg-scratch: $*" >&2
  exit 1
}
say() { echo "pg-scratch: $*" >&2; }

usage() {
  cat >&2 <<'EOF'
usage: pg-scratch.sh start DIR PORT   initialise (if needed) and start a server in DIR on 127.0.0.1:PORT
       pg-scratch.sh stop DIR         stop the server in DIR (no error if it is not running)
EOF
  exit 2
}

# The postgres tools refuse to run as root, and the caller's working directory
# (often /root) is not readable by the postgres user.
caller_dir=$PWD
cd /

# Newest installed major version; PG_BIN overrides (e.g. a non-Debian layout).
find_bin() {
  if [[ -n ${PG_BIN:-} ]]; then
    [[ -x $PG_BIN/pg_ctl ]] || die "PG_BIN=$PG_BIN has no pg_ctl"
    echo "$PG_BIN"
    return
  fi
  local dirs=() d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/pg_ctl && -x $d/initdb ]] && dirs+=("$d")
  done
  ((${#dirs[@]})) || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  printf '%s\n' "${dirs[@]}" | sort -V | tail -n 1
}

# Runs a command as the postgres user when we are root, as ourselves otherwise.
as_pg() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

absolute_dir() {
  local dir=$1
  [[ -n $dir ]] || die "DIR must not be empty"
  [[ $dir == /* ]] || dir="$caller_dir/$dir"  # relative to where the caller was, not to /
  realpath -m -- "$dir"
}

# postgres has to pass through every parent to reach DIR; /root and home
# directories with mode 0700 are the usual trap.
check_reachable() {
  local dir=$1 path=""
  local part
  IFS=/ read -ra parts <<<"${dir#/}"
  for part in "${parts[@]}"; do
    path="$path/$part"
    [[ -e $path ]] || return 0  # the rest will be created by us with mode 0755
    if ! as_pg test -x "$path"; then
      die "user postgres cannot enter $path (mode $(stat -c %A "$path"), owner $(stat -c %U "$path")); choose a DIR under a path it can reach, e.g. /tmp/lp-pg"
    fi
  done
}

is_running() {
  local dir=$1
  [[ -f $dir/PG_VERSION ]] || return 1
  as_pg "$bin/pg_ctl" status -D "$dir" >/dev/null 2>&1
}

print_url() {
  echo "postgresql://postgres@127.0.0.1:$1/leerplek"
}

start() {
  local dir port
  dir=$(absolute_dir "$1")
  port=$2
  if ! [[ $port =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1024 || 10#$port > 65535)); then
    die "PORT must be a number from 1024 to 65535, got '$port'"
  fi
  port=$((10#$port))
  # The directory goes into a shell command line inside pg_ctl, quoted with '…'.
  [[ $dir != *"'"* ]] || die "DIR must not contain a single quote: $dir"
  # The Unix socket lives in DIR, and socket paths are limited to 107 bytes.
  local socket="$dir/.s.PGSQL.$port"
  ((${#socket} <= 107)) || die "DIR is too long for a Unix socket path ($socket); use a shorter DIR"

  if is_running "$dir"; then
    local running_port
    running_port=$(sed -n 4p "$dir/postmaster.pid" 2>/dev/null || true)
    [[ $running_port == "$port" ]] || die "a server is already running in $dir on port ${running_port:-?}, not $port; stop it first"
    say "already running in $dir"
    print_url "$port"
    return
  fi

  if [[ ! -f $dir/PG_VERSION ]]; then
    check_reachable "$dir"  # before creating anything, so a refusal leaves no litter
    if [[ -e $dir ]]; then
      [[ -d $dir ]] || die "$dir exists and is not a directory"
      [[ -z $(ls -A "$dir") ]] || die "$dir is not empty and is not a PostgreSQL data directory; refusing to touch it"
    else
      (umask 022 && mkdir -p -- "$dir")
    fi
    chmod 0755 "$dir"
    ((EUID != 0)) || chown postgres:postgres "$dir"
    check_reachable "$dir"

    # C.UTF-8 sorts by code point, which is what the tests expect, and exists on
    # every Debian; plain C is the fallback for minimal images.
    local locale=C
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=C.UTF-8; fi
    say "initialising $dir ($("$bin/postgres" --version), locale $locale)"
    local out
    if ! out=$(as_pg "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale="$locale" 2>&1); then
      echo "$out" >&2
      die "initdb failed in $dir"
    fi
  else
    check_reachable "$dir"
  fi

  say "starting on 127.0.0.1:$port (log: $dir/log)"
  if ! as_pg "$bin/pg_ctl" start -w -t 60 -D "$dir" -l "$dir/log" \
    -o "-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null; then
    tail -n 20 "$dir/log" >&2 || true
    die "server did not start; see $dir/log (port $port in use?)"
  fi

  local db exists
  for db in leerplek leerplek_test; do
    exists=$(as_pg "$bin/psql" -X -h "$dir" -p "$port" -U postgres -d postgres -Atq \
      -c "SELECT 1 FROM pg_database WHERE datname = '$db'")
    if [[ $exists != 1 ]]; then
      as_pg "$bin/createdb" -h "$dir" -p "$port" -U postgres "$db" || die "could not create database $db"
    fi
  done
  print_url "$port"
}

stop() {
  local dir
  dir=$(absolute_dir "$1")
  if ! is_running "$dir"; then
    say "no server running in $dir"
    return
  fi
  as_pg "$bin/pg_ctl" stop -w -m fast -D "$dir" >/dev/null || die "could not stop the server in $dir"
  say "stopped $dir"
}

(($# >= 1)) || usage
command=$1
shift
case $command in
  start)
    (($# == 2)) || usage
    bin=$(find_bin)
    start "$1" "$2"
    ;;
  stop)
    (($# == 1)) || usage
    bin=$(find_bin)
    stop "$1"
    ;;
  *) usage ;;
esac
