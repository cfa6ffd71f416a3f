// Finds Chrome/Chromium for the browser tests: CHROME_PATH, then the system.
// Where none exists and apt-get is usable (root on Debian/Ubuntu), installs
// Debian's `chromium`, saying so. Elsewhere it stops with a one-line instruction.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function fromPath() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const p = r.stdout?.trim();
    if (r.status === 0 && p && executable(p)) return p;
  }
  return undefined;
}

export function findChrome({ install = true, log = console.log } = {}) {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (executable(env)) return env;
    throw new Error(`CHROME_PATH is set to ${env}, which is not an executable file. Fix it or unset it.`);
  }
  const found = CANDIDATES.find(executable) ?? fromPath();
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!install || !canApt) {
    throw new Error('No Chrome/Chromium found: install Chrome or Chromium (Debian: apt-get install chromium), or set CHROME_PATH=/path/to/chrome.');
  }
  log("No Chrome/Chromium found: installing Debian's chromium with apt-get (one time, about a minute)…");
  const env2 = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: env2 });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: env2 });
  const after = CANDIDATES.find(executable) ?? fromPath();
  if (!after) throw new Error('apt-get installed chromium, but no chromium executable was found afterwards.');
  log(`Installed ${after}.`);
  return after;
}

/** Flags for headless Chromium here: root needs --no-sandbox; closed networks want no background traffic. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

/**
 * Finds ChromeDriver for the benchmarks (tachometer drives Chromium through it): CHROMEDRIVER_PATH, then the
 * system's; where none exists and apt-get is usable, installs Debian's `chromium-driver`, saying so. The npm
 * `chromedriver` package is installed without running its download script (package.json `allowScripts`): the
 * driver comes from the system.
 */
export function findChromedriver({ log = console.log } = {}) {
  const env = process.env.CHROMEDRIVER_PATH;
  if (env) {
    if (executable(env)) return env;
    throw new Error(`CHROMEDRIVER_PATH is set to ${env}, which is not an executable file. Fix it or unset it.`);
  }
  const find = () => ['/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'].find(executable) ?? spawnSync('sh', ['-c', 'command -v chromedriver'], { encoding: 'utf8' }).stdout?.trim();
  const found = find();
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canApt) throw new Error('No ChromeDriver found: install the one matching your Chrome/Chromium (Debian: apt-get install chromium-driver), or set CHROMEDRIVER_PATH.');
  log("No ChromeDriver found: installing Debian's chromium-driver with apt-get…");
  const env2 = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: env2 });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium-driver'], { stdio: 'inherit', env: env2 });
  const after = find();
  if (!after) throw new Error('apt-get installed chromium-driver, but no chromedriver executable was found afterwards.');
  log(`Installed ${after}.`);
  return after;
}
