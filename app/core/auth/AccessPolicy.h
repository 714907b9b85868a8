#pragma once

#include "auth/Permission.h"
#include "auth/Role.h"
#include "auth/SignedInUser.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <optional>

namespace quire {

class Clock;
class Database;

// THE place that decides who may do what. Every guarded action asks
// authorize() before it changes anything; a refusal writes one
// `access_refused` audit row (committed on its own, so call it before the
// action's write transaction) and returns an error, and the caller stops.
//
// The table (docs/security.md):
//   clerk    sell at the counter, cancel an unpaid order, view all orders
//   manager  everything a clerk may, plus refunds, settings, users, leaving
//            kiosk mode, approving overrides and importing the catalog
//   customer buy at the kiosk, view own orders, request a refund
class AccessPolicy final
{
public:
    AccessPolicy(Database &database, const Clock &clock);

    static bool allows(Role role, Permission permission);

    // Allowed when the role may, and the account is still enabled with that
    // role in the database. `target` names what the action was for
    // ("order 42"); it goes into the refusal's audit row. A database failure
    // is returned as such (not a refusal): the action must not run either.
    Result<void> authorize(const SignedInUser &user, Permission permission,
                           const QString &target = QString());

    // True for the error authorize() returns on a refusal.
    static bool isRefusal(const Error &error);

    // What the core's order entry points do, for checkOrderAction().
    //              staff (any order)  customer (own orders only)
    //   Create     SellAtCounter      BuyAtKiosk
    //   Cancel     CancelOrder        BuyAtKiosk
    //   Pay        SellAtCounter      BuyAtKiosk   (begin or cancel an attempt)
    //   View       ViewAllOrders      ViewOwnOrders
    enum class OrderAction { Create, Cancel, Pay, View };

    // For the core's entry points (PurchaseFlow, PaymentCoordinator,
    // RefundService), which receive an Actor, not a session: may `actor` do
    // `action` on an order owned by `orderOwner` (its created_by; nullopt:
    // nobody's, e.g. a guest's; for Create, the actor's own id)? The account
    // and its role are read from the database, so an unknown, disabled or
    // demoted account is refused whatever the caller holds.
    //
    // Actors without an account: Quire's own components (Actor::system, e.g.
    // the payment coordinator and the callback processor) act on the
    // gateway's or the clock's word and are allowed; `system:kiosk` is a
    // guest at the kiosk, a customer without an account (buys, and acts only
    // on orders nobody owns, sees none); `system:counter` (the till before
    // anyone signs in) and an actor with neither an account nor a system
    // name are nobody and are refused.
    //
    // Writes nothing, so it can run inside the action's write transaction
    // (the decision then sees the rows the change sees). A refusal is
    // ErrorKind::Forbidden with the reason; `checked` (when given) is set to
    // the permission that was decided, for auditRefusal().
    Result<void> checkOrderAction(const Actor &actor, OrderAction action,
                                  std::optional<qint64> orderOwner,
                                  Permission *checked = nullptr) const;
    // The `access_refused` audit row for a refusal of checkOrderAction(),
    // committed on its own: call it after the refused transaction rolled back.
    void auditRefusal(const Actor &actor, Permission permission, const QString &reason,
                      const QString &target) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace quire
