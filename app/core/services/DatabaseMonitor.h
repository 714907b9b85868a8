#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace quire {

class AlertCenter;
class Clock;
class Database;

// Keeps a terminal's PostgreSQL connection honest. Now and then it asks the
// server whether it still answers; when the connection is lost (found here or
// by any statement) it raises `database_unreachable`, and reconnects with
// growing pauses until the server answers again. Then it records how long
// the outage lasted and resolves the alert. While it is lost,
// isAvailable() is false and the payment coordinator takes no payments.
// Nothing committed is lost: a transaction either committed before the
// outage or was rolled back and reported as failed.
//
// SQLite has no connection to lose: the monitor stays idle.
class DatabaseMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseMonitor)

public:
    static const QString kAlertKind;

    DatabaseMonitor(Database &database, AlertCenter &alerts, const Clock &clock,
                    QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }
    // How often a healthy connection is checked, and the longest pause
    // between reconnection attempts (tests shorten both).
    void setIntervals(int checkMs, int maxBackoffMs);
    int reconnectAttempts() const { return m_attempts; }

public Q_SLOTS:
    // Checks at once (a caller that just saw a statement fail).
    void checkNow();

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    void onTick();
    void markLost();
    void tryReconnect();

    Database &m_database;
    AlertCenter &m_alerts;
    const Clock &m_clock;
    QTimer m_timer;
    QElapsedTimer m_sincePing;
    int m_checkMs = 5000;
    int m_maxBackoffMs = 15000;
    int m_attempts = 0;
    bool m_available = true;
    QDateTime m_lostAt;
};

} // namespace quire
