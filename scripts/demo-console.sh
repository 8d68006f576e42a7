#!/usr/bin/env bash
# The console demo on a local news site (invented stories, test/fixtures/chat/demo-stories.json), on a fresh
# SQLite store: run 1 reads the feed for the first time (its stories are stored, none will be delivered);
# the site then publishes three more; run 2 is the issue's done-when check; run 3 shows the subscription survived.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
node --import tsx scripts/demo-feed-server.ts >"$work/url" &
site=$!
trap 'kill "$site" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
FEED_URLS=$(cat "$work/url")
export FEED_URLS ALLOW_PRIVATE_NETWORKS=true STORE_URL="sqlite://$work/data/newsbrief.sqlite"

echo "== run 1: newsbrief reads the feed for the first time"
printf '/feeds list\n' | npx newsbrief console
echo "== run 2: the done-when check"
printf '/help\n/latest 3\n/quote Okafor\n/subscribe world\n/topics\n/digest\n' | npx newsbrief console
echo "== run 3: a restart; the subscription is still there"
printf '/topics\n' | npx newsbrief console
