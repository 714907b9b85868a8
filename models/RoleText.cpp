#include "RoleText.h"

#include <QCoreApplication>

namespace quire {

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("quire::RoleText", "Clerk");
    case Role::Manager:
        return QCoreApplication::translate("quire::RoleText", "Manager");
    case Role::Customer:
        return QCoreApplication::translate("quire::RoleText", "Customer");
    }
    return {};
}

} // namespace quire
