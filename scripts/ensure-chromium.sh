#!/usr/bin/env bash
# Browser tests and JS-rendered sources need Debian's Chromium at /usr/bin/chromium
# (browser downloads such as `npx playwright install` are not used).
set -euo pipefail
# A CJK font makes Chinese render as text, not boxes, in layout checks and screenshots.
have_font() { [ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; }
if [ -x /usr/bin/chromium ] && have_font; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium and a CJK font (needed by the browser tests)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
  exit 0
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium is missing: install it with 'sudo apt-get install -y chromium' (tests need /usr/bin/chromium)." >&2
exit 1
