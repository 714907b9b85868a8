#include "auth/AccessPolicy.h"

#include "auth/AuthLogging.h"
#include "auth/UserRepository.h"
#include "persistence/AuditLog.h"
#include "support/Clock.h"

#include <QCoreApplication>

namespace quire {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("quire::AccessPolicy", text);
}

Permission staffPermission(AccessPolicy::OrderAction action)
{
    switch (action) {
    case AccessPolicy::OrderAction::Create:
    case AccessPolicy::OrderAction::Pay:
        return Permission::SellAtCounter;
    case AccessPolicy::OrderAction::Cancel:
        return Permission::CancelOrder;
    case AccessPolicy::OrderAction::View:
        return Permission::ViewAllOrders;
    }
    return Permission::SellAtCounter;
}

Permission customerPermission(AccessPolicy::OrderAction action)
{
    switch (action) {
    case AccessPolicy::OrderAction::Create:
    case AccessPolicy::OrderAction::Cancel:
    case AccessPolicy::OrderAction::Pay:
        return Permission::BuyAtKiosk;
    case AccessPolicy::OrderAction::View:
        return Permission::ViewOwnOrders;
    }
    return Permission::BuyAtKiosk;
}

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
        case Permission::OperateTill:
        case Permission::TakeCashOut:
        case Permission::EnterPriceAboveLimit:
        case Permission::ViewStoreReports:
        case Permission::GiveLargeDiscount:
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
        case Permission::OperateTill:
            return true;
        case Permission::TakeCashOut:
        case Permission::EnterPriceAboveLimit:
        case Permission::ViewStoreReports:
        case Permission::GiveLargeDiscount:
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
        case Permission::OperateTill:
        case Permission::TakeCashOut:
        case Permission::EnterPriceAboveLimit:
        case Permission::ViewStoreReports:
        case Permission::GiveLargeDiscount:
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
    return Error::forbidden(translated(QT_TRANSLATE_NOOP("quire::AccessPolicy", "not allowed: %1"))
                                .arg(toAuditText(permission)));
}

bool AccessPolicy::isRefusal(const Error &error)
{
    return error.kind == ErrorKind::Forbidden;
}

Result<void> AccessPolicy::checkOrderAction(const Actor &actor, OrderAction action,
                                            std::optional<qint64> orderOwner,
                                            Permission *checked) const
{
    Permission permission = staffPermission(action);
    const auto decided = [&](Result<void> decision) {
        if (checked)
            *checked = permission;
        return decision;
    };
    if (!actor.userId) {
        static const QString guest = Actor::system(QStringLiteral("kiosk")).name;
        static const QString counter = Actor::system(QStringLiteral("counter")).name;
        static const QString systemPrefix = Actor::system(QString()).name;
        if (actor.name == guest) {
            permission = customerPermission(action);
            if (action == OrderAction::View)
                return decided(Error::forbidden(translated(
                    QT_TRANSLATE_NOOP("quire::AccessPolicy", "Sign in to see your orders."))));
            if (orderOwner)
                return decided(Error::forbidden(translated(
                    QT_TRANSLATE_NOOP("quire::AccessPolicy", "That order is not yours."))));
            return decided({});
        }
        if (actor.name == counter || !actor.name.startsWith(systemPrefix)
            || actor.name.size() == systemPrefix.size())
            return decided(Error::forbidden(translated(
                QT_TRANSLATE_NOOP("quire::AccessPolicy", "Nobody is signed in: sign in first."))));
        return decided({}); // Quire itself, acting on the gateway's or the clock's word
    }
    auto stored = UserRepository(m_database).findById(*actor.userId);
    if (!stored)
        return stored.error(); // a database failure, not a refusal: nothing runs either
    if (!*stored || (*stored)->disabled)
        return decided(Error::forbidden(translated(QT_TRANSLATE_NOOP(
            "quire::AccessPolicy", "This account is disabled or no longer exists."))));
    const Role role = (*stored)->role;
    if (role == Role::Customer) {
        permission = customerPermission(action);
        if (!allows(role, permission))
            return decided(Error::forbidden(translated(
                QT_TRANSLATE_NOOP("quire::AccessPolicy", "Your role may not do this."))));
        if (orderOwner != actor.userId)
            return decided(Error::forbidden(
                translated(QT_TRANSLATE_NOOP("quire::AccessPolicy", "That order is not yours."))));
        return decided({});
    }
    if (!allows(role, permission))
        return decided(Error::forbidden(
            translated(QT_TRANSLATE_NOOP("quire::AccessPolicy", "Your role may not do this."))));
    return decided({});
}

void AccessPolicy::auditRefusal(const Actor &actor, Permission permission, const QString &reason,
                                const QString &target) const
{
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = actor;
    entry.action = QStringLiteral("access_refused");
    entry.entityType = QStringLiteral("permission");
    entry.entityId = toAuditText(permission);
    entry.detail = reason;
    if (!target.isEmpty())
        entry.detail += QStringLiteral("; for %1").arg(target);
    if (entry.actor.name.isEmpty())
        entry.actor.name = QStringLiteral("nobody"); // no account, no component
    if (actor.userId) {
        // The row names the account it refused; an id no account has cannot
        // be referenced, so it goes into the text.
        auto stored = UserRepository(m_database).findById(*actor.userId);
        if (stored && !*stored) {
            entry.actor.userId.reset();
            entry.detail += QStringLiteral("; no account has id %1").arg(*actor.userId);
        }
    }
    if (auto audited = AuditLog(m_database).append(entry); !audited)
        qCWarning(lcAuth) << "could not audit a refused action:" << audited.error();
}

} // namespace quire
