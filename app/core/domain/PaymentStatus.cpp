#include "domain/PaymentStatus.h"

namespace quire {

QString toDatabaseText(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        return QStringLiteral("pending");
    case PaymentStatus::Paid:
        return QStringLiteral("paid");
    case PaymentStatus::Failed:
        return QStringLiteral("failed");
    case PaymentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentStatus::TimedOut:
        return QStringLiteral("timeout");
    case PaymentStatus::Refunded:
        return QStringLiteral("refunded");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<PaymentStatus> paymentStatusFromDatabaseText(const QString &text)
{
    for (auto status :
         {PaymentStatus::Pending, PaymentStatus::Paid, PaymentStatus::Failed,
          PaymentStatus::Cancelled, PaymentStatus::TimedOut, PaymentStatus::Refunded}) {
        if (toDatabaseText(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace quire
