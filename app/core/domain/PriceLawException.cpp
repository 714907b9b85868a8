#include "domain/PriceLawException.h"

#include <QCoreApplication>

namespace quire {

QString toDatabaseText(PriceLawException exception)
{
    switch (exception) {
    case PriceLawException::None:
        return QString();
    case PriceLawException::DamagedCopy:
        return QStringLiteral("damaged_copy");
    case PriceLawException::OwnStaff:
        return QStringLiteral("own_staff");
    case PriceLawException::Teacher:
        return QStringLiteral("teacher");
    }
    return QString();
}

std::optional<PriceLawException> priceLawExceptionFromDatabaseText(const QString &text)
{
    if (text.isEmpty())
        return PriceLawException::None;
    for (PriceLawException exception : allPriceLawExceptions()) {
        if (toDatabaseText(exception) == text)
            return exception;
    }
    return std::nullopt;
}

const QList<PriceLawException> &allPriceLawExceptions()
{
    static const QList<PriceLawException> all{
        PriceLawException::DamagedCopy, PriceLawException::OwnStaff, PriceLawException::Teacher};
    return all;
}

QString displayName(PriceLawException exception)
{
    switch (exception) {
    case PriceLawException::None:
        return QCoreApplication::translate("quire::PriceLawException", "None");
    case PriceLawException::DamagedCopy:
        return QCoreApplication::translate("quire::PriceLawException",
                                           "Damaged copy (M\u00e4ngelexemplar, \u00a7 7 BuchPrG)");
    case PriceLawException::OwnStaff:
        return QCoreApplication::translate("quire::PriceLawException",
                                           "Own staff, for their own use (\u00a7 7 BuchPrG)");
    case PriceLawException::Teacher:
        return QCoreApplication::translate("quire::PriceLawException",
                                           "Teacher's inspection copy (\u00a7 7 BuchPrG)");
    }
    return QString();
}

} // namespace quire
