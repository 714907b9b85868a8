#pragma once

#include "domain/Result.h"
#include "domain/TaxCategory.h"
#include "domain/TaxRate.h"

#include <QDate>
#include <QList>

namespace quire {

// The store's tax rates over time: each rate of the reduced and standard
// categories is valid from a date until the next rate of its category
// begins. A sale takes the rates of its own day (and its order lines keep
// them), so a rate change at midnight needs no one at the till. Zero and
// exempt are always 0 %.
class TaxRateTable
{
public:
    struct Entry
    {
        TaxCategory category = TaxCategory::Reduced;
        TaxRate rate;
        QDate validFrom;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // The date rates given without one are valid from.
    static QDate beginning() { return QDate(2000, 1, 1); }

    // Adds a rate; refused for zero or exempt, an invalid date, or a second
    // rate of the category from the same day.
    Result<void> add(TaxCategory category, TaxRate rate, QDate validFrom = beginning());
    // The rate of `category` on `day`: NotFound before its first rate.
    Result<TaxRate> rateOn(TaxCategory category, QDate day) const;
    // By category (receipt order), then date.
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The rates of a store country: "de" (7 % and 19 %, with the second half
    // of 2020 at 5 % and 16 %), "fr" (5.5 % and 20 %), "uk" (books 0 %,
    // standard 20 %). Any other country has no preset (an error).
    static Result<TaxRateTable> preset(const QString &country);
    static QStringList presetCountries();

    friend bool operator==(const TaxRateTable &, const TaxRateTable &) = default;

private:
    QList<Entry> m_entries;
};

} // namespace quire
