#include "domain/AggregateType.h"

namespace quire {

QString toDatabaseText(AggregateType type)
{
    switch (type) {
    case AggregateType::Order:
        return QStringLiteral("order");
    case AggregateType::Payment:
        return QStringLiteral("payment");
    case AggregateType::Shift:
        return QStringLiteral("shift");
    case AggregateType::Tender:
        return QStringLiteral("tender");
    case AggregateType::Drawer:
        return QStringLiteral("drawer");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<AggregateType> aggregateTypeFromDatabaseText(const QString &text)
{
    for (AggregateType type : {AggregateType::Order, AggregateType::Payment, AggregateType::Shift,
                               AggregateType::Tender, AggregateType::Drawer}) {
        if (toDatabaseText(type) == text)
            return type;
    }
    return std::nullopt;
}

} // namespace quire
