#!/usr/bin/env bash
# A local PostgreSQL server for the storage tests, from Debian's packages (needs root, as CI has).
# Installs it if missing, starts the first cluster (creating one if there is none), makes a role
# and a database for the tests, and prints their SQLAlchemy URL on standard output:
#   export HEARD_TEST_POSTGRES_URL="$(bash .ci/postgres.sh)"
# Everything it says besides the URL goes to standard error.
set -euo pipefail
exec 3>&1 1>&2

if ! command -v pg_ctlcluster >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi

cluster="$(pg_lsclusters --no-header | head -n 1 || true)"
if [ -z "$cluster" ]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    pg_createcluster "$version" main
    cluster="$(pg_lsclusters --no-header | head -n 1)"
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
    # The server outlives this script: it must not inherit the pipe of `$(...)` (fd 3 here, or
    # the caller's stdout), or the caller waits for it forever. Its own log is the cluster's.
    pg_ctlcluster "$version" "$name" start </dev/null >/dev/null 2>&1 3>&- \
        || { echo "postgres: could not start cluster $version/$name" >&2; exit 1; }
fi
for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$port" && break
    sleep 1
done

as_postgres() { (cd / && runuser -u postgres -- "$@"); }
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'heard'" | grep -q 1; then
    as_postgres psql -p "$port" -qc "CREATE ROLE heard LOGIN CREATEDB PASSWORD 'heard'"
fi
# The tests drop their databases WITH (FORCE), which ends any session still on them; an autovacuum
# worker's session belongs to no role, and ending it takes pg_signal_backend (a race otherwise).
as_postgres psql -p "$port" -qc "GRANT pg_signal_backend TO heard"
if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'heard_test'" | grep -q 1; then
    as_postgres createdb -p "$port" -O heard heard_test
fi
echo "postgres: cluster $version/$name online on port $port, database heard_test" >&2
echo "postgresql+psycopg://heard:heard@localhost:$port/heard_test" >&3
