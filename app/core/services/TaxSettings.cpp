#include "services/TaxSettings.h"

#include "domain/AuditEntry.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "persistence/TaxRuleRepository.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcTax, "quire.tax", QtInfoMsg)

QStringList listValue(const QVariant &value)
{
    // QSettings splits a value with commas into a list.
    QStringList items = value.toStringList();
    if (items.isEmpty() && !value.toString().isEmpty())
        items = {value.toString()};
    QStringList trimmed;
    for (const QString &item : std::as_const(items)) {
        if (!item.trimmed().isEmpty())
            trimmed.append(item.trimmed());
    }
    return trimmed;
}

QString describe(const TaxRules &rules)
{
    QStringList parts{QStringLiteral("prices %1 tax")
                          .arg(rules.pricing == TaxPricing::Inclusive ? QStringLiteral("include")
                                                                      : QStringLiteral("exclude"))};
    for (const TaxRateTable::Entry &entry : rules.rates.entries())
        parts.append(QStringLiteral("%1 %2 from %3")
                         .arg(toDatabaseText(entry.category),
                              entry.rate.toPercentText(QLocale::c()),
                              entry.validFrom.toString(Qt::ISODate)));
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<void> TaxSettings::addRates(TaxRateTable &table, TaxCategory category,
                                   const QStringList &items, const QString &key)
{
    static const QRegularExpression item(
        QStringLiteral("^(\\S+?)\\s*%?(?:\\s+from\\s+(\\d{4}-\\d{2}-\\d{2}))?$"));
    for (const QString &text : items) {
        const QRegularExpressionMatch match = item.match(text);
        if (!match.hasMatch())
            return Error::invalid(QCoreApplication::translate(
                                      "quire::TaxSettings",
                                      "%1: '%2' is not a rate such as 7 or \"5 from 2020-07-01\"")
                                      .arg(key, text));
        auto rate = TaxRate::fromPercentText(match.captured(1));
        if (!rate)
            return Error::invalid(key + QStringLiteral(": ") + rate.error().message);
        QDate from = TaxRateTable::beginning();
        if (match.hasCaptured(2)) {
            from = QDate::fromString(match.captured(2), Qt::ISODate);
            if (!from.isValid())
                return Error::invalid(
                    QCoreApplication::translate("quire::TaxSettings", "%1: '%2' is not a date")
                        .arg(key, match.captured(2)));
        }
        if (auto added = table.add(category, *rate, from); !added)
            return Error::invalid(key + QStringLiteral(": ") + added.error().message);
    }
    return {};
}

Result<std::optional<TaxRules>> TaxSettings::fromSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("tax"));
    const QStringList keys = settings.childKeys();
    const QString country = settings.value(QStringLiteral("country"), QStringLiteral("de"))
                                .toString()
                                .trimmed()
                                .toLower();
    const QString pricingText
        = settings.value(QStringLiteral("pricing")).toString().trimmed().toLower();
    const QStringList reduced = listValue(settings.value(QStringLiteral("reduced")));
    const QStringList standard = listValue(settings.value(QStringLiteral("standard")));
    settings.endGroup();
    if (keys.isEmpty())
        return std::optional<TaxRules>();
    for (const QString &key : keys) {
        if (key != u"country" && key != u"pricing" && key != u"reduced" && key != u"standard")
            return Error::invalid(
                QCoreApplication::translate("quire::TaxSettings",
                                            "tax/%1 is not a setting (country, pricing, "
                                            "reduced, standard)")
                    .arg(key));
    }

    TaxRules rules;
    const bool unitedStates = country == u"us";
    if (unitedStates) {
        rules.pricing = TaxPricing::Exclusive;
        if (reduced.isEmpty() || standard.isEmpty())
            return Error::invalid(QCoreApplication::translate(
                "quire::TaxSettings",
                "tax/country us has no preset rates: set tax/reduced and tax/standard to the "
                "state's and city's sales tax on books and on other goods"));
    } else {
        auto preset = TaxRateTable::preset(country);
        if (!preset)
            return Error::invalid(
                QCoreApplication::translate("quire::TaxSettings", "tax/country: %1, or us")
                    .arg(preset.error().message));
        rules.rates = *preset;
    }
    if (!pricingText.isEmpty()) {
        const auto pricing = taxPricingFromDatabaseText(pricingText);
        if (!pricing)
            return Error::invalid(
                QCoreApplication::translate("quire::TaxSettings",
                                            "tax/pricing must be inclusive or exclusive, not '%1'")
                    .arg(pricingText));
        rules.pricing = *pricing;
    }
    // Rates given replace the country's for their category.
    for (const auto &[category, items, key] :
         {std::tuple{TaxCategory::Reduced, reduced, QStringLiteral("tax/reduced")},
          std::tuple{TaxCategory::Standard, standard, QStringLiteral("tax/standard")}}) {
        if (items.isEmpty())
            continue;
        TaxRateTable replaced;
        for (const TaxRateTable::Entry &entry : rules.rates.entries()) {
            if (entry.category != category)
                (void)replaced.add(entry.category, entry.rate, entry.validFrom);
        }
        if (auto added = addRates(replaced, category, items, key); !added)
            return added.error();
        if (!replaced.rateOn(category, TaxRateTable::beginning()))
            return Error::invalid(
                QCoreApplication::translate("quire::TaxSettings",
                                            "%1 needs one rate without a date: the one "
                                            "valid until the first change")
                    .arg(key));
        rules.rates = replaced;
    }
    return std::optional<TaxRules>(rules);
}

Result<void> TaxSettings::store(Database &database, const Clock &clock, const TaxRules &rules,
                                const QString &terminalId)
{
    bool changed = false;
    auto stored = database.writeTransaction([&]() -> Result<void> {
        auto replaced = TaxRuleRepository(database).replace(rules);
        if (!replaced)
            return replaced.error();
        changed = *replaced;
        if (!changed)
            return {};
        AuditEntry entry;
        entry.at = clock.nowUtc();
        entry.actor = Actor::system(QStringLiteral("settings"));
        entry.action = QStringLiteral("tax_rules_set");
        entry.entityType = QStringLiteral("store");
        entry.entityId = QStringLiteral("tax");
        entry.detail
            = QStringLiteral("from the [tax] settings of %1: %2").arg(terminalId, describe(rules));
        return AuditLog(database).append(entry);
    });
    if (stored && changed)
        qCInfo(lcTax).noquote() << "the store's tax rules are now" << describe(rules);
    return stored;
}

} // namespace quire
