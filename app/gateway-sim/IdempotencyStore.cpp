#include "IdempotencyStore.h"

#include "support/Clock.h"

namespace quire::sim {

IdempotencyStore::IdempotencyStore(const Clock &clock)
    : m_clock(clock)
{}

void IdempotencyStore::prune()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->inFlight && now - it->storedAtMs > kRetentionMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

IdempotencyStore::Lookup IdempotencyStore::begin(const QString &key, const QByteArray &fingerprint)
{
    prune();
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd()) {
        Entry entry;
        entry.fingerprint = fingerprint;
        entry.storedAtMs = m_clock.nowMs();
        m_entries.insert(key, entry);
        return {Verdict::Execute, {}};
    }
    if (it->fingerprint != fingerprint)
        return {Verdict::Mismatch, {}};
    if (it->inFlight)
        return {Verdict::InFlight, {}};
    return {Verdict::Replay, it->answer};
}

void IdempotencyStore::complete(const QString &key, const ApiAnswer &answer)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->inFlight = false;
    it->answer = answer;
    it->storedAtMs = m_clock.nowMs();
}

void IdempotencyStore::release(const QString &key)
{
    m_entries.remove(key);
}

QJsonObject IdempotencyStore::snapshot() const
{
    QJsonObject keys;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->inFlight)
            continue;
        keys.insert(it.key(),
                    QJsonObject{
                        {QStringLiteral("fingerprint"), QString::fromLatin1(it->fingerprint)},
                        {QStringLiteral("status"), it->answer.status},
                        {QStringLiteral("body"), it->answer.body},
                        {QStringLiteral("stored_at_ms"), it->storedAtMs},
                    });
    }
    return keys;
}

void IdempotencyStore::restore(const QJsonObject &snapshot)
{
    for (auto it = snapshot.begin(); it != snapshot.end(); ++it) {
        const QJsonObject stored = it.value().toObject();
        Entry entry;
        entry.fingerprint = stored.value(u"fingerprint").toString().toLatin1();
        entry.inFlight = false;
        entry.answer = {stored.value(u"status").toInt(), stored.value(u"body").toObject()};
        entry.storedAtMs = stored.value(u"stored_at_ms").toInteger();
        if (!entry.fingerprint.isEmpty() && entry.answer.status >= 200)
            m_entries.insert(it.key(), entry);
    }
    prune();
}

} // namespace quire::sim
