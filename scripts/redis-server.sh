#!/usr/bin/env bash
# Starts a throw-away redis-server on a free 127.0.0.1 port (persistence off) and prints its URL.
# Usage: scripts/redis-server.sh start DIR   → prints redis://127.0.0.1:PORT, pid in DIR/redis.pid
#        scripts/redis-server.sh stop DIR
set -euo pipefail
action="${1:?start|stop}"
dir="${2:?directory for the pid and log}"
mkdir -p "$dir"
case "$action" in
  start)
    port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
    for _ in $(seq 1 50); do
      if redis-cli -p "$port" ping >/dev/null 2>&1; then echo "redis://127.0.0.1:$port"; exit 0; fi
      sleep 0.1
    done
    echo "redis-server did not answer on port $port (see $dir/redis.log)" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; rm -f "$dir/redis.pid"; fi
    ;;
esac
