#!/usr/bin/env node
// Makes sure the tests have a Chromium: the system one, Playwright's own, or (on Debian as root)
// Debian's `chromium` package installed on the spot. Anywhere else it says what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { playwrightChromiumInstalled, systemChromium } from '../src/shared/chromium.ts';

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

if (systemChromium() || playwrightChromiumInstalled()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package for the browser tests.");
  if (
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', 'chromium']) &&
    systemChromium()
  ) {
    process.exit(0);
  }
  console.error('Installing chromium with apt-get failed (see above).');
  process.exit(1);
}

console.error(`The browser tests need Chromium and none was found. Either:
  - install Playwright's browser:  npx playwright install chromium
  - or install a system Chromium (Debian/Ubuntu: sudo apt-get install chromium)
    and, if it is not at /usr/bin/chromium, set CHROMIUM_PATH=/path/to/chromium`);
process.exit(1);
