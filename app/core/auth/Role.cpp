#include "auth/Role.h"

namespace quire {

QString toDatabaseText(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Customer:
        return QStringLiteral("customer");
    }
    return {};
}

std::optional<Role> roleFromDatabaseText(const QString &text)
{
    for (Role role : {Role::Clerk, Role::Manager, Role::Customer}) {
        if (text == toDatabaseText(role))
            return role;
    }
    return std::nullopt;
}

} // namespace quire
