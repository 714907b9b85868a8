#!/usr/bin/env bash
# The long crash run: kills `quire --headless` with SIGKILL at random moments
# while callbacks stream in, restarts it on the same database and checks the
# invariants after every cycle (tests/reliability/CrashHarnessTest.cpp).
#
#   scripts/crash-harness.sh [CYCLES] [SEED]      # default 5000 cycles, random seed
#
# Uses ./build (QUIRE_BUILD_DIR to change it) and builds what it needs. Prints
# the seed first (pass it back to repeat a run) and the figures last; exits
# non-zero on the first broken invariant.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cycles=${1:-5000}
build=${QUIRE_BUILD_DIR:-build}
[[ -f "$build/build.ninja" ]] || { echo "crash-harness: configure $build first (scripts/bootstrap.sh)" >&2; exit 1; }
cmake --build "$build" --target CrashHarnessTest
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="quire.*.debug=false;quire.*.info=false"
export QUIRE_CRASH_CYCLES="$cycles"
[[ -n ${2:-} ]] && export QUIRE_CRASH_SEED="$2"
# QtTest's watchdog stops a test function after 5 minutes by default.
export QTEST_FUNCTION_TIMEOUT=$((cycles * 2000 + 600000))
exec "$build/tests/CrashHarnessTest" surviveKillsAtRandomMoments
