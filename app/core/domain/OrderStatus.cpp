#include "domain/OrderStatus.h"

namespace quire {

QString toDatabaseText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Created:
        return QStringLiteral("created");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Refunded:
        return QStringLiteral("refunded");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<OrderStatus> orderStatusFromDatabaseText(const QString &text)
{
    for (auto status :
         {OrderStatus::Created, OrderStatus::Paid, OrderStatus::Cancelled, OrderStatus::Refunded}) {
        if (toDatabaseText(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace quire
