#pragma once

#include "auth/Permission.h"
#include "auth/Role.h"
#include "auth/SignedInUser.h"
#include "domain/Result.h"

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

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace quire
