#include "domain/TaxPricing.h"

namespace quire {

QString toDatabaseText(TaxPricing pricing)
{
    switch (pricing) {
    case TaxPricing::Inclusive:
        return QStringLiteral("inclusive");
    case TaxPricing::Exclusive:
        return QStringLiteral("exclusive");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TaxPricing> taxPricingFromDatabaseText(const QString &text)
{
    for (TaxPricing pricing : {TaxPricing::Inclusive, TaxPricing::Exclusive}) {
        if (toDatabaseText(pricing) == text)
            return pricing;
    }
    return std::nullopt;
}

} // namespace quire
