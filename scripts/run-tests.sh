#!/usr/bin/env bash
# Installs, builds and runs the whole test suite. GUI tests get a virtual X
# display from xvfb-run; the others run on Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/bootstrap.sh
if [[ $EUID -eq 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
cd build
xvfb-run -a -s "-screen 0 1280x800x24" \
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
