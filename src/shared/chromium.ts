/**
 * Where to find a Chromium for Playwright, shared by the diagram renderer, the tests and the
 * benchmarks. A system Chromium (Debian's `chromium`, or CHROMIUM_PATH) wins because Playwright
 * cannot download its own browser on every machine; elsewhere Playwright's own is used. Node only.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium to use, if any. */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return SYSTEM_CANDIDATES.find((path) => existsSync(path));
}

/** Whether Playwright's own Chromium is installed. */
export function playwrightChromiumInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Launch options for `chromium.launch()`. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = systemChromium();
  // Root cannot use Chromium's sandbox; CI and this project's machines run as root.
  const sandbox = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
  return executablePath
    ? { executablePath, args: [...sandbox, ...QUIET_FLAGS] }
    : { args: [...sandbox, ...QUIET_FLAGS] };
}
