/** Runs the demo news site (test/app/demo-site.ts) on 127.0.0.1 and prints its feed URL; stops on SIGINT/SIGTERM. */
import { startDemoSite } from "../test/app/demo-site.js";

const site = await startDemoSite();
process.stdout.write(`${site.url("/world.xml")}\n`);
const stop = () => void site.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
