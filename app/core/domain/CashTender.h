#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace quire {

// Part or all of an order paid in cash (card tenders are Payments).
// `amount` is what it pays of the order; `rounding` what cash rounding added
// (negative: took off); the drawer took amount + rounding = handed - change.
struct CashTender
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 shiftId = 0;
    QString tenderKey; // the till's UUID for it: a repeated submit is one tender
    bool refunded = false;
    Money amount;
    Money rounding;
    Money handed;
    Money change;
    std::optional<qint64> createdBy;
    QDateTime createdAt;

    qint64 drawerMinor() const { return amount.minorUnits() + rounding.minorUnits(); }
};

} // namespace quire
