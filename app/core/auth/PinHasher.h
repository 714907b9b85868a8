#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace quire {

// Turns a 6-digit PIN into a stored Argon2id hash and checks a PIN against
// one. The PIN is first keyed with the installation's pepper (HMAC-SHA-256),
// so a copy of the database alone is not enough to try the million PINs
// offline: the pepper lives in a file outside it (see Pepper).
//
// The Argon2id parameters travel inside each hash string, so raising them
// later keeps old hashes verifiable; needsRehash() tells when to upgrade.
class PinHasher final
{
public:
    struct Parameters
    {
        quint64 opsLimit = 0; // passes over memory
        quint64 memLimit = 0; // bytes
    };

    static constexpr int kPepperBytes = 32;
    static constexpr int kPinDigits = 6;

    // What Quire stores new PINs with: 3 passes over 32 MiB (docs/security.md).
    static Parameters defaultParameters();
    // OWASP's floor for Argon2id: 2 passes over 19 MiB. Tests use it to stay quick.
    static Parameters minimumParameters();

    // Fails when libsodium cannot start, the pepper has the wrong size, or the
    // parameters are below the minimum.
    static Result<PinHasher> create(const QByteArray &pepper,
                                    Parameters parameters = defaultParameters());

    // Exactly six ASCII digits; otherwise an Invalid error saying so.
    static Result<void> validatePin(const QString &pin);

    Result<QString> hash(const QString &pin) const;
    // Constant-time with respect to the PIN (libsodium); false for any
    // malformed PIN or hash.
    bool verify(const QString &pin, const QString &storedHash) const;
    bool needsRehash(const QString &storedHash) const;

    const Parameters &parameters() const { return m_parameters; }

private:
    PinHasher(QByteArray pepper, Parameters parameters);

    // HMAC-SHA-256(pepper, pin): the bytes Argon2id actually hashes.
    QByteArray peppered(const QString &pin) const;

    QByteArray m_pepper;
    Parameters m_parameters;
};

} // namespace quire
