#!/usr/bin/env bash
# Runs Sightline's whole test suite the way CI does:
#   ./test.sh [extra dotnet test arguments, e.g. --filter Database=SQLite]
# It installs what a fresh Debian machine of this kind lacks (npm for the site's front-end
# packages, Chromium for the browser tests, PostgreSQL), starts a throwaway PostgreSQL on
# a free loopback port for the storage tests (SIGHTLINE_TEST_POSTGRES), runs
# `dotnet test Sightline.slnx`, and stops and deletes that server however the run ends.
# SIGHTLINE_NO_POSTGRES=1 skips the server and filters out the tests that need it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf '%s\n' "$*"; }

apt_updated=
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    say "test.sh: $* is missing and installing it needs root (apt-get install -y $*)." >&2
    exit 1
  fi
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The folder of PostgreSQL's server programs, from PATH or Debian's versioned folders.
postgres_bin() {
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ]; then
      say "$bin"
      return 0
    fi
  done
  return 1
}

ensure_postgres() {
  if postgres_bin >/dev/null; then
    return 0
  fi
  say "test.sh: installing PostgreSQL (apt-get install -y postgresql)"
  # Debian would otherwise create and start a 'main' cluster that nothing here uses.
  if [ "$(id -u)" = 0 ] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    say "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
  fi
  apt_install postgresql
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "test.sh: the .NET SDK (dotnet) is not on PATH; this machine kind ships it." >&2
    exit 1
  fi
}

# npm installs the site's design system (govuk-frontend, @ministryofjustice/frontend) and axe-core
# during the build of Sightline.Web, from src/Sightline.Web/package-lock.json.
ensure_npm() {
  if command -v npm >/dev/null 2>&1; then
    return 0
  fi
  say "test.sh: installing Node.js and npm (apt-get install -y nodejs npm) for the site's front-end packages"
  apt_install nodejs npm
}

# The browser tests drive Debian's Chromium by its path (SIGHTLINE_CHROMIUM overrides it);
# Playwright never downloads a browser of its own.
ensure_chromium() {
  if [ -x "${SIGHTLINE_CHROMIUM:-/usr/bin/chromium}" ]; then
    return 0
  fi
  say "test.sh: installing Chromium (apt-get install -y chromium) for the browser tests"
  apt_install chromium
}

# Each tool the suite needs, installed only when missing.
ensure_tools() {
  ensure_dotnet
  ensure_npm
  ensure_chromium
  if [ "${SIGHTLINE_NO_POSTGRES:-}" != 1 ]; then
    ensure_postgres
  fi
}

# --- the throwaway PostgreSQL ---------------------------------------------------------------
pg_dir=
pg_bin=
pg_owner=
log=
tests_pid=

# PostgreSQL refuses to run as root, so as root the cluster belongs to 'nobody'.
as_owner() {
  if [ -n "$pg_owner" ]; then
    (cd "$pg_dir" && runuser -u "$pg_owner" -- "$@")
  else
    "$@"
  fi
}

stop_postgres() {
  if [ -z "$pg_dir" ] || [ ! -d "$pg_dir" ]; then
    return 0
  fi
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
  pg_dir=
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
  pg_bin=$(postgres_bin)
  if [ "$(id -u)" = 0 ]; then
    # Under /tmp, not $TMPDIR: 'nobody' must be able to reach the folder, and root's own
    # temporary folder may be closed to it.
    pg_dir=$(mktemp -d /tmp/sightline-postgres.XXXXXX)
    pg_owner=nobody
    chown "$pg_owner" "$pg_dir"
  else
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/sightline-postgres.XXXXXX")
  fi
  as_owner "$pg_bin/initdb" -D "$pg_dir/data" -U sightline --auth=trust --no-locale -E UTF8 >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log" >&2
    return 1
  }
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    port_is_free "$port" || continue
    # Durability is pointless for a server deleted at the end of the run; speed is not.
    if as_owner "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
      "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U sightline sightline_tests
      export SIGHTLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=sightline;Database=sightline_tests"
      say "PostgreSQL: throwaway server on 127.0.0.1:$port ($("$pg_bin/postgres" --version))"
      return 0
    fi
    say "test.sh: PostgreSQL did not start on port $port (attempt $attempt)" >&2
  done
  cat "$pg_dir/server.log" >&2 || true
  return 1
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$tests_pid" ]; then
    kill -TERM -- "-$tests_pid" 2>/dev/null || true
    wait "$tests_pid" 2>/dev/null || true
  fi
  stop_postgres
  if [ -n "$log" ]; then
    rm -f "$log"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the run --------------------------------------------------------------------------------
ensure_tools

if [ -d ../shared/scenarios ]; then
  say "acceptance scenarios: found at $(cd ../shared/scenarios && pwd)"
else
  say "acceptance scenarios: ../shared/scenarios not found — running the project's own tests only"
fi

filter=()
if [ "${SIGHTLINE_NO_POSTGRES:-}" = 1 ]; then
  say "PostgreSQL: SIGHTLINE_NO_POSTGRES=1, so the PostgreSQL tests are filtered out"
  filter=(--filter "Database!=PostgreSQL")
else
  start_postgres
fi

log=$(mktemp "${TMPDIR:-/tmp}/sightline-test.XXXXXX")
run_tests() {
  dotnet test Sightline.slnx "${filter[@]}" "$@" 2>&1 | tee "$log"
}
# In a process group of its own, waited for in the background: a TERM or INT to this script
# then reaches the trap at once, which ends the whole group before stopping the server.
status=0
set -m
run_tests "$@" &
tests_pid=$!
set +m
wait "$tests_pid" || status=$?
tests_pid=

# One plain closing line over every test project: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed: / {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) }
     }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
