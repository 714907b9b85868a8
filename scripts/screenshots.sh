#!/usr/bin/env bash
# Refreshes docs/screenshots/*.png from the real app under Xvfb: the
# whole-window test (sign in, sale, hosted payment page, paid, activity)
# and the kiosk test save a picture of each screen they reach. Run after a build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p docs/screenshots
if [[ $EUID -eq 0 ]]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/MainWindowTest
# The kiosk: attract screen, checkout, "still there?" and the demo panel.
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/KioskWindowTest
# The tender screen and the till's closing count (docs/tenders.md).
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/TenderScreensTest
# Quick-sale keys and an open price (docs/catalog.md, "Items").
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/ItemCheckoutTest
# The Z report as printed on an 80 mm roll (pdftoppm from poppler-utils).
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    build/tests/ShiftReportPrintTest
# A sale's receipt (a book and a card, two VAT rates) on an 80 mm roll (docs/tax.md).
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    build/tests/ReceiptLayoutTest mixedRateCardSale
# The customer display on a second screen: lines, the QR code, paid (docs/customer-display.md).
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1280x800x24 -screen 1 800x480x24" build/tests/CustomerDisplayTest
# The kiosk with large text and high contrast (docs/accessibility.md).
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/KioskAccessModesTest largeTextScalesTheKioskAndEveryScreenStillFits
# The counter and the kiosk at 1024x768 and 1920x1080 (docs/accessibility.md, "Layouts that fit").
LANG=en_IE.UTF-8 QUIRE_SCREENSHOT_DIR="$PWD/docs/screenshots" QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/LayoutMatrixTest
ls -1 docs/screenshots
