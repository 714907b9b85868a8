#include "gateway/ForgedCallbackLog.h"

#include "gateway/CallbackLogging.h"
#include "support/Clock.h"

#include <QLoggingCategory>

namespace quire {

ForgedCallbackLog::ForgedCallbackLog(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_windowEnd.setSingleShot(true);
    m_windowEnd.setInterval(kWindowMs);
    connect(&m_windowEnd, &QTimer::timeout, this, &ForgedCallbackLog::onWindowOver);
}

ForgedCallbackLog::~ForgedCallbackLog()
{
    onWindowOver();
}

void ForgedCallbackLog::note(const QString &detail)
{
    qCDebug(lcCallback).noquote() << "rejected callback: 401" << detail;
    const qint64 now = m_clock.monotonicMs();
    if (m_windowStartMs && now - *m_windowStartMs < kWindowMs) {
        ++m_counted;
        return;
    }
    onWindowOver();
    m_windowStartMs = now;
    qCWarning(lcCallback).noquote()
        << "rejected callback: 401, its signature does not verify (further ones in the next"
        << kWindowMs / 1000 << "s are counted; the reasons are logged at debug level)";
    m_windowEnd.start();
}

void ForgedCallbackLog::onWindowOver()
{
    m_windowEnd.stop();
    if (m_counted > 0 && m_windowStartMs)
        qCWarning(lcCallback).noquote()
            << "rejected" << m_counted << "more callbacks with 401 (signature does not verify) in"
            << (m_clock.monotonicMs() - *m_windowStartMs) / 1000 << "s";
    m_counted = 0;
    m_windowStartMs.reset();
}

} // namespace quire
