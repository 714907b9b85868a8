#include "domain/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QtNumeric>

namespace quire {

namespace {

// The locale's own symbol for its currency, or the symbol another locale of
// the same language uses for that currency (English readers know EUR as €
// from en_IE); otherwise the unambiguous ISO code, as CLDR does.
// QLocale itself only knows each locale's own currency.
QString currencySymbol(const QLocale &locale, const QString &isoCode)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);

    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = QString::number(locale.language()) + u':' + isoCode;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QString found = isoCode;
    const auto candidates
        = QLocale::matchingLocales(locale.language(), QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : candidates) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
            found = candidate.currencySymbol(QLocale::CurrencySymbol);
            break;
        }
    }
    cache.insert(key, found);
    return found;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{}

Result<Money> Money::fromMinorUnits(qint64 minorUnits, const QString &currency)
{
    if (!isValidCurrencyCode(currency))
        return Error::invalid(
            QCoreApplication::translate(
                "quire::Money", "'%1' is not an ISO 4217 currency code (three capital letters)")
                .arg(currency));
    return Money(minorUnits, currency);
}

bool Money::isValidCurrencyCode(const QString &currency)
{
    if (currency.size() != 3)
        return false;
    for (const QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

int Money::fractionDigits(const QString &currency)
{
    // ISO 4217 minor-unit exponents that differ from the usual 2.
    static const QHash<QString, int> exceptions = {
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0}, {QStringLiteral("XPF"), 0}, {QStringLiteral("BHD"), 3},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3}, {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("TND"), 3},
        {QStringLiteral("CLF"), 4}, {QStringLiteral("UYW"), 4},
    };
    return exceptions.value(currency, 2);
}

Result<void> Money::checkSameCurrency(const Money &other, const char *operation) const
{
    if (!isValid() || !other.isValid())
        return Error::invalid(QStringLiteral("cannot %1 an amount without a currency")
                                  .arg(QLatin1String(operation))); // notr: one currency per store
    if (m_currency != other.m_currency)
        return Error::invalid(QStringLiteral("cannot %1 %2 and %3 amounts")
                                  .arg(QLatin1String(operation), m_currency,
                                       other.m_currency)); // notr: one currency per store
    return {};
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto same = checkSameCurrency(other, "add"); !same)
        return same.error();
    qint64 sum = 0;
    if (qAddOverflow(m_minorUnits, other.m_minorUnits, &sum))
        return Error::invalid(QCoreApplication::translate("quire::Money", "amount too large"));
    return Money(sum, m_currency);
}

Result<Money> Money::sum(const QList<Money> &amounts)
{
    if (amounts.isEmpty())
        return Money();
    Money total = amounts.first();
    for (qsizetype i = 1; i < amounts.size(); ++i) {
        auto added = total.plus(amounts.at(i));
        if (!added)
            return added.error();
        total = *added;
    }
    if (!total.isValid())
        return Error::invalid(QCoreApplication::translate(
            "quire::Money", "cannot add up an amount without a currency"));
    return total;
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto same = checkSameCurrency(other, "subtract"); !same)
        return same.error();
    qint64 difference = 0;
    if (qSubOverflow(m_minorUnits, other.m_minorUnits, &difference))
        return Error::invalid(QCoreApplication::translate("quire::Money", "amount too large"));
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 quantity) const
{
    if (!isValid())
        return Error::invalid(QCoreApplication::translate(
            "quire::Money", "cannot multiply an amount without a currency"));
    qint64 product = 0;
    if (qMulOverflow(m_minorUnits, quantity, &product))
        return Error::invalid(QCoreApplication::translate("quire::Money", "amount too large"));
    return Money(product, m_currency);
}

QString Money::toString(const QLocale &locale) const
{
    if (!isValid())
        return QString();

    const int digits = fractionDigits(m_currency);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;

    // Split into whole and fractional parts on the magnitude without negating
    // (negating INT64_MIN overflows).
    const qint64 whole = m_minorUnits / divisor;
    const qint64 fraction = m_minorUnits % divisor;
    QString number
        = locale.toString(whole < 0 ? -static_cast<quint64>(whole) : static_cast<quint64>(whole));
    if (digits > 0) {
        const quint64 magnitude
            = fraction < 0 ? -static_cast<quint64>(fraction) : static_cast<quint64>(fraction);
        QString fractionText = locale.toString(magnitude);
        const QString zero = locale.toString(0);
        while (fractionText.size() < digits * zero.size())
            fractionText.prepend(zero);
        number += locale.decimalPoint() + fractionText;
    }

    // Let the locale place the symbol and sign, using a one-digit sentinel
    // whose position marks where the number goes.
    const QString symbol = currencySymbol(locale, m_currency);
    const QString sentinel = locale.toString(7);
    QString pattern
        = locale.toCurrencyString(m_minorUnits < 0 ? qlonglong(-7) : qlonglong(7), symbol);
    const qsizetype at = pattern.indexOf(sentinel);
    if (at < 0)
        return (m_minorUnits < 0 ? locale.negativeSign() : QString()) + number + u' ' + symbol;
    return pattern.replace(at, sentinel.size(), number);
}

} // namespace quire
