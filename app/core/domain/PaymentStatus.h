#pragma once

#include <QString>
#include <optional>

namespace quire {

enum class PaymentStatus { Pending, Paid, Failed, Cancelled, TimedOut, Refunded };

// The words stored in the database's `payments.status` column.
QString toDatabaseText(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromDatabaseText(const QString &text);

} // namespace quire
