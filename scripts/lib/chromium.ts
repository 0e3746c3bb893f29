/** The system's Chromium (never a downloaded one), without background networking, updates or sync. */
export const CHROMIUM = process.env.LAB_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  ...['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  ...['--disable-background-networking', '--disable-component-update', '--disable-sync'],
];
