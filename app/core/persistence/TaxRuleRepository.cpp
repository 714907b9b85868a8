#include "persistence/TaxRuleRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<TaxRules> TaxRuleRepository::read() const
{
    TaxRules rules;
    {
        auto query = m_database.execCached(QStringLiteral("SELECT pricing FROM tax_pricing"));
        if (!query)
            return query.error();
        QSqlQuery &row = *query.value();
        if (row.next()) {
            const auto pricing = taxPricingFromDatabaseText(row.value(0).toString());
            if (!pricing)
                return Error::database(QCoreApplication::translate(
                    "quire::TaxRuleRepository", "the store's tax pricing is damaged"));
            rules.pricing = *pricing;
        }
        row.finish();
    }
    auto query = m_database.execCached(QStringLiteral(
        "SELECT category, valid_from, rate_millipercent FROM tax_rates ORDER BY category,"
        " valid_from"));
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const auto category = taxCategoryFromDatabaseText(row.value(0).toString());
        const QDate validFrom = QDate::fromString(row.value(1).toString(), Qt::ISODate);
        if (!category)
            return Error::database(
                QCoreApplication::translate("quire::TaxRuleRepository",
                                            "a tax rate has an unknown category '%1'")
                    .arg(row.value(0).toString()));
        if (auto added = rules.rates.add(*category, TaxRate{row.value(2).toInt()}, validFrom);
            !added)
            return Error::database(
                QCoreApplication::translate("quire::TaxRuleRepository",
                                            "the store's tax rates are damaged: %1")
                    .arg(added.error().message));
    }
    return rules;
}

Result<bool> TaxRuleRepository::replace(const TaxRules &rules)
{
    auto stored = read();
    if (!stored)
        return stored.error();
    if (*stored == rules)
        return false;
    for (const QString &sql :
         {QStringLiteral("DELETE FROM tax_rates"), QStringLiteral("DELETE FROM tax_pricing")}) {
        if (auto done = m_database.exec(sql); !done)
            return done.error();
    }
    if (auto done = m_database.exec(QStringLiteral("INSERT INTO tax_pricing (pricing) VALUES (?)"),
                                    {toDatabaseText(rules.pricing)});
        !done)
        return done.error();
    for (const TaxRateTable::Entry &entry : rules.rates.entries()) {
        if (auto done = m_database.exec(
                QStringLiteral("INSERT INTO tax_rates (category, valid_from, rate_millipercent)"
                               " VALUES (?, ?, ?)"),
                {toDatabaseText(entry.category), entry.validFrom.toString(Qt::ISODate),
                 entry.rate.millipercent});
            !done)
            return done.error();
    }
    return true;
}

} // namespace quire
