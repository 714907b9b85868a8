#pragma once

#include "auth/Role.h"
#include "domain/Actor.h"

#include <QMetaType>
#include <QString>

namespace quire {

// Who is at the till or the kiosk: what the session holds after a sign-in.
// Carries no secret.
struct SignedInUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;

    Actor actor() const { return Actor::user(id, username); }
    friend bool operator==(const SignedInUser &, const SignedInUser &) = default;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::SignedInUser)
