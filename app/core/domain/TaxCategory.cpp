#include "domain/TaxCategory.h"

namespace quire {

QString toDatabaseText(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Reduced:
        return QStringLiteral("reduced");
    case TaxCategory::Standard:
        return QStringLiteral("standard");
    case TaxCategory::Zero:
        return QStringLiteral("zero");
    case TaxCategory::Exempt:
        return QStringLiteral("exempt");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TaxCategory> taxCategoryFromDatabaseText(const QString &text)
{
    for (TaxCategory category : allTaxCategories()) {
        if (toDatabaseText(category) == text)
            return category;
    }
    return std::nullopt;
}

const QList<TaxCategory> &allTaxCategories()
{
    static const QList<TaxCategory> categories{TaxCategory::Standard, TaxCategory::Reduced,
                                               TaxCategory::Zero, TaxCategory::Exempt};
    return categories;
}

QString receiptLetter(TaxCategory category)
{
    switch (category) {
    case TaxCategory::Standard:
        return QStringLiteral("A");
    case TaxCategory::Reduced:
        return QStringLiteral("B");
    case TaxCategory::Zero:
        return QStringLiteral("C");
    case TaxCategory::Exempt:
        return QStringLiteral("D");
    }
    Q_UNREACHABLE();
    return QString();
}

bool hasConfigurableRate(TaxCategory category)
{
    return category == TaxCategory::Reduced || category == TaxCategory::Standard;
}

} // namespace quire
