#pragma once

#include "auth/Permission.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace quire {

class Clock;
class Database;

// Who may do what at the till, decided inside the action's transaction from
// the role stored for the actor (an override's actor is the approving
// manager, as for refunds). A refusal is audited once the transaction has
// rolled back (AccessPolicy::auditRefusal).
class TillAccess final
{
    Q_DECLARE_TR_FUNCTIONS(quire::TillAccess)

public:
    TillAccess(Database &database, const Clock &clock);

    // Empty when `actor` may; otherwise why not, in words for the person refused.
    Result<QString> refusal(const Actor &actor, Permission permission) const;
    // The `access_refused` audit row, committed on its own.
    void audit(const Actor &actor, Permission permission, const QString &reason,
               const QString &target) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace quire
