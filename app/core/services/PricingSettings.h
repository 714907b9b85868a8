#pragma once

#include "domain/BookPriceLaw.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "services/QuickSaleKey.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace quire {

// The counter's open prices and quick-sale keys, from the `[pricing]`
// section of the settings file (CoreOptions, `--config`; docs/catalog.md):
//
//     [pricing]
//     quickKeys = Card:1, Bag:2, Wrap:3        ; LABEL:CODE, the counter's department keys
//     openPriceApprovalLimit = EUR:50, CHF:50  ; an entered price above this needs a manager
//     bookPriceLaw = de                        ; none, de (Buchpreisbindung), fr (prix unique)
//
// A code is any ProductCode (an EAN-13, a UPC-A, a store code). Without a
// limit for a currency, any entered price is the clerk's to give.
struct PricingSettings
{
    // The most keys the counter shows in its row.
    static constexpr int MaxQuickKeys = 12;

    QList<QuickSaleKey> quickKeys;
    QHash<QString, qint64> openPriceApprovalLimits; // currency -> minor units
    BookPriceLaw bookPriceLaw = BookPriceLaw::None;

    // The limit for `currency`, if the store set one.
    std::optional<Money> approvalLimit(const QString &currency) const;
    // True when entering `price` needs a manager's approval.
    bool needsApproval(const Money &price) const;

    // An error names the key and what is wrong with its value.
    static Result<PricingSettings> fromSettings(QSettings &settings);
};

} // namespace quire
