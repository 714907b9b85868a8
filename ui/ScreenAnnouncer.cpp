#include "ScreenAnnouncer.h"

#include "ScreenAnnouncedEvent.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QString>
#include <QWidget>

namespace quire {

void ScreenAnnouncer::announce(QWidget *screen, QWidget *focusTarget, const QString &announcement)
{
    if (!screen || !focusTarget || !focusTarget->isVisible())
        return;
    // setAccessibleDescription() notifies DescriptionChanged itself.
    focusTarget->setAccessibleDescription(announcement);
    focusTarget->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent alert(screen, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    ScreenAnnouncedEvent announced(focusTarget, announcement);
    QCoreApplication::sendEvent(focusTarget->window(), &announced);
}

QWidget *ScreenAnnouncer::firstControl(QWidget *screen)
{
    if (!screen)
        return nullptr;
    // The focus chain runs through the whole window: stop once it leaves
    // `screen` and comes back round.
    QWidget *widget = screen;
    for (int steps = 0; steps < 1000; ++steps) {
        widget = widget->nextInFocusChain();
        if (!widget || widget == screen)
            return nullptr;
        if (!screen->isAncestorOf(widget))
            continue;
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            return widget;
    }
    return nullptr;
}

} // namespace quire
