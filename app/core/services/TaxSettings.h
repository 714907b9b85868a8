#pragma once

#include "domain/Result.h"
#include "domain/TaxRules.h"

#include <optional>

class QSettings;

namespace quire {

class Clock;
class Database;

// The store's tax rules from the `[tax]` section of the settings file
// (CoreOptions, `--config`; docs/tax.md):
//
//     [tax]
//     country = de          ; de, fr, uk: that country's rates; us: give them
//     pricing = inclusive   ; or exclusive (US sales tax; the default for us)
//     reduced = 7           ; percent, overrides the country's; a rate that
//     standard = 19         ; changes: "19, 16 from 2020-07-01, 19 from 2021-01-01"
//
// A terminal started with a [tax] section makes the store's stored rules
// (`tax_rates`, `tax_pricing`) these; without one it leaves them as they
// are (a new store has the German rates, prices including tax). Terminals
// sharing a store should have the same [tax] section.
struct TaxSettings
{
    // None when the file has no [tax] section; an error names the key and
    // what is wrong with its value.
    static Result<std::optional<TaxRules>> fromSettings(QSettings &settings);
    // "7" or "7, 5 from 2020-07-01": the rates of one category over time.
    static Result<void> addRates(TaxRateTable &table, TaxCategory category,
                                 const QStringList &items, const QString &key);

    // Stores `rules` as the store's, with an audit row when they change
    // anything, in one transaction.
    static Result<void> store(Database &database, const Clock &clock, const TaxRules &rules,
                              const QString &terminalId);
};

} // namespace quire
