#include "auth/DemoUser.h"

namespace quire {

const QList<DemoUser> &DemoUser::all()
{
    static const QList<DemoUser> users{
        {QStringLiteral("alex"), QStringLiteral("Alex"), Role::Clerk, QStringLiteral("314159"),
         QStringLiteral("111111")},
        {QStringLiteral("morgan"), QStringLiteral("Morgan"), Role::Manager,
         QStringLiteral("271828"), QStringLiteral("222222")},
        {QStringLiteral("demo@quire.test"), QStringLiteral("Demo Customer"), Role::Customer,
         QStringLiteral("161803"), QStringLiteral("333333")},
    };
    return users;
}

} // namespace quire
