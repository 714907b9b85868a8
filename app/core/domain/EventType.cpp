#include "domain/EventType.h"

namespace quire {

namespace {

constexpr EventType kEveryEventType[] = {
    EventType::OrderCreated,
    EventType::OrderPaid,
    EventType::OrderCancelled,
    EventType::OrderRefunded,
    EventType::PaymentStarted,
    EventType::PaymentSucceeded,
    EventType::PaymentFailed,
    EventType::PaymentCancelled,
    EventType::PaymentTimedOut,
    EventType::PaymentRefunded,
    EventType::RefundRequested,
    EventType::RefundFailed,
    EventType::PartialRefundSucceeded,
    EventType::LateCaptureDetected,
    EventType::LateCaptureRefunded,
    EventType::StockUnavailable,
    EventType::StockReturned,
    EventType::ShiftOpened,
    EventType::CashAdded,
    EventType::CashRemoved,
    EventType::ShiftClosed,
    EventType::CashTendered,
    EventType::CashTenderRefunded,
    EventType::DrawerOpened,
    EventType::InvoiceBuyerRecorded,
};

} // namespace

QString toDatabaseText(EventType type)
{
    switch (type) {
    case EventType::OrderCreated:
        return QStringLiteral("OrderCreated");
    case EventType::OrderPaid:
        return QStringLiteral("OrderPaid");
    case EventType::OrderCancelled:
        return QStringLiteral("OrderCancelled");
    case EventType::OrderRefunded:
        return QStringLiteral("OrderRefunded");
    case EventType::PaymentStarted:
        return QStringLiteral("PaymentStarted");
    case EventType::PaymentSucceeded:
        return QStringLiteral("PaymentSucceeded");
    case EventType::PaymentFailed:
        return QStringLiteral("PaymentFailed");
    case EventType::PaymentCancelled:
        return QStringLiteral("PaymentCancelled");
    case EventType::PaymentTimedOut:
        return QStringLiteral("PaymentTimedOut");
    case EventType::PaymentRefunded:
        return QStringLiteral("PaymentRefunded");
    case EventType::RefundRequested:
        return QStringLiteral("RefundRequested");
    case EventType::RefundFailed:
        return QStringLiteral("RefundFailed");
    case EventType::PartialRefundSucceeded:
        return QStringLiteral("PartialRefundSucceeded");
    case EventType::LateCaptureDetected:
        return QStringLiteral("LateCaptureDetected");
    case EventType::LateCaptureRefunded:
        return QStringLiteral("LateCaptureRefunded");
    case EventType::StockUnavailable:
        return QStringLiteral("StockUnavailable");
    case EventType::StockReturned:
        return QStringLiteral("StockReturned");
    case EventType::ShiftOpened:
        return QStringLiteral("ShiftOpened");
    case EventType::CashAdded:
        return QStringLiteral("CashAdded");
    case EventType::CashRemoved:
        return QStringLiteral("CashRemoved");
    case EventType::ShiftClosed:
        return QStringLiteral("ShiftClosed");
    case EventType::CashTendered:
        return QStringLiteral("CashTendered");
    case EventType::CashTenderRefunded:
        return QStringLiteral("CashTenderRefunded");
    case EventType::DrawerOpened:
        return QStringLiteral("DrawerOpened");
    case EventType::InvoiceBuyerRecorded:
        return QStringLiteral("InvoiceBuyerRecorded");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<EventType> eventTypeFromDatabaseText(const QString &text)
{
    for (EventType type : kEveryEventType) {
        if (toDatabaseText(type) == text)
            return type;
    }
    return std::nullopt;
}

} // namespace quire
