#!/usr/bin/env bash
# Installs, builds and starts Quire in offline demo mode.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh
if [[ $EUID -eq 0 ]]; then
    # Chromium refuses to run its sandbox as root.
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec build/app/quire --demo "$@"
