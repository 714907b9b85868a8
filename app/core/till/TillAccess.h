#pragma once

#include "auth/Permission.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

namespace quire {

class Clock;
class Database;

// Who may do what at the till, for one action by one actor: decided inside
// the action's transaction from the role stored for the actor (an override's
// actor is the approving manager, as for refunds), and a refusal audited once
// that transaction has rolled back (AccessPolicy::auditRefusal):
//
//     TillAccess access(database, clock, actor);
//     flow.transact([&](PurchaseSteps &steps) -> Result<T> {
//         if (auto allowed = access.require(Permission::OperateTill); !allowed)
//             return allowed.error();
//         ...
//     });
//     access.auditRefusal(QStringLiteral("what was refused, where"));
class TillAccess final
{
    Q_DECLARE_TR_FUNCTIONS(quire::TillAccess)

public:
    TillAccess(Database &database, const Clock &clock, Actor actor);

    // Nothing when the actor may; ErrorKind::Forbidden with why not, in words
    // for the person refused (or `reason` when given), remembered for
    // auditRefusal(). Each call forgets an earlier refusal: a transaction that
    // is run again asks again.
    Result<void> require(Permission permission, const QString &reason = QString());
    // The `access_refused` audit row for the refusal require() remembered, if
    // any, committed on its own. Call it after the transaction.
    void auditRefusal(const QString &target) const;

private:
    Result<QString> refusal(Permission permission) const;

    Database &m_database;
    const Clock &m_clock;
    Actor m_actor;
    std::optional<std::pair<Permission, QString>> m_refused;
};

} // namespace quire
