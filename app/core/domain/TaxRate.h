#pragma once

#include "domain/Result.h"

#include <QLocale>
#include <QString>

namespace quire {

// A tax rate in millipercent (thousandths of a percent): 19 % is 19000,
// 5.5 % is 5500, a US combined sales tax of 8.875 % is 8875. Integer, so
// every rate a tax office publishes is exact; never floating point.
struct TaxRate
{
    static constexpr int kWholeRate = 100'000; // 100 % in millipercent

    int millipercent = 0;

    // "19", "5.5", "8.875 %" (a '.' as the decimal point, up to three
    // decimals, between 0 and 100).
    static Result<TaxRate> fromPercentText(const QString &text);
    // "19 %", "5,5 %" (de_DE): the rate with as many decimals as it needs.
    QString toPercentText(const QLocale &locale = QLocale()) const;

    friend bool operator==(const TaxRate &, const TaxRate &) = default;
    friend bool operator<(const TaxRate &a, const TaxRate &b)
    {
        return a.millipercent < b.millipercent;
    }
};

} // namespace quire
