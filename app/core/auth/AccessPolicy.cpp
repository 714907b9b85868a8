#include "auth/AccessPolicy.h"

#include "auth/AuthLogging.h"
#include "auth/UserRepository.h"
#include "persistence/AuditLog.h"
#include "support/Clock.h"

namespace quire {

namespace {

const QString kRefusedPrefix = QStringLiteral("not allowed: ");

} // namespace

AccessPolicy::AccessPolicy(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

bool AccessPolicy::allows(Role role, Permission permission)
{
    // A switch per role, not a default: a new Permission makes the compiler
    // ask for a decision for each role.
    switch (role) {
    case Role::Manager:
        switch (permission) {
        case Permission::SellAtCounter:
        case Permission::CancelOrder:
        case Permission::ViewAllOrders:
        case Permission::IssueRefund:
        case Permission::ChangeSettings:
        case Permission::ManageUsers:
        case Permission::LeaveKioskMode:
        case Permission::ApproveOverride:
        case Permission::ImportCatalog:
            return true;
        // Kiosk actions are a customer's own; a manager sells at the counter.
        case Permission::BuyAtKiosk:
        case Permission::ViewOwnOrders:
        case Permission::RequestRefund:
            return false;
        }
        return false;
    case Role::Clerk:
        switch (permission) {
        case Permission::SellAtCounter:
        case Permission::CancelOrder:
        case Permission::ViewAllOrders:
            return true;
        case Permission::BuyAtKiosk:
        case Permission::ViewOwnOrders:
        case Permission::RequestRefund:
        case Permission::IssueRefund:
        case Permission::ChangeSettings:
        case Permission::ManageUsers:
        case Permission::LeaveKioskMode:
        case Permission::ApproveOverride:
        case Permission::ImportCatalog:
            return false;
        }
        return false;
    case Role::Customer:
        switch (permission) {
        case Permission::BuyAtKiosk:
        case Permission::ViewOwnOrders:
        case Permission::RequestRefund:
            return true;
        case Permission::SellAtCounter:
        case Permission::CancelOrder:
        case Permission::ViewAllOrders:
        case Permission::IssueRefund:
        case Permission::ChangeSettings:
        case Permission::ManageUsers:
        case Permission::LeaveKioskMode:
        case Permission::ApproveOverride:
        case Permission::ImportCatalog:
            return false;
        }
        return false;
    }
    return false;
}

Result<void> AccessPolicy::authorize(const SignedInUser &user, Permission permission,
                                     const QString &target)
{
    QString reason = QStringLiteral("role %1").arg(toDatabaseText(user.role));
    if (allows(user.role, permission)) {
        // The session's copy of the role may be stale: an account disabled
        // or demoted on another terminal loses its rights at once.
        auto stored = UserRepository(m_database).findById(user.id);
        if (!stored)
            return stored.error();
        if (*stored && !(*stored)->disabled && (*stored)->role == user.role)
            return {};
        reason = QStringLiteral("account disabled or changed since sign-in");
    }
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = user.actor();
    entry.action = QStringLiteral("access_refused");
    entry.entityType = QStringLiteral("permission");
    entry.entityId = toAuditText(permission);
    entry.detail = reason;
    if (!target.isEmpty())
        entry.detail += QStringLiteral("; for %1").arg(target);
    if (auto audited = AuditLog(m_database).append(entry); !audited)
        qCWarning(lcAuth) << "could not audit a refused action:" << audited.error();
    return Error::forbidden(kRefusedPrefix + toAuditText(permission));
}

bool AccessPolicy::isRefusal(const Error &error)
{
    return error.kind == ErrorKind::Forbidden;
}

} // namespace quire
