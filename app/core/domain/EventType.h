#pragma once

#include <QString>
#include <optional>

namespace quire {

// What happened, as stored in `events.type` and in the `audit.action` of the
// audit row written with it. The database keeps the words; code compares
// the enum.
enum class EventType {
    OrderCreated,
    OrderPaid,
    OrderCancelled,
    OrderRefunded,
    PaymentStarted,
    PaymentSucceeded,
    PaymentFailed,
    PaymentCancelled,
    PaymentTimedOut,
    PaymentRefunded,
    RefundRequested,
    RefundFailed,
    PartialRefundSucceeded,
    LateCaptureDetected,
    LateCaptureRefunded,
    StockUnavailable,
    StockReturned,
    // Tenders and end of day (docs/tenders.md).
    ShiftOpened,
    CashAdded,   // cash in: change from the safe, a float top-up
    CashRemoved, // cash out: a paid-out or a bank drop
    ShiftClosed, // counted, with its Z report
    CashTendered,
    CashTenderRefunded,
    DrawerOpened,
    // Receipts (docs/tax.md).
    InvoiceBuyerRecorded, // the business customer an order's invoice is for
};

QString toDatabaseText(EventType type);
std::optional<EventType> eventTypeFromDatabaseText(const QString &text);

} // namespace quire
