#include "auth/PinHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace quire {

namespace {

bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; a function-local static
    // makes it run exactly once all the same.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PinHasher::Parameters PinHasher::defaultParameters()
{
    return {3, quint64(32) * 1024 * 1024};
}

PinHasher::Parameters PinHasher::minimumParameters()
{
    return {2, quint64(19) * 1024 * 1024};
}

PinHasher::PinHasher(QByteArray pepper, Parameters parameters)
    : m_pepper(std::move(pepper))
    , m_parameters(parameters)
{}

Result<PinHasher> PinHasher::create(const QByteArray &pepper, Parameters parameters)
{
    if (!sodiumReady())
        return Error::invalid(QCoreApplication::translate(
            "quire::PinHasher", "the cryptography library could not start"));
    if (pepper.size() != kPepperBytes)
        return Error::invalid(QStringLiteral("the PIN pepper must be %1 bytes")
                                  .arg(kPepperBytes)); // notr: checked on loading
    const Parameters floor = minimumParameters();
    if (parameters.opsLimit < floor.opsLimit || parameters.memLimit < floor.memLimit)
        return Error::invalid(QStringLiteral("PIN hashing parameters are below the minimum "
                                             "(2 passes, 19 MiB)")); // notr: compiled in
    return PinHasher(pepper, parameters);
}

Result<void> PinHasher::validatePin(const QString &pin)
{
    bool digitsOnly = pin.size() == kPinDigits;
    for (QChar c : pin)
        digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
    if (!digitsOnly)
        return Error::invalid(
            QCoreApplication::translate("quire::PinHasher", "a PIN is exactly %1 digits")
                .arg(kPinDigits));
    return {};
}

QByteArray PinHasher::peppered(const QString &pin) const
{
    QByteArray digits = pin.toLatin1();
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state,
                                reinterpret_cast<const unsigned char *>(m_pepper.constData()),
                                size_t(m_pepper.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(digits.constData()),
                                  quint64(digits.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(&state, sizeof state);
    sodium_memzero(digits.data(), size_t(digits.size()));
    return mac;
}

Result<QString> PinHasher::hash(const QString &pin) const
{
    if (auto valid = validatePin(pin); !valid)
        return valid.error();
    QByteArray input = peppered(pin);
    char out[crypto_pwhash_STRBYTES];
    const int status = crypto_pwhash_str_alg(out, input.constData(), quint64(input.size()),
                                             m_parameters.opsLimit, size_t(m_parameters.memLimit),
                                             crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(input.data(), size_t(input.size()));
    if (status != 0)
        return Error::invalid(
            QCoreApplication::translate("quire::PinHasher", "PIN hashing ran out of memory"));
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString &pin, const QString &storedHash) const
{
    if (!validatePin(pin) || storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray input = peppered(pin);
    const bool matches
        = crypto_pwhash_str_verify(stored.constData(), input.constData(), quint64(input.size()))
          == 0;
    sodium_memzero(input.data(), size_t(input.size()));
    return matches;
}

bool PinHasher::needsRehash(const QString &storedHash) const
{
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return true;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_parameters.opsLimit,
                                          size_t(m_parameters.memLimit))
           != 0;
}

} // namespace quire
