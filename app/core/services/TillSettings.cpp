#include "services/TillSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace quire {

namespace {

const QString kRequireShift = QStringLiteral("till/requireOpenShift");
const QString kRounding = QStringLiteral("till/cashRounding");
const QString kDevice = QStringLiteral("till/drawerDevice");
const QString kQueue = QStringLiteral("till/drawerQueue");

} // namespace

qint64 TillSettings::roundingIncrement(const QString &currency) const
{
    return std::max<qint64>(cashRounding.value(currency, 1), 1);
}

Money TillSettings::roundCash(const Money &due) const
{
    const qint64 increment = roundingIncrement(due.currency());
    if (increment <= 1)
        return due;
    const qint64 minor = due.minorUnits();
    const qint64 rounded = (minor + increment / 2) / increment * increment;
    return Money::fromMinorUnits(rounded, due.currency()).value();
}

Result<TillSettings> TillSettings::fromSettings(QSettings &settings)
{
    TillSettings till;
    if (settings.contains(kRequireShift)) {
        const QString text = settings.value(kRequireShift).toString().trimmed().toLower();
        if (text == u"true" || text == u"yes" || text == u"1")
            till.requireOpenShift = true;
        else if (text == u"false" || text == u"no" || text == u"0")
            till.requireOpenShift = false;
        else
            return Error::invalid(
                QCoreApplication::translate("quire::TillSettings",
                                            "%1 must be true or false, not '%2'")
                    .arg(kRequireShift, settings.value(kRequireShift).toString()));
    }
    if (settings.contains(kRounding)) {
        // An INI list ("CHF:5, SEK:100") arrives as a string list; one entry as a string.
        QStringList entries = settings.value(kRounding).toStringList();
        if (entries.size() == 1)
            entries = entries.constFirst().split(u',');
        for (const QString &entry : std::as_const(entries)) {
            if (entry.trimmed().isEmpty())
                continue;
            const QStringList parts = entry.trimmed().split(u':');
            bool ok = false;
            const qint64 increment = parts.size() == 2 ? parts.at(1).trimmed().toLongLong(&ok) : 0;
            const QString currency = parts.value(0).trimmed().toUpper();
            if (parts.size() != 2 || !ok || increment < 1 || increment > 100000
                || !Money::isValidCurrencyCode(currency))
                return Error::invalid(
                    QCoreApplication::translate("quire::TillSettings",
                                                "%1: '%2' is not CURRENCY:INCREMENT (e.g. CHF:5)")
                        .arg(kRounding, entry.trimmed()));
            till.cashRounding.insert(currency, increment);
        }
    }
    till.drawerDevice = settings.value(kDevice).toString().trimmed();
    till.drawerQueue = settings.value(kQueue).toString().trimmed();
    if (!till.drawerDevice.isEmpty() && !till.drawerQueue.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("quire::TillSettings",
                                        "%1 and %2: name the drawer's printer one way, not both")
                .arg(kDevice, kQueue));
    return till;
}

} // namespace quire
