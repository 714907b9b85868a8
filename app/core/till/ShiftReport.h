#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace quire {

class Database;

// A shift's figures, computed from the database: the X report (any time,
// changes nothing) and, once the shift is closed, its Z report (numbered,
// stored with the close and never changed; docs/tenders.md). Amounts are in
// minor units of the shift's currency.
//
//   expected cash = float + cash sales - cash refunds + cash in - paid-outs - bank drops
//   difference    = counted - expected
//
// Cash sales and refunds count what went through the drawer (a tender's
// amount plus its rounding); card sales are the paid attempts of the orders
// the shift rang up, card refunds the refunds of those that succeeded.
struct ShiftReport
{
    struct Figure
    {
        int count = 0;
        qint64 minor = 0;
        friend bool operator==(const Figure &, const Figure &) = default;
    };
    struct Clerk
    {
        QString name;
        int orders = 0;
        qint64 salesMinor = 0;
    };

    qint64 shiftId = 0;
    QString terminalId;
    QString currency;
    int zNumber = 0; // 0: an X report
    bool closed = false;
    QDateTime openedAt;
    QDateTime closedAt;
    QDateTime generatedAt;
    QString openedBy;
    qint64 floatMinor = 0;
    Figure cashSales;
    Figure cardSales;
    Figure cashRefunds;
    Figure cardRefunds;
    Figure cashIn;
    Figure paidOuts;
    Figure bankDrops;
    Figure voids;   // orders the shift rang up and cancelled
    Figure noSales; // drawer openings without a sale
    qint64 roundingMinor = 0;
    qint64 expectedCashMinor = 0;
    std::optional<qint64> countedMinor;
    std::optional<qint64> differenceMinor;
    QList<Clerk> byClerk;

    static Result<ShiftReport> compute(Database &database, qint64 shiftId, qint64 nowMs);
    // One line per figure: section,item,count,amount (amounts as plain decimals).
    QString toCsv() const;
    // "-12.50": an amount as the CSV writes it (no locale, no currency sign).
    static QString plainDecimal(qint64 minor, const QString &currency);
    // A CSV field, quoted when it needs to be.
    static QString csvField(const QString &text);
};

} // namespace quire
