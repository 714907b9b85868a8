#include "services/PricingSettings.h"

#include "catalog/CatalogImporter.h"
#include "catalog/ProductCode.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcPricing, "quire.pricing")

const QString kQuickKeys = QStringLiteral("pricing/quickKeys");
const QString kApprovalLimit = QStringLiteral("pricing/openPriceApprovalLimit");
const QString kBookPriceLaw = QStringLiteral("pricing/bookPriceLaw");

// An INI list ("a, b") arrives as a string list; one entry as a string.
QStringList entriesOf(const QSettings &settings, const QString &key)
{
    QStringList entries = settings.value(key).toStringList();
    if (entries.size() == 1)
        entries = entries.constFirst().split(u',');
    QStringList kept;
    for (const QString &entry : std::as_const(entries)) {
        if (!entry.trimmed().isEmpty())
            kept.append(entry.trimmed());
    }
    return kept;
}

} // namespace

std::optional<Money> PricingSettings::approvalLimit(const QString &currency) const
{
    const auto found = openPriceApprovalLimits.constFind(currency);
    if (found == openPriceApprovalLimits.cend())
        return std::nullopt;
    auto limit = Money::fromMinorUnits(*found, currency);
    return limit ? std::optional<Money>(*limit) : std::nullopt;
}

bool PricingSettings::needsApproval(const Money &price) const
{
    const auto limit = approvalLimit(price.currency());
    return limit && price.minorUnits() > limit->minorUnits();
}

Result<PricingSettings> PricingSettings::fromSettings(QSettings &settings)
{
    PricingSettings pricing;
    for (const QString &entry : entriesOf(settings, kQuickKeys)) {
        // The label may hold a colon; the code never does.
        const qsizetype colon = entry.lastIndexOf(u':');
        const QString label = colon > 0 ? entry.left(colon).trimmed() : QString();
        const QString codeText = colon > 0 ? entry.mid(colon + 1).trimmed() : QString();
        if (label.isEmpty() || codeText.isEmpty())
            return Error::invalid(
                QCoreApplication::translate("quire::PricingSettings",
                                            "%1: '%2' is not LABEL:CODE (e.g. Card:1)")
                    .arg(kQuickKeys, entry));
        const auto code = ProductCode::parse(codeText);
        if (!code)
            return Error::invalid(
                QCoreApplication::translate("quire::PricingSettings", "%1: '%2': %3")
                    .arg(kQuickKeys, entry, code.error().message));
        for (const QuickSaleKey &key : std::as_const(pricing.quickKeys)) {
            if (key.label.compare(label, Qt::CaseInsensitive) == 0)
                return Error::invalid(
                    QCoreApplication::translate("quire::PricingSettings",
                                                "%1: the label '%2' is there twice")
                        .arg(kQuickKeys, label));
        }
        pricing.quickKeys.append({label, code->ean13()});
    }
    if (pricing.quickKeys.size() > MaxQuickKeys)
        return Error::invalid(
            QCoreApplication::translate("quire::PricingSettings", "%1: at most %2 keys, not %3")
                .arg(kQuickKeys)
                .arg(MaxQuickKeys)
                .arg(pricing.quickKeys.size()));
    for (const QString &entry : entriesOf(settings, kApprovalLimit)) {
        const QStringList parts = entry.split(u':');
        const QString currency = parts.value(0).trimmed().toUpper();
        const bool shaped = parts.size() == 2 && Money::isValidCurrencyCode(currency);
        const auto limit = CatalogImporter::parsePrice(shaped ? parts.at(1) : QString(), currency);
        if (!shaped || !limit)
            return Error::invalid(
                QCoreApplication::translate("quire::PricingSettings",
                                            "%1: '%2' is not CURRENCY:AMOUNT (e.g. EUR:50.00)")
                    .arg(kApprovalLimit, entry));
        pricing.openPriceApprovalLimits.insert(currency, limit->minorUnits());
    }
    if (settings.contains(kBookPriceLaw)) {
        const auto law = bookPriceLawFromSettingsText(settings.value(kBookPriceLaw).toString());
        if (!law)
            return Error::invalid(
                QCoreApplication::translate("quire::PricingSettings",
                                            "%1: '%2' is not a book-price law (use none, de, fr)")
                    .arg(kBookPriceLaw, settings.value(kBookPriceLaw).toString()));
        pricing.bookPriceLaw = *law;
    }
    qCDebug(lcPricing) << pricing.quickKeys.size() << "quick-sale keys,"
                       << pricing.openPriceApprovalLimits.size() << "approval limits";
    return pricing;
}

} // namespace quire
