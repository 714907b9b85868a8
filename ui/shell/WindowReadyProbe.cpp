#include "shell/WindowReadyProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace quire {

WindowReadyProbe::WindowReadyProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QWindow *handle = window->windowHandle())
        handle->installEventFilter(this);
}

bool WindowReadyProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Expose && m_window->windowHandle()
        && m_window->windowHandle()->isExposed()) {
        m_reported = true;
        // Queued behind the paint the exposure triggers.
        QTimer::singleShot(0, this, [this] { Q_EMIT windowReady(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace quire
