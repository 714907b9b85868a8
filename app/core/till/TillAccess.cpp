#include "till/TillAccess.h"

#include "auth/AccessPolicy.h"
#include "auth/UserRepository.h"

namespace quire {

TillAccess::TillAccess(Database &database, const Clock &clock, Actor actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
{}

Result<void> TillAccess::require(Permission permission, const QString &reason)
{
    m_refused.reset();
    auto refused = refusal(permission);
    if (!refused)
        return refused.error();
    if (refused->isEmpty())
        return {};
    m_refused = {permission, reason.isEmpty() ? *refused : reason};
    return Error::forbidden(m_refused->second);
}

void TillAccess::auditRefusal(const QString &target) const
{
    if (m_refused)
        AccessPolicy(m_database, m_clock)
            .auditRefusal(m_actor, m_refused->first, m_refused->second, target);
}

Result<QString> TillAccess::refusal(Permission permission) const
{
    if (!m_actor.userId)
        return tr("Sign in at the till first.");
    auto stored = UserRepository(m_database).findById(*m_actor.userId);
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

} // namespace quire
