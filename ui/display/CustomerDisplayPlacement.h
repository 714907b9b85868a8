#pragma once

#include "services/DisplaySettings.h"

#include <QObject>
#include <QPointer>
#include <QScreen>

class QWidget;

namespace quire {

// Puts the customer display full screen on the screen the settings choose
// (`[display] customerScreen`, DisplaySettings::chooseScreen over
// QGuiApplication::screens()), or hides it when there is none, and does so
// again whenever a screen is connected or disconnected: a display whose
// screen goes away is hidden rather than left for the system to move over
// the counter's window.
class CustomerDisplayPlacement final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayPlacement)

public:
    CustomerDisplayPlacement(DisplaySettings settings, QWidget &display, QWidget &counterWindow,
                             QObject *parent = nullptr);
    ~CustomerDisplayPlacement() override;

    // Places the display now (the screens are then followed by themselves).
    void place();
    // Where the display shows; none while it is hidden.
    QScreen *screen() const { return m_screen; }
    bool isShown() const { return m_screen != nullptr; }

Q_SIGNALS:
    void shownChanged(bool shown);

private:
    void placeExcluding(const QScreen *leaving);
    void showOn(QScreen *screen);

    DisplaySettings m_settings;
    QWidget &m_display;
    QWidget &m_counterWindow;
    QPointer<QScreen> m_screen;
};

} // namespace quire
