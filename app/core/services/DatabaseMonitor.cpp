#include "services/DatabaseMonitor.h"

#include "persistence/Database.h"
#include "services/AlertCenter.h"
#include "support/Clock.h"
#include "support/LoggingCategories.h"

namespace quire {

namespace {

// A statement that found the connection gone has already said so (a flag
// on Database): look at it often, so reconnecting starts at once. Asking
// the server itself (a round trip) is done less often.
constexpr int kFlagCheckMs = 250;

} // namespace

const QString DatabaseMonitor::kAlertKind = QStringLiteral("database_unreachable");

DatabaseMonitor::DatabaseMonitor(Database &database, AlertCenter &alerts, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_alerts(alerts)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseMonitor::onTick);
    m_sincePing.start();
    if (m_database.dialect().backend() == SqlDialect::Backend::PostgreSql)
        m_timer.start(kFlagCheckMs);
}

void DatabaseMonitor::setIntervals(int checkMs, int maxBackoffMs)
{
    m_checkMs = checkMs;
    m_maxBackoffMs = maxBackoffMs;
    if (m_timer.isActive())
        m_timer.start(m_available ? std::min(kFlagCheckMs, m_checkMs)
                                  : std::min(m_timer.interval(), m_maxBackoffMs));
}

void DatabaseMonitor::checkNow()
{
    if (m_database.dialect().backend() == SqlDialect::Backend::PostgreSql)
        m_timer.start(0);
}

void DatabaseMonitor::onTick()
{
    if (m_available) {
        // Never in the middle of someone's transaction: the monitor runs
        // from the event loop, between them.
        bool lost = m_database.isConnectionLost();
        if (!lost && m_sincePing.elapsed() >= m_checkMs) {
            m_sincePing.restart();
            lost = !m_database.ping();
        }
        if (lost)
            markLost();
        else
            m_timer.start(std::min(kFlagCheckMs, m_checkMs));
        return;
    }
    tryReconnect();
}

void DatabaseMonitor::markLost()
{
    m_available = false;
    m_attempts = 0;
    m_lostAt = m_clock.nowUtc();
    qCWarning(lcDatabase).noquote()
        << "database" << m_database.location() << "unreachable; payments paused, reconnecting";
    Q_EMIT availabilityChanged(false);
    // The alert cannot be stored now; AlertCenter still logs and signals it.
    m_alerts.raise(kAlertKind,
                   tr("The store database (%1) cannot be reached. Payments are paused until it "
                      "is back; Quire keeps trying to reconnect.")
                       .arg(m_database.location()));
    m_timer.start(std::min(250, m_maxBackoffMs));
}

void DatabaseMonitor::tryReconnect()
{
    ++m_attempts;
    if (auto reconnected = m_database.reconnect(); !reconnected) {
        // 0.5 s, 1 s, 2 s ... up to the longest pause.
        const int pauseMs = std::min(m_maxBackoffMs, 250 << std::min(m_attempts, 8));
        qCInfo(lcDatabase).noquote()
            << "reconnect attempt" << m_attempts << "failed; next in" << pauseMs << "ms";
        m_timer.start(pauseMs);
        return;
    }
    m_available = true;
    const qint64 seconds = m_lostAt.secsTo(m_clock.nowUtc());
    // Store what happened now that it can be stored, then close it.
    m_alerts.raise(kAlertKind,
                   tr("The store database (%1) could not be reached for %n second(s), from %2.",
                      nullptr, int(seconds))
                       .arg(m_database.location(), m_lostAt.toString(Qt::ISODate)));
    if (auto resolved = m_alerts.resolve(kAlertKind); !resolved)
        qCWarning(lcDatabase) << "database alert not resolved:" << resolved.error();
    Q_EMIT availabilityChanged(true);
    m_sincePing.restart();
    m_timer.start(std::min(kFlagCheckMs, m_checkMs));
}

} // namespace quire
