#pragma once

#include "domain/Result.h"

#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace quire {

// An amount of money in integer minor units (cents, pence, yen) of one ISO 4217
// currency. There is deliberately no conversion from or to floating point:
// arithmetic is exact, overflow is reported, and currencies never mix.
class Money
{
public:
    Money() = default; // invalid: no currency

    static Result<Money> fromMinorUnits(qint64 minorUnits, const QString &currency);
    static Result<Money> zero(const QString &currency) { return fromMinorUnits(0, currency); }

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minorUnits; }
    const QString &currency() const { return m_currency; }
    bool isNegative() const { return m_minorUnits < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 quantity) const;
    // The total of amounts in one currency: an invalid Money (no currency)
    // for none, an error when currencies mix or the total overflows. The one
    // place carts, order previews and orders add up their lines.
    static Result<Money> sum(const QList<Money> &amounts);

    // Localised display, e.g. "$1,234.50" (en_US) or "1.234,50 $" (de_DE).
    QString toString(const QLocale &locale = QLocale()) const;

    // Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
    static int fractionDigits(const QString &currency);
    static bool isValidCurrencyCode(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;

private:
    Money(qint64 minorUnits, QString currency);
    Result<void> checkSameCurrency(const Money &other, const char *operation) const;

    qint64 m_minorUnits = 0;
    QString m_currency;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::Money)
