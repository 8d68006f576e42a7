/** The poller as the app wires it for the end-to-end test apps: a poll that stores new stories sends the alerts they match. */
import type { AlertFanout } from "../../src/alerts/alert-fanout.js";
import { createPoller, type Poller } from "../../src/ingest/poll-feeds.js";
import type { Stores } from "../../src/store/open-store.js";

/** A poller over `stores` that may reach 127.0.0.1; `connect` hands it the fan-out once the services are wired. */
export function alertingPoller(stores: Stores): { poller: Poller; connect(alerts: AlertFanout): void } {
  let fanout: AlertFanout | undefined;
  const poller = createPoller({
    articles: stores.articles,
    feeds: stores.feeds,
    fetchOptions: { allowPrivateNetworks: true },
    onStored: (stories, now) => fanout?.storiesStored(stories, now) ?? Promise.resolve(),
  });
  return {
    poller,
    connect(alerts) {
      fanout = alerts;
    },
  };
}
