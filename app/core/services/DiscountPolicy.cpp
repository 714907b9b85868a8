#include "services/DiscountPolicy.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcDiscounts, "quire.discounts")

const QString kClerkMax = QStringLiteral("discounts/clerkMaxPercent");
const QString kManagerMax = QStringLiteral("discounts/managerMaxPercent");
const QString kAmounts = QStringLiteral("discounts/amountDiscounts");

// "12.5" -> 1250 basis points; none for anything but 0 to 100 with up to two decimals.
std::optional<qint64> basisPointsOf(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(2, u'0');
    const qint64 points = whole * 100 + fraction.toLongLong();
    if (points > 10000)
        return std::nullopt;
    return points;
}

Result<qint64> limit(const QSettings &settings, const QString &key, qint64 fallback)
{
    if (!settings.contains(key))
        return fallback;
    const auto points = basisPointsOf(settings.value(key).toString());
    if (!points)
        return Error::invalid(QCoreApplication::translate(
                                  "quire::DiscountPolicy",
                                  "%1 must be a percent from 0 to 100 (e.g. 10 or 12.5), not '%2'")
                                  .arg(key, settings.value(key).toString()));
    return *points;
}

} // namespace

Result<DiscountPolicy> DiscountPolicy::fromSettings(QSettings &settings)
{
    DiscountPolicy policy;
    auto clerk = limit(settings, kClerkMax, policy.clerkMaxBasisPoints);
    if (!clerk)
        return clerk.error();
    auto manager = limit(settings, kManagerMax, policy.managerMaxBasisPoints);
    if (!manager)
        return manager.error();
    if (*clerk > *manager)
        return Error::invalid(tr("%1 cannot be above %2").arg(kClerkMax, kManagerMax));
    policy.clerkMaxBasisPoints = *clerk;
    policy.managerMaxBasisPoints = *manager;
    if (settings.contains(kAmounts)) {
        const QString text = settings.value(kAmounts).toString().trimmed().toLower();
        if (text == u"true" || text == u"yes" || text == u"1")
            policy.amountDiscounts = true;
        else if (text == u"false" || text == u"no" || text == u"0")
            policy.amountDiscounts = false;
        else
            return Error::invalid(tr("%1 must be true or false, not '%2'")
                                      .arg(kAmounts, settings.value(kAmounts).toString()));
    }
    qCDebug(lcDiscounts) << "clerk up to" << policy.clerkMaxBasisPoints << "bp, manager up to"
                         << policy.managerMaxBasisPoints << "bp, amounts" << policy.amountDiscounts;
    return policy;
}

QString DiscountPolicy::percentText(qint64 basisPoints)
{
    const QLocale locale;
    QString number = locale.toString(basisPoints / 100);
    if (basisPoints % 100 != 0) {
        QString fraction = QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        number += locale.decimalPoint() + fraction;
    }
    return tr("%1 %").arg(number);
}

} // namespace quire
