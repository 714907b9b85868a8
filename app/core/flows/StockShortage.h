#pragma once

#include "domain/Money.h"
#include "domain/RefundLine.h"
#include "domain/RefundStatus.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// The automatic refund of copies that were no longer in stock when a
// payment arrived (StockTaking), as the outcome screen tells the customer.
struct StockShortage
{
    QList<RefundLine> lines;
    Money amount;
    RefundStatus status = RefundStatus::Pending;
    bool wholePayment = false; // nothing of the order could be served

    // The latest such refund of the payment (a retried one follows its
    // failure); nullopt when the payment had none.
    static Result<std::optional<StockShortage>> ofPayment(Database &database, qint64 paymentId);
};

} // namespace quire
