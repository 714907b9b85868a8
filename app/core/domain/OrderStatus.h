#pragma once

#include <QString>
#include <optional>

namespace quire {

enum class OrderStatus { Created, Paid, Cancelled, Refunded };

// The words stored in the database's `orders.status` column.
QString toDatabaseText(OrderStatus status);
std::optional<OrderStatus> orderStatusFromDatabaseText(const QString &text);

} // namespace quire
