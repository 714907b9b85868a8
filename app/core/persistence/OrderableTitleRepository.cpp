#include "persistence/OrderableTitleRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<OrderableTitle> OrderableTitleRepository::find(const QString &isbn13) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT isbn13, title, contributors, publisher, price_minor, currency,"
                       " availability, tax_category, supplier FROM orderable_titles"
                       " WHERE isbn13 = ?"),
        {isbn13});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next())
        return Error::notFound(
            QCoreApplication::translate("quire::OrderableTitleRepository",
                                        "no title with ISBN %1 in the orderable catalog")
                .arg(isbn13));
    auto price = Money::fromMinorUnits(row.value(4).toLongLong(), row.value(5).toString());
    if (!price)
        return Error::database(QCoreApplication::translate("quire::OrderableTitleRepository",
                                                           "orderable title %1 has a damaged "
                                                           "price: %2")
                                   .arg(isbn13, price.error().message));
    const auto availability = orderableAvailabilityFromDatabaseText(row.value(6).toString());
    const auto category = taxCategoryFromDatabaseText(row.value(7).toString());
    if (!availability || !category)
        return Error::database(QCoreApplication::translate("quire::OrderableTitleRepository",
                                                           "orderable title %1 has an unknown "
                                                           "availability or tax category")
                                   .arg(isbn13));
    return OrderableTitle{row.value(0).toString(),
                          row.value(1).toString(),
                          row.value(2).toString(),
                          row.value(3).toString(),
                          *price,
                          *availability,
                          *category,
                          row.value(8).toString()};
}

} // namespace quire
