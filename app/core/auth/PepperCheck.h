#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace quire {

class Clock;
class Database;

// The store's record of which PIN pepper its PINs are hashed with (table
// `pepper_check`, migration 0010): a keyed hash of a fixed label under the
// pepper, written by the first terminal to start. Every terminal compares
// its own pepper's value with it before any PIN is checked, so a terminal
// with another pepper refuses to start instead of counting each correct PIN
// as a wrong one. The value tells nothing about the pepper (it is a MAC),
// and nothing about any PIN.
class PepperCheck final
{
public:
    explicit PepperCheck(Database &database)
        : m_database(database)
    {}

    // BLAKE2b-256 (libsodium's crypto_generichash) keyed with the pepper,
    // over a fixed label; lower-case hex. Empty if libsodium cannot start.
    static QString valueFor(const QByteArray &pepper);
    // Constant-time comparison of two values (sodium_memcmp); false when
    // either is malformed.
    static bool matches(const QString &value, const QString &stored);

    // The stored value, or an empty string when none is recorded yet.
    Result<QString> stored() const;
    // Records `value` unless a value is already there (another terminal may
    // be starting at the same moment), then returns the one stored now.
    Result<QString> recordIfNone(const QString &value, const Clock &clock);
    // Whether any user has a PIN (hashed with some pepper already).
    Result<bool> anyPinStored() const;

private:
    Database &m_database;
};

} // namespace quire
