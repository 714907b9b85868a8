#include "domain/RefundStatus.h"

namespace quire {

QString toDatabaseText(RefundStatus status)
{
    switch (status) {
    case RefundStatus::Requested:
        return QStringLiteral("requested");
    case RefundStatus::Pending:
        return QStringLiteral("pending");
    case RefundStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RefundStatus::Failed:
        return QStringLiteral("failed");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<RefundStatus> refundStatusFromDatabaseText(const QString &text)
{
    for (auto status : {RefundStatus::Requested, RefundStatus::Pending, RefundStatus::Succeeded,
                        RefundStatus::Failed}) {
        if (toDatabaseText(status) == text)
            return status;
    }
    return std::nullopt;
}

} // namespace quire
