#include "till/TillAccess.h"

#include "auth/AccessPolicy.h"
#include "auth/UserRepository.h"

namespace quire {

TillAccess::TillAccess(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QString> TillAccess::refusal(const Actor &actor, Permission permission) const
{
    if (!actor.userId)
        return tr("Sign in at the till first.");
    auto stored = UserRepository(m_database).findById(*actor.userId);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->disabled)
        return tr("This account is disabled or no longer exists.");
    if (!AccessPolicy::allows((*stored)->role, permission))
        return permission == Permission::TakeCashOut
                   ? tr("Taking cash out of the drawer needs a manager's approval.")
                   : tr("Your role may not do this at the till.");
    return QString();
}

void TillAccess::audit(const Actor &actor, Permission permission, const QString &reason,
                       const QString &target) const
{
    AccessPolicy(m_database, m_clock).auditRefusal(actor, permission, reason, target);
}

} // namespace quire
