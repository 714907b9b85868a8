#pragma once

#include <QString>
#include <optional>

namespace quire {

enum class RefundStatus { Requested, Pending, Succeeded, Failed };

QString toDatabaseText(RefundStatus status);
std::optional<RefundStatus> refundStatusFromDatabaseText(const QString &text);

} // namespace quire
