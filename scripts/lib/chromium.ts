/**
 * The system's Chromium as the browser checks start it (never a downloaded browser), with the
 * flags this closed network needs: no background networking, no updates, no sync.
 */
export const CHROMIUM = process.env.LAB_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
