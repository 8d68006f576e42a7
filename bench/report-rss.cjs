// Preloaded into a measured child (`node --require`): writes its peak RSS in KB to $RSS_REPORT_FILE on exit.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  if (process.env.RSS_REPORT_FILE) writeFileSync(process.env.RSS_REPORT_FILE, String(process.resourceUsage().maxRSS));
});
