#include "domain/AggregateType.h"

namespace quire {

QString toDatabaseText(AggregateType type)
{
    switch (type) {
    case AggregateType::Order:
        return QStringLiteral("order");
    case AggregateType::Payment:
        return QStringLiteral("payment");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<AggregateType> aggregateTypeFromDatabaseText(const QString &text)
{
    for (AggregateType type : {AggregateType::Order, AggregateType::Payment}) {
        if (toDatabaseText(type) == text)
            return type;
    }
    return std::nullopt;
}

} // namespace quire
