// Real web servers for the deployment tests: Debian's nginx and Apache httpd, started on loopback
// in the foreground with the repository's own deploy/ files included unchanged. Only the few
// lines a test needs around them (a port, the dist/ path, temp and log paths) are written here.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEPLOY = join(ROOT, 'deploy');

/** A free loopback port. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Waits until `url` answers (any status), or fails after `ms` with the server's own log. */
async function answering(url, ms, log) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const text = existsSync(log) ? readFileSync(log, 'utf8') : '(no log)';
  throw new Error(`${url} did not answer: ${last?.message}\n${text}`);
}

function run(cmd, args, log) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('exit', (code) => { if (code) writeFileSync(log, `${readFileSafe(log)}\nexit ${code}: ${stderr}`); });
  return child;
}

function readFileSafe(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const done = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await done;
}

/** nginx with deploy/nginx/werkroute.conf in a server block whose root is `dist`. */
export async function startNginx(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'werkroute-nginx-'));
  const port = await freePort();
  const log = join(dir, 'error.log');
  writeFileSync(join(dir, 'nginx.conf'), `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    include ${DEPLOY}/nginx/werkroute.conf;
  }
}
`);
  const child = run('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], log);
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, 15000, log);
  return { url, name: 'nginx', close: () => stop(child) };
}

/** Apache httpd with deploy/apache/werkroute.conf in a virtual host whose DocumentRoot is `dist`. */
export async function startApache(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'werkroute-apache-'));
  const port = await freePort();
  const log = join(dir, 'error.log');
  const mods = '/usr/lib/apache2/modules';
  const load = ['mpm_event', 'authz_core', 'mime', 'headers', 'dir', 'filter', 'deflate']
    .map((m) => `LoadModule ${m}_module ${mods}/mod_${m}.so`).join('\n');
  writeFileSync(join(dir, 'httpd.conf'), `
ServerRoot ${dir}
${load}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${dir}/httpd.pid
ErrorLog ${log}
LogLevel warn
User nobody
Group nogroup
TypesConfig /etc/mime.types
<VirtualHost 127.0.0.1:${port}>
  DocumentRoot ${dist}
  <Directory ${dist}>
    Require all granted
    AllowOverride None
  </Directory>
  Include ${DEPLOY}/apache/werkroute.conf
</VirtualHost>
`);
  const child = run('apache2', ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], log);
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, 15000, log);
  return { url, name: 'apache', close: () => stop(child) };
}
