#pragma once

#include "auth/Role.h"

#include <QList>
#include <QString>

namespace quire {

// A named account the demo seeds, with its PIN in plain sight: only ever
// used with the demo database, and shown on the login screen only there.
struct DemoUser
{
    QString signInName;
    QString displayName;
    Role role = Role::Clerk;
    QString pin;
    // What the demo used before PINs like it were refused (111111, ...): a
    // demo database seeded then is moved to `pin`, so the login screen's
    // list stays right.
    QString formerPin;

    static const QList<DemoUser> &all();
};

} // namespace quire
