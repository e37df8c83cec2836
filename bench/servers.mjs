// Child process of bench/bench.mjs: serves each site with scripts/serve.mjs on its own free loopback
// port, so the servers' event loop is not shared with the browser automation. Sends { urls } to the
// parent over IPC; exits on 'stop' or when the parent goes away.
// argv[2]: JSON [{ name, dir, headers? }]
import { serve } from '../scripts/serve.mjs';

const sites = JSON.parse(process.argv[2]);
const servers = [];
const urls = {};
for (const { name, dir, headers } of sites) {
  const s = await serve(dir, 0, headers ? { headers } : undefined);
  servers.push(s.server);
  urls[name] = s.url;
}
const stop = async () => {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  process.exit(0);
};
process.on('message', (m) => { if (m === 'stop') stop(); });
process.on('disconnect', stop);
process.send({ urls });
