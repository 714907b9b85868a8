#pragma once

class QString;
class QWidget;

namespace quire {

// Tells someone who cannot see the screen that it changed.
//
// Moves the keyboard focus to the new screen's first control and gives that
// control `announcement` as its accessible description: a screen reader
// (Orca over AT-SPI) reads the newly focused control's name, role and
// description, so "Start a new sale, button, Payment received. The order is
// paid." Also raises QAccessible::Alert on `screen` for the platforms that
// speak alerts (Windows, macOS); Qt 6.4's AT-SPI bridge drops alerts, and it
// has no live regions, which is why the focus carries the message. The
// window gets a ScreenAnnouncedEvent (the kiosk's speech listens for it).
//
// Nothing happens while `focusTarget` is not visible (its screen is in the
// background): call announce() again when the screen is shown.
class ScreenAnnouncer final
{
public:
    ScreenAnnouncer() = delete;

    static void announce(QWidget *screen, QWidget *focusTarget, const QString &announcement);
    // The first visible, enabled control of `screen` in its tab order that
    // takes the focus by Tab, or nullptr.
    static QWidget *firstControl(QWidget *screen);
};

} // namespace quire
