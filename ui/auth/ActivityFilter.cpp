#include "auth/ActivityFilter.h"

#include "auth/UserSession.h"

#include <QEvent>

namespace quire {

ActivityFilter::ActivityFilter(UserSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        // Cheap: it only stamps a monotonic time (no timer restarts).
        m_session.recordActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace quire
