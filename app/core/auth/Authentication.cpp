#include "auth/Authentication.h"

#include "auth/Pepper.h"

namespace quire {

Authentication::Authentication(Database &database, const Clock &clock, const PinHasher &hasher,
                               const AuthenticationOptions &options)
    : m_auth(database, clock, hasher, options.throttling, options.terminalId)
    , m_admin(database, clock, hasher)
    , m_policy(database, clock)
    , m_session(m_auth)
{
    m_session.setIdleTimeout(options.idleTimeout);
}

Authentication::~Authentication() = default;

Result<std::unique_ptr<Authentication>>
Authentication::create(Database &database, const Clock &clock, const AuthenticationOptions &options)
{
    auto pepper = Pepper::loadOrCreate(options.pepperPath.isEmpty() ? Pepper::defaultPath()
                                                                    : options.pepperPath);
    if (!pepper)
        return pepper.error();
    auto hasher = PinHasher::create(*pepper, options.hashing);
    if (!hasher)
        return hasher.error();
    return std::unique_ptr<Authentication>(new Authentication(database, clock, *hasher, options));
}

} // namespace quire
