#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build).
# Install it with apt when it is missing and we may (root, apt-get present).
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will fail" >&2
else
  echo "warning: /usr/bin/chromium is missing; install Debian's 'chromium' package for the browser tests" >&2
fi
exit 0
