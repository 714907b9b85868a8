#pragma once

#include "services/KioskSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace quire {

// Watches for a customer who walked away from the kiosk. Installed on the
// application, every touch, click or key counts as presence. After the
// idle time (longer while paying) it starts a countdown; only an explicit
// answer (stillThere()) stops it; at zero it reports timedOut(). It watches
// only while armed: the attract screen disarms it.
class KioskIdleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskIdleMonitor)

public:
    explicit KioskIdleMonitor(const KioskSettings &settings, QObject *parent = nullptr);
    ~KioskIdleMonitor() override;

    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    // The payment page is open: the longer idle time applies.
    void setPaying(bool paying);
    bool isCountingDown() const { return m_countingDown; }
    int secondsLeft() const;
    // The customer answered the countdown.
    void stillThere();
    const KioskSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void countdownStarted(int seconds);
    void countdownTicked(int secondsLeft);
    void countdownCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTick();
    qint64 idleLimitMs() const;

    KioskSettings m_settings;
    QElapsedTimer m_sinceActivity;
    QElapsedTimer m_sinceCountdown;
    QTimer m_tick;
    bool m_armed = false;
    bool m_paying = false;
    bool m_countingDown = false;
    int m_lastSecondsLeft = -1;
};

} // namespace quire
