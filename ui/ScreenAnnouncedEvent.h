#pragma once

#include <QEvent>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace quire {

// Sent to a window when ScreenAnnouncer announced a new screen in it, so
// whoever speaks or shows announcements there (KioskSpeech) hears of it even
// when the focus did not move (the new screen's first control already had
// it).
class ScreenAnnouncedEvent final : public QEvent
{
public:
    ScreenAnnouncedEvent(QWidget *focusTarget, const QString &announcement)
        : QEvent(eventType())
        , m_focusTarget(focusTarget)
        , m_announcement(announcement)
    {}

    static QEvent::Type eventType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }

    QWidget *focusTarget() const { return m_focusTarget; }
    const QString &announcement() const { return m_announcement; }

private:
    QPointer<QWidget> m_focusTarget;
    QString m_announcement;
};

} // namespace quire
