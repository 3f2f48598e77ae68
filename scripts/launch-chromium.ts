import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (never a downloaded browser), headless, with the background services
 * that would reach for the network turned off. CHROMIUM_PATH overrides the binary.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
