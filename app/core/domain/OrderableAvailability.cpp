#include "domain/OrderableAvailability.h"

namespace quire {

QString toDatabaseText(OrderableAvailability availability)
{
    switch (availability) {
    case OrderableAvailability::Available:
        return QStringLiteral("available");
    case OrderableAvailability::NotYetPublished:
        return QStringLiteral("not_yet_published");
    case OrderableAvailability::Reprinting:
        return QStringLiteral("reprinting");
    case OrderableAvailability::TemporarilyUnavailable:
        return QStringLiteral("temporarily_unavailable");
    case OrderableAvailability::OutOfPrint:
        return QStringLiteral("out_of_print");
    }
    return {};
}

std::optional<OrderableAvailability> orderableAvailabilityFromDatabaseText(const QString &text)
{
    for (const auto availability :
         {OrderableAvailability::Available, OrderableAvailability::NotYetPublished,
          OrderableAvailability::Reprinting, OrderableAvailability::TemporarilyUnavailable,
          OrderableAvailability::OutOfPrint}) {
        if (text == toDatabaseText(availability))
            return availability;
    }
    return std::nullopt;
}

bool canBeOrdered(OrderableAvailability availability)
{
    return availability != OrderableAvailability::OutOfPrint;
}

} // namespace quire
