#pragma once

#include "auth/Role.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

class QSettings;

namespace quire {

// The store's refund rules, from the `[refunds]` section of the settings
// file (CoreOptions, `--config`):
//
//     [refunds]
//     allowedRoles = manager, clerk   ; who may refund: clerk, manager, customer
//     windowDays = 30                 ; days after payment a refund is possible
//     partial = true                  ; per-line (partial) refunds, or whole orders only
//     restock = true                  ; refunded copies go back into stock
//
// A customer (at the kiosk) may only refund their own orders. Managers are
// always allowed: they approve the overrides of those who are not.
struct RefundPolicy
{
    Q_DECLARE_TR_FUNCTIONS(quire::RefundPolicy)

public:
    QList<Role> allowedRoles{Role::Manager};
    int windowDays = 30;
    bool partialRefunds = true;
    bool restock = true;

    bool allows(Role role) const { return allowedRoles.contains(role); }
    // Why a role not allowed may not refund, in words for the person refused.
    QString roleRefusal() const;

    // The defaults, overridden by what the file says; an error names the key
    // and what is wrong with its value.
    static Result<RefundPolicy> fromSettings(QSettings &settings);
};

} // namespace quire
