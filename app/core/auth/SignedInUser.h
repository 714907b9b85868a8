#pragma once

#include "auth/Role.h"
#include "domain/Actor.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace quire {

// Who is at the till or the kiosk: what the session holds after a sign-in.
// Carries no secret.
struct SignedInUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;

    // Id 0 is no account (the kiosk itself asking a manager to let it go):
    // recorded by name only.
    Actor actor() const
    {
        return id > 0 ? Actor::user(id, username) : Actor{std::nullopt, username};
    }
    friend bool operator==(const SignedInUser &, const SignedInUser &) = default;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::SignedInUser)
