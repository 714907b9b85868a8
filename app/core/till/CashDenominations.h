#pragma once

#include <QList>
#include <QString>

namespace quire {

// The notes and coins of a currency, in minor units, largest first: what a
// closing count is made of (EUR: 500 € … 1 cent).
class CashDenominations final
{
public:
    static QList<qint64> of(const QString &currency);
    static bool isDenomination(const QString &currency, qint64 minorUnits);
    // Notes (as opposed to coins), for the screen's quick buttons.
    static QList<qint64> notesOf(const QString &currency);
};

} // namespace quire
