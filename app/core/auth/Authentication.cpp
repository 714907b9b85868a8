#include "auth/Authentication.h"

#include "auth/AuthLogging.h"
#include "auth/Pepper.h"
#include "auth/PepperCheck.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace quire {

namespace {

// How to give this terminal the store's pepper: the same words for a missing
// and for a different file, since the remedy is the same.
QString copyAdvice(const QString &path)
{
    return QCoreApplication::translate(
               "Authentication",
               "Copy the pepper file of a terminal where sign-in works (by default "
               "~/.config/Quire/quire/pin-pepper of the user Quire runs as there) to %1, readable "
               "by Quire's user only, for example: scp "
               "other-terminal:.config/Quire/quire/pin-pepper "
               "/tmp/pin-pepper && install -D -m 600 /tmp/pin-pepper %1 && rm /tmp/pin-pepper. Or "
               "point --pepper-file (or pepperFile in the [auth] section of the settings file) at "
               "such a copy. See \"Provisioning the PIN pepper on several terminals\" in "
               "docs/deployment.md.")
        .arg(path);
}

Error missingPepper(const QString &path)
{
    return Error::notFound(
        QCoreApplication::translate(
            "Authentication",
            "The PIN pepper file %1 is missing, and this store's PINs are hashed with a pepper "
            "another terminal has. A new pepper would make every PIN fail, so Quire does not make "
            "one and does not start.")
            .arg(path)
        + u' ' + copyAdvice(path));
}

Error differentPepper(const QString &path)
{
    return Error::conflict(
        QCoreApplication::translate(
            "Authentication",
            "The PIN pepper file %1 is not the one this store's PINs are hashed with: every "
            "correct PIN would be refused here and counted as a wrong one, so Quire does not "
            "start.")
            .arg(path)
        + u' ' + copyAdvice(path));
}

} // namespace

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
    const QString path = options.pepperPath.isEmpty() ? Pepper::defaultPath() : options.pepperPath;
    // All of this happens before any PIN is checked: a terminal with the
    // wrong pepper must not get as far as counting correct PINs as wrong.
    PepperCheck check(database);
    auto stored = check.stored();
    if (!stored)
        return stored.error();
    if (!QFileInfo::exists(path)) {
        // Only a store without PINs yet may get a new pepper.
        if (!stored->isEmpty())
            return missingPepper(path);
        auto pins = check.anyPinStored();
        if (!pins)
            return pins.error();
        if (*pins)
            return missingPepper(path);
    }
    auto pepper = Pepper::loadOrCreate(path);
    if (!pepper)
        return pepper.error();
    const QString value = PepperCheck::valueFor(*pepper);
    if (value.isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "quire::Authentication", "the cryptography library could not start"));
    QString expected = *stored;
    if (expected.isEmpty()) {
        // The first start with this schema: this terminal's pepper becomes
        // the store's, unless another terminal starting now was first.
        auto recorded = check.recordIfNone(value, clock);
        if (!recorded)
            return recorded.error();
        expected = *recorded;
        if (PepperCheck::matches(value, expected))
            qCInfo(lcAuth) << "recorded which PIN pepper this store uses" << path;
    }
    if (!PepperCheck::matches(value, expected)) {
        qCWarning(lcAuth) << "the PIN pepper file is not this store's; not starting" << path;
        return differentPepper(path);
    }
    auto hasher = PinHasher::create(*pepper, options.hashing);
    if (!hasher)
        return hasher.error();
    return std::unique_ptr<Authentication>(new Authentication(database, clock, *hasher, options));
}

} // namespace quire
