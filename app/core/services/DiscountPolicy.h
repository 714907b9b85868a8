#pragma once

#include "auth/Role.h"
#include "domain/Result.h"

#include <QCoreApplication>

class QSettings;

namespace quire {

// Who may give how much discount, from the `[discounts]` section of the
// settings file (CoreOptions, `--config`; docs/tax.md "Discounts"):
//
//     [discounts]
//     clerkMaxPercent = 10     ; the most a clerk gives alone (0 to 100, up to 2 decimals)
//     managerMaxPercent = 100  ; the most anyone gives (a clerk with a manager's override)
//     amountDiscounts = true   ; discounts as an amount of money, not only percent
//
// An amount discount counts as its share of what it is taken off (rounded
// up). Above the clerk's limit the cart asks for Permission::GiveLargeDiscount
// from the role stored in the database: a manager, or a clerk's override
// approved by one. The book-price law ([pricing] bookPriceLaw) applies on top.
struct DiscountPolicy
{
    Q_DECLARE_TR_FUNCTIONS(quire::DiscountPolicy)

public:
    qint64 clerkMaxBasisPoints = 1000;
    qint64 managerMaxBasisPoints = 10000;
    bool amountDiscounts = true;

    // The defaults, overridden by what the file says; an error names the key
    // and what is wrong with its value.
    static Result<DiscountPolicy> fromSettings(QSettings &settings);
    // "12.5 %" in the current locale: a limit for a message.
    static QString percentText(qint64 basisPoints);
};

} // namespace quire
