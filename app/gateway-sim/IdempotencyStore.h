#pragma once

#include "ApiAnswer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace quire {
class Clock;
}

namespace quire::sim {

// Stripe's idempotency rules (docs/gateway-protocol.md, Idempotency): the
// first request with a key runs and its answer is kept for 24 h; the same
// key with the same parameters replays that answer; other parameters are an
// idempotency_error; a key whose first request is still running is 409.
class IdempotencyStore final
{
public:
    enum class Verdict { Execute, Replay, Mismatch, InFlight };
    struct Lookup
    {
        Verdict verdict = Verdict::Execute;
        ApiAnswer stored; // for Replay
    };

    static constexpr qint64 kRetentionMs = 24LL * 60 * 60 * 1000;

    explicit IdempotencyStore(const Clock &clock);

    // `fingerprint` covers method, path and parameters. Execute reserves the
    // key as in flight until complete() or release().
    Lookup begin(const QString &key, const QByteArray &fingerprint);
    void complete(const QString &key, const ApiAnswer &answer);
    // Forgets an in-flight key whose request failed on the gateway's side
    // (5xx), so a retry executes again, as Stripe does.
    void release(const QString &key);

    // Completed keys for --state-file (in-flight ones cannot outlive the process).
    QJsonObject snapshot() const;
    void restore(const QJsonObject &snapshot);

private:
    struct Entry
    {
        QByteArray fingerprint;
        bool inFlight = true;
        ApiAnswer answer;
        qint64 storedAtMs = 0;
    };
    void prune();

    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace quire::sim
