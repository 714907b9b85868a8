#include "display/CustomerDisplayPlacement.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QScreen>
#include <QWidget>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcPlacement, "quire.display.placement", QtInfoMsg)

} // namespace

CustomerDisplayPlacement::CustomerDisplayPlacement(DisplaySettings settings, QWidget &display,
                                                   QWidget &counterWindow, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_display(display)
    , m_counterWindow(counterWindow)
{
    connect(qApp, &QGuiApplication::screenAdded, this, [this] { placeExcluding(nullptr); });
    // Emitted before the system moves the screen's windows elsewhere.
    connect(qApp, &QGuiApplication::screenRemoved, this,
            [this](QScreen *leaving) { placeExcluding(leaving); });
    connect(qApp, &QGuiApplication::primaryScreenChanged, this,
            [this] { placeExcluding(nullptr); });
}

CustomerDisplayPlacement::~CustomerDisplayPlacement() = default;

void CustomerDisplayPlacement::place()
{
    placeExcluding(nullptr);
}

void CustomerDisplayPlacement::placeExcluding(const QScreen *leaving)
{
    QList<QScreen *> screens = QGuiApplication::screens();
    screens.removeAll(leaving);
    QScreen *counter = m_counterWindow.screen();
    if (counter == leaving)
        counter = QGuiApplication::primaryScreen();
    const auto chosen = m_settings.chooseScreen(int(screens.size()), int(screens.indexOf(counter)));
    showOn(chosen ? screens.at(*chosen) : nullptr);
}

void CustomerDisplayPlacement::showOn(QScreen *screen)
{
    const bool wasShown = isShown();
    if (!screen) {
        if (wasShown || m_display.isVisible()) {
            qCInfo(lcPlacement) << "customer display hidden: no screen for it";
            m_display.hide();
        }
        m_screen = nullptr;
        if (wasShown)
            Q_EMIT shownChanged(false);
        return;
    }
    if (screen == m_screen && m_display.isVisible())
        return;
    m_screen = screen;
    qCInfo(lcPlacement) << "customer display on screen"
                        << QGuiApplication::screens().indexOf(screen) << screen->name()
                        << screen->geometry();
    m_display.setScreen(screen);
    // Without a window manager full screen is just the geometry: set it too.
    m_display.setGeometry(screen->geometry());
    m_display.showFullScreen();
    if (!wasShown)
        Q_EMIT shownChanged(true);
}

} // namespace quire
