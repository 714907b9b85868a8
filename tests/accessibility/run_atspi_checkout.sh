#!/bin/sh
# AtspiCheckoutTest: runs atspi_checkout.py against the real demo executable
# in a private D-Bus session with its own AT-SPI bus, and a throw-away home
# folder. Needs an X display (ctest runs GUI tests under xvfb-run) and the
# Debian packages at-spi2-core, python3-pyatspi and dbus (scripts/bootstrap.sh).
# Usage: run_atspi_checkout.sh <quire executable>
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QUIRE_ATSPI_IN_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "needs dbus-run-session (package dbus)" >&2; exit 1; }
    [ -x /usr/libexec/at-spi-bus-launcher ] || { echo "needs at-spi2-core" >&2; exit 1; }
    # Debian's pyatspi imports only in the system Python.
    /usr/bin/python3 -c "import pyatspi" || { echo "needs python3-pyatspi" >&2; exit 1; }
    export QUIRE_ATSPI_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
sleep 1
/usr/bin/python3 "$here/atspi_checkout.py" "$@"
