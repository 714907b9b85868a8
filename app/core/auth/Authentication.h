#pragma once

#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/AuthenticationOptions.h"
#include "auth/UserAdministration.h"
#include "auth/UserSession.h"
#include "domain/Result.h"

#include <memory>

namespace quire {

class Clock;
class Database;

// Sign-in and roles, wired once at start-up: loads (or creates) the pepper,
// checks that it is the store's (PepperCheck), builds the PIN hasher and the
// services over one database, and holds this terminal's UserSession. Keep it
// alive as long as the database.
class Authentication final
{
public:
    // Refuses (NotFound, Conflict) when the pepper file is missing while the
    // store already has PINs, or is not the store's: the message names the
    // file and says how to copy the right one (docs/deployment.md).
    static Result<std::unique_ptr<Authentication>> create(Database &database, const Clock &clock,
                                                          const AuthenticationOptions &options);
    ~Authentication();
    Q_DISABLE_COPY_MOVE(Authentication)

    AuthService &auth() { return m_auth; }
    UserAdministration &admin() { return m_admin; }
    AccessPolicy &policy() { return m_policy; }
    UserSession &session() { return m_session; }

private:
    Authentication(Database &database, const Clock &clock, const PinHasher &hasher,
                   const AuthenticationOptions &options);

    AuthService m_auth;
    UserAdministration m_admin;
    AccessPolicy m_policy;
    UserSession m_session;
};

} // namespace quire
