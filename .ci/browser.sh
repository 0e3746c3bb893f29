#!/usr/bin/env bash
# The lab reports in a real browser: build every module's report on the reference solutions,
# then open each in headless Debian Chromium (playwright-core drives /usr/bin/chromium; no
# browser is downloaded). Installs the Debian package when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  fi
fi

# Every module that has experiments; the reports fail the build when a conclusion does not hold.
for folder in experiments/week_*/; do
  module="$(basename "$folder")"
  npm run --silent report -- "$module" --solutions
done

npm run --silent test:browser

# The live lab notebooks and the static site (npm run lab), with re-render times.
npm run --silent test:lab
