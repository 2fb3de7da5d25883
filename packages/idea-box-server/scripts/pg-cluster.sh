#!/usr/bin/env bash
# The one copy of the throwaway-cluster recipe (sonar-server runs it too); by hand and with its
# pitfalls: docs/contributing.md ("PostgreSQL recipe") and docs/toolchain.md.
# Throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests.
#   scripts/pg-cluster.sh start   -> prints DATABASE_URL, writes $PGBASE/env
#   scripts/pg-cluster.sh stop    -> stops the server and deletes $PGBASE
# postgres refuses to run as root, so as root every server command runs as the 'postgres' user.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PGBASE=${PGBASE:-/tmp/communs-pg-idea-box}
PGDATA="$PGBASE/data"
PGUSER_OS=${PGUSER_OS:-postgres}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

case "${1:-}" in
  start)
    if [ -f "$PGDATA/postmaster.pid" ]; then echo "already running ($PGDATA)"; cat "$PGBASE/env"; exit 0; fi
    rm -rf "$PGBASE"; mkdir -p "$PGBASE"
    [ "$(id -u)" = 0 ] && chown "$PGUSER_OS": "$PGBASE"
    PORT=${PGPORT:-$(free_port)}
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGBASE/initdb.log"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGBASE/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGBASE -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres" | tee "$PGBASE/env"
    ;;
  stop)
    if [ -f "$PGDATA/postmaster.pid" ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; fi
    rm -rf "$PGBASE"; echo "stopped"
    ;;
  status) as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
