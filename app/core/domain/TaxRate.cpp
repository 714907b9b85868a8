#include "domain/TaxRate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace quire {

Result<TaxRate> TaxRate::fromPercentText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,3})(?:\\.(\\d{1,3}))?\\s*%?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error::invalid(
            QCoreApplication::translate("quire::TaxRate",
                                        "'%1' is not a tax rate in percent (such as 19 or 5.5)")
                .arg(text));
    const int whole = match.captured(1).toInt();
    const int fraction = match.captured(2).leftJustified(3, QLatin1Char('0')).toInt();
    const int millipercent = whole * 1000 + fraction;
    if (millipercent > kWholeRate)
        return Error::invalid(
            QCoreApplication::translate("quire::TaxRate",
                                        "a tax rate cannot be more than 100 %, not '%1'")
                .arg(text));
    return TaxRate{millipercent};
}

QString TaxRate::toPercentText(const QLocale &locale) const
{
    QString text = locale.toString(millipercent / 1000);
    if (const int fraction = millipercent % 1000; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text + QStringLiteral("\u00a0%");
}

} // namespace quire
