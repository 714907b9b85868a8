#!/usr/bin/env bash
# Installs what Quire needs on Debian 12 and builds it into ./build.
# Idempotent: packages already present are not fetched again, the build is
# incremental. Needs root or sudo for apt-get. Fails loudly on any error.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-webengine-dev qt6-scxml-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    postgresql
    xvfb xauth fonts-noto-core fonts-noto-cjk
    clang-format
    curl python3
    poppler-utils
    libsodium-dev
    slowhttptest
    nginx openssl
    # AtspiCheckoutTest drives the demo through the accessibility tree (AT-SPI).
    dbus at-spi2-core python3-pyatspi
    # The customer display's pay-on-your-phone QR codes, and zbarimg to read them back in tests.
    libqrencode-dev zbar-tools
    # The kiosk's speech (Qt TextToSpeech over speech-dispatcher and espeak-ng).
    qt6-speech-dev qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    sudo=()
    if [[ $EUID -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "bootstrap: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "bootstrap: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
fi

# ccache keeps the object files of earlier builds, also those of other clones
# of the repository: paths are taken relative to the clone and the build
# folder's name is not hashed, so a fresh clone in CI compiles only what changed.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime

build_type=${QUIRE_BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -G Ninja \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DQUIRE_WERROR=ON \
    ${QUIRE_CMAKE_ARGS:-}
cmake --build build --parallel "$(nproc)"
