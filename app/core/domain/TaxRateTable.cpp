#include "domain/TaxRateTable.h"

#include <QCoreApplication>
#include <algorithm>

namespace quire {

namespace {

int categoryOrder(TaxCategory category)
{
    return int(allTaxCategories().indexOf(category));
}

} // namespace

Result<void> TaxRateTable::add(TaxCategory category, TaxRate rate, QDate validFrom)
{
    if (!hasConfigurableRate(category))
        return Error::invalid(
            QCoreApplication::translate("quire::TaxRateTable",
                                        "the %1 category is always 0 %; it takes no rate")
                .arg(toDatabaseText(category)));
    if (!validFrom.isValid())
        return Error::invalid(QCoreApplication::translate(
            "quire::TaxRateTable", "a tax rate needs the date it is valid from"));
    if (rate.millipercent < 0 || rate.millipercent > TaxRate::kWholeRate)
        return Error::invalid(QCoreApplication::translate("quire::TaxRateTable",
                                                          "a tax rate is between 0 % and 100 %"));
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.category == category && entry.validFrom == validFrom)
            return Error::conflict(
                QCoreApplication::translate("quire::TaxRateTable", "two %1 rates from %2")
                    .arg(toDatabaseText(category), validFrom.toString(Qt::ISODate)));
    }
    m_entries.append({category, rate, validFrom});
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.category != b.category)
            return categoryOrder(a.category) < categoryOrder(b.category);
        return a.validFrom < b.validFrom;
    });
    return {};
}

Result<TaxRate> TaxRateTable::rateOn(TaxCategory category, QDate day) const
{
    if (!hasConfigurableRate(category))
        return TaxRate{0};
    const Entry *valid = nullptr;
    for (const Entry &entry : m_entries) {
        if (entry.category == category && entry.validFrom <= day)
            valid = &entry; // entries are sorted by date: the last one valid wins
    }
    if (!valid)
        return Error::notFound(
            QCoreApplication::translate("quire::TaxRateTable", "the store has no %1 tax rate on %2")
                .arg(toDatabaseText(category), day.toString(Qt::ISODate)));
    return valid->rate;
}

QStringList TaxRateTable::presetCountries()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("uk")};
}

Result<TaxRateTable> TaxRateTable::preset(const QString &country)
{
    struct Rate
    {
        TaxCategory category;
        int millipercent;
        QDate validFrom;
    };
    QList<Rate> rates;
    const QString code = country.trimmed().toLower();
    if (code == u"de") {
        // The VAT cut of 1 July to 31 December 2020 (Zweites Corona-Steuerhilfegesetz).
        rates = {{TaxCategory::Reduced, 7000, beginning()},
                 {TaxCategory::Standard, 19000, beginning()},
                 {TaxCategory::Reduced, 5000, QDate(2020, 7, 1)},
                 {TaxCategory::Standard, 16000, QDate(2020, 7, 1)},
                 {TaxCategory::Reduced, 7000, QDate(2021, 1, 1)},
                 {TaxCategory::Standard, 19000, QDate(2021, 1, 1)}};
    } else if (code == u"fr") {
        rates = {{TaxCategory::Reduced, 5500, beginning()},
                 {TaxCategory::Standard, 20000, beginning()}};
    } else if (code == u"uk" || code == u"gb") {
        // Books are zero-rated in the UK: Quire's book category is at 0 %.
        rates
            = {{TaxCategory::Reduced, 0, beginning()}, {TaxCategory::Standard, 20000, beginning()}};
    } else {
        return Error::invalid(
            QCoreApplication::translate("quire::TaxRateTable",
                                        "no tax preset for country '%1' (presets: %2)")
                .arg(country, presetCountries().join(QStringLiteral(", "))));
    }
    TaxRateTable table;
    for (const Rate &rate : std::as_const(rates)) {
        if (auto added = table.add(rate.category, TaxRate{rate.millipercent}, rate.validFrom);
            !added)
            return added.error();
    }
    return table;
}

} // namespace quire
