#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QHash>
#include <QString>

class QSettings;

namespace quire {

// The counter's cash settings, from the `[till]` section of the settings
// file (CoreOptions, `--config`; docs/tenders.md):
//
//     [till]
//     requireOpenShift = true        ; sales at a counter terminal need an open shift
//     cashRounding = CHF:5, SEK:100  ; cash due rounded to the nearest N minor units
//     drawerDevice = /dev/usb/lp0    ; the receipt printer the drawer hangs on, or
//     drawerQueue = receipt          ; a CUPS queue taking raw data (lp -d QUEUE -o raw)
//
// No drawer configured: the screen says "open the drawer by hand".
struct TillSettings
{
    bool requireOpenShift = false;
    QHash<QString, qint64> cashRounding; // currency -> increment in minor units
    QString drawerDevice;
    QString drawerQueue;

    // 1 (no rounding) unless the currency has a rounding rule.
    qint64 roundingIncrement(const QString &currency) const;
    // `due` rounded to the nearest increment of its currency (halves up).
    Money roundCash(const Money &due) const;

    static Result<TillSettings> fromSettings(QSettings &settings);
};

} // namespace quire
