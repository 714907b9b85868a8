#include "domain/Discount.h"

namespace quire {

QString toDatabaseText(Discount::Kind kind)
{
    return kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount");
}

} // namespace quire
