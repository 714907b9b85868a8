#include "auth/PepperCheck.h"

#include "persistence/Database.h"
#include "support/Clock.h"

#include <QCoreApplication>
#include <sodium.h>

namespace quire {

namespace {

// Fixed for good: changing it changes every store's check value.
constexpr char kLabel[] = "quire/pin-pepper-check/v1";
constexpr int kValueBytes = crypto_generichash_BYTES; // 32

} // namespace

QString PepperCheck::valueFor(const QByteArray &pepper)
{
    if (sodium_init() < 0 || pepper.size() < crypto_generichash_KEYBYTES_MIN
        || pepper.size() > crypto_generichash_KEYBYTES_MAX)
        return {};
    unsigned char out[kValueBytes];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(kLabel), sizeof kLabel - 1,
        reinterpret_cast<const unsigned char *>(pepper.constData()), size_t(pepper.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(out), int(sizeof out)).toHex());
}

bool PepperCheck::matches(const QString &value, const QString &stored)
{
    const QByteArray a = QByteArray::fromHex(value.toLatin1());
    const QByteArray b = QByteArray::fromHex(stored.toLatin1());
    if (a.size() != kValueBytes || b.size() != kValueBytes)
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(kValueBytes)) == 0;
}

Result<QString> PepperCheck::stored() const
{
    auto query = m_database.exec(QStringLiteral("SELECT check_value FROM pepper_check"));
    if (!query)
        return query.error();
    return query.value().next() ? query->value(0).toString() : QString();
}

Result<QString> PepperCheck::recordIfNone(const QString &value, const Clock &clock)
{
    return m_database.writeTransaction([&]() -> Result<QString> {
        // Two terminals starting at once on an empty store: the one-row
        // constraint lets exactly one insert through; the other reads the
        // winner's value below and is refused if its pepper differs.
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO pepper_check (check_value, recorded_at) VALUES (?, ?)"
                           " ON CONFLICT (only_row) DO NOTHING"),
            {value, clock.nowMs()});
        if (!inserted)
            return inserted.error();
        auto now = stored();
        if (!now)
            return now.error();
        if (now->isEmpty())
            return Error::database(QCoreApplication::translate(
                                       "quire::PepperCheck",
                                       "the PIN pepper's check value could not be recorded in %1")
                                       .arg(m_database.location()));
        return *now;
    });
}

Result<bool> PepperCheck::anyPinStored() const
{
    auto query
        = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE pin_hash IS NOT NULL"));
    if (!query)
        return query.error();
    return query.value().next() && query->value(0).toLongLong() > 0;
}

} // namespace quire
