#include "kiosk/KioskIdleMonitor.h"

#include <QEvent>
#include <algorithm>

namespace quire {

KioskIdleMonitor::KioskIdleMonitor(const KioskSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &KioskIdleMonitor::onTick);
    m_sinceActivity.start();
}

KioskIdleMonitor::~KioskIdleMonitor() = default;

void KioskIdleMonitor::setArmed(bool armed)
{
    if (armed == m_armed)
        return;
    m_armed = armed;
    m_sinceActivity.restart();
    if (armed) {
        m_tick.start();
        return;
    }
    m_tick.stop();
    if (m_countingDown) {
        m_countingDown = false;
        Q_EMIT countdownCancelled();
    }
}

void KioskIdleMonitor::setPaying(bool paying)
{
    m_paying = paying;
}

qint64 KioskIdleMonitor::idleLimitMs() const
{
    return 1000LL * (m_paying ? m_settings.paymentIdleSeconds : m_settings.idleSeconds);
}

int KioskIdleMonitor::secondsLeft() const
{
    if (!m_countingDown)
        return m_settings.countdownSeconds;
    const qint64 leftMs = 1000LL * m_settings.countdownSeconds - m_sinceCountdown.elapsed();
    return int(std::max<qint64>(0, (leftMs + 999) / 1000));
}

void KioskIdleMonitor::stillThere()
{
    m_sinceActivity.restart();
    if (!m_countingDown)
        return;
    m_countingDown = false;
    Q_EMIT countdownCancelled();
}

void KioskIdleMonitor::onTick()
{
    if (!m_armed)
        return;
    if (!m_countingDown) {
        if (m_sinceActivity.elapsed() < idleLimitMs())
            return;
        m_countingDown = true;
        m_sinceCountdown.restart();
        m_lastSecondsLeft = m_settings.countdownSeconds;
        Q_EMIT countdownStarted(m_settings.countdownSeconds);
        return;
    }
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT countdownTicked(left);
    }
    if (left == 0) {
        m_countingDown = false;
        m_sinceActivity.restart();
        Q_EMIT timedOut();
    }
}

bool KioskIdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        // During the countdown only the overlay's answer counts: a brushed
        // screen must not keep a stranger's cart alive.
        if (!m_countingDown)
            m_sinceActivity.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace quire
