#include "CartModel.h"
#include "TerminalModels.h"
#include "WindowStoreRig.h"
#include "auth/LoginPage.h"
#include "auth/PinPad.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "services/DemoScenarios.h"
#include "shell/CounterApp.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

// Where `widget` is not fully inside one of its ancestors (up to its window),
// or the window not fully on its screen: a description, or empty.
QString clipping(QWidget *widget)
{
    QRect rect = widget->rect();
    QWidget *child = widget;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        rect.translate(child->pos());
        if (!parent->rect().contains(rect))
            return QStringLiteral("%1 %2 sticks out of %3 %4")
                .arg(widget->objectName(), QDebug::toString(rect), parent->objectName(),
                     QDebug::toString(parent->rect()));
        child = parent;
        if (parent->isWindow())
            break;
    }
    QWidget *window = widget->window();
    const QRect screen = window->screen()->geometry();
    if (!screen.contains(window->frameGeometry()))
        return QStringLiteral("the window %1 is not inside the screen %2")
            .arg(QDebug::toString(window->frameGeometry()), QDebug::toString(screen));
    return QString();
}

} // namespace

// Protects (issue 17): the counter works for someone who cannot see the
// screen or use a mouse: at 1280×800 with the demo panel docked the PIN pad
// is whole.
class AccessibilityTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("a11y-test")};
    std::unique_ptr<DemoScenarios> m_scenarios;
    std::unique_ptr<CounterApp> m_app;
    MainWindow *m_window = nullptr;
    MainWindowParts m_parts;

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    // The counter as `quire --demo` shows it (the demo panel docked) on the
    // whole 1280×800 screen.
    void makeCounter()
    {
        m_window = nullptr;
        m_app.reset();
        TerminalServices services = m_store.services();
        services.scenarios = m_scenarios.get();
        auto app = CounterApp::build(services);
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_parts = m_app->parts();
        m_window = &m_app->window();
        m_window->setGeometry(m_window->screen()->availableGeometry());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1280, 800));
        const auto started = m_store.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_scenarios
            = std::make_unique<DemoScenarios>(m_store.core().flow(), m_store.clock(),
                                              m_store.simulator().baseUrl(), m_store.apiKey());
    }
    void cleanupTestCase()
    {
        m_window = nullptr;
        m_app.reset();
    }

    void thePinPadIsWholeAt1280x800WithTheDemoPanelDocked()
    {
        makeCounter();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("demoPanelDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible() && !dock->isFloating());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        auto *pad = m_parts.login->findChild<PinPad *>(QStringLiteral("signInPinPad"));
        QVERIFY(pad);
        QTRY_VERIFY(pad->isVisible());
        const auto keys = pad->findChildren<QPushButton *>();
        QCOMPARE(keys.size(), 12);
        for (QPushButton *key : keys) {
            QVERIFY2(key->isVisible(), qPrintable(key->objectName()));
            const QString problem = clipping(key);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(key->height() >= key->minimumHeight(), qPrintable(key->objectName()));
        }
        auto *signIn = m_parts.login->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(signIn);
        QVERIFY2(clipping(signIn).isEmpty(), qPrintable(clipping(signIn)));
        screenshot(QStringLiteral("sign-in-1280x800-demo-panel"));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
