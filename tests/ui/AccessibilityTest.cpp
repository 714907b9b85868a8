#include "CartModel.h"
#include "PageScript.h"
#include "TerminalModels.h"
#include "WindowStoreRig.h"
#include "auth/LoginPage.h"
#include "auth/PinPad.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "kiosk/KioskWindow.h"
#include "services/DemoScenarios.h"
#include "shell/CounterApp.h"
#include "shell/KioskApp.h"
#include "shell/MainWindow.h"
#include "web/PaymentWebView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>
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

// What a screen reader says for `widget`: its accessible name.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

bool isInteractive(QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(widget);
}

// Every control under `root` a keyboard or screen reader user can reach
// (focusable, or a button) that has no accessible name, hidden ones too:
// each page shows them in some state. The hosted page's own widgets are
// Chromium's (their names come from the page).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || !widget->isEnabled())
            continue;
        bool insideWebView = false;
        for (QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget())
            insideWebView = insideWebView || qobject_cast<QWebEngineView *>(up);
        if (insideWebView)
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed.append(QStringLiteral("%1 (%2) in %3")
                               .arg(widget->objectName(),
                                    QString::fromLatin1(widget->metaObject()->className()),
                                    widget->parentWidget() ? widget->parentWidget()->objectName()
                                                           : QString()));
    }
    return unnamed;
}

const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");
const QString kIsbn = QStringLiteral("9780141439518");

} // namespace

// Protects (issue 17): the counter works for someone who cannot see the
// screen or use a mouse: at 1280×800 with the demo panel docked the PIN pad
// is whole; every control has an accessible name; each checkout screen
// moves the focus to its first control and announces itself.
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

    QVariant evaluate(const QString &script)
    {
        return test::runScript(m_parts.checkout->webView()->page(), script).value_or(QVariant());
    }
    bool hostedPageShows()
    {
        return QTest::qWaitFor(
            [&] {
                return m_parts.checkout->screen() == CheckoutPage::Screen::PaymentPage
                       && evaluate(QStringLiteral("location.pathname.startsWith('/pay/') && "
                                                  "document.readyState === 'complete' && "
                                                  "!!document.getElementById('card_number')"))
                              .toBool();
            },
            30000);
    }
    // Runs `script` on the hosted page until the checkout leaves it (a
    // second load of the page may drop the first submission under load).
    void submitOnPage(const QString &script, CheckoutPage::Screen leaving)
    {
        const qint64 attempt = m_parts.checkout->paymentId();
        for (int tries = 0; tries < 5; ++tries) {
            evaluate(script);
            if (QTest::qWaitFor(
                    [&] {
                        return m_parts.checkout->screen() != leaving
                               || m_parts.checkout->paymentId() != attempt;
                    },
                    4000))
                return;
        }
    }
    void payOnPage(const QString &card, CheckoutPage::Screen leaving)
    {
        submitOnPage(QStringLiteral("document.getElementById('card_number').value = '%1';"
                                    "document.getElementById('pay').form.submit(); true")
                         .arg(card),
                     leaving);
    }
    QPushButton *visibleButton(QWidget *root, const QString &name)
    {
        const auto buttons = root->findChildren<QPushButton *>(name);
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                return button;
        }
        return nullptr;
    }
    // Scans the book, confirms the cart: the checkout's confirm screen shows.
    void startSale()
    {
        auto *scan = m_parts.catalog->findChild<QLineEdit *>(QStringLiteral("scanField"));
        QVERIFY(scan);
        scan->setFocus();
        QTest::keyClicks(scan, kIsbn);
        QTest::keyClick(scan, Qt::Key_Return);
        QTRY_COMPARE(m_parts.cartModel->rowCount(), 1);
        QTest::mouseClick(m_parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Checkout);
        QTRY_COMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::Confirm);
    }
    // The focus is on `widget` and it carries the screen's announcement.
    void checkFocusAndAnnouncement(QWidget *widget, const QString &says)
    {
        QVERIFY(widget);
        QTRY_VERIFY2(widget->hasFocus(),
                     qPrintable(QStringLiteral("focus on %1, not %2")
                                    .arg(QApplication::focusWidget()
                                             ? QApplication::focusWidget()->objectName()
                                             : QStringLiteral("nothing"),
                                         widget->objectName())));
        QTRY_VERIFY2(m_parts.checkout->announcement().contains(says),
                     qPrintable(m_parts.checkout->announcement()));
        QTRY_COMPARE(widget->accessibleDescription(), m_parts.checkout->announcement());
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

    void everyCounterControlHasAName()
    {
        makeCounter();
        const QStringList unnamed = unnamedControls(m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    void eachCheckoutScreenTakesTheFocusAndAnnouncesItself()
    {
        makeCounter();
        QVERIFY(m_store.auth()
                    .session()
                    .signIn(QStringLiteral("alex"), QStringLiteral("314159"))
                    ->succeeded());
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        CheckoutPage *checkout = m_parts.checkout;

        // Confirm: "Confirm and pay" has the focus; Space on it confirms.
        startSale();
        auto *confirm = checkout->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        checkFocusAndAnnouncement(confirm, QStringLiteral("Total"));
        QTest::keyClick(confirm, Qt::Key_Space);
        // The hosted page takes the keys.
        QVERIFY(hostedPageShows());
        checkFocusAndAnnouncement(checkout->webView(), QStringLiteral("pay on the page"));
        payOnPage(kGoodCard, CheckoutPage::Screen::PaymentPage);
        QTRY_COMPARE_WITH_TIMEOUT(checkout->screen(), CheckoutPage::Screen::Paid, 30000);
        QPushButton *done = visibleButton(checkout, QStringLiteral("doneButton"));
        checkFocusAndAnnouncement(done, QStringLiteral("Payment received"));
        QVERIFY(checkout->announcement().contains(QStringLiteral("The order is paid")));
        QTest::keyClick(done, Qt::Key_Space);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);

        // Declined: the page stays for another card and keeps the keys.
        startSale();
        confirm = checkout->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        checkFocusAndAnnouncement(confirm, QStringLiteral("Total"));
        QTest::keyClick(confirm, Qt::Key_Space);
        QVERIFY(hostedPageShows());
        payOnPage(kDeclinedCard, CheckoutPage::Screen::PaymentPage);
        QTRY_COMPARE_WITH_TIMEOUT(checkout->screen(), CheckoutPage::Screen::Declined, 30000);
        checkFocusAndAnnouncement(checkout->webView(), QStringLiteral("declined"));

        // F12 starts over with a new page; cancelled on it: "Try again"
        // first, the order still open.
        const qint64 declined = checkout->paymentId();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
        QTRY_VERIFY_WITH_TIMEOUT(checkout->paymentId() != declined, 20000);
        QVERIFY(hostedPageShows());
        submitOnPage(QStringLiteral("document.querySelector('button[value=cancel]').click(); true"),
                     CheckoutPage::Screen::PaymentPage);
        QTRY_COMPARE_WITH_TIMEOUT(checkout->screen(), CheckoutPage::Screen::Cancelled, 30000);
        checkFocusAndAnnouncement(visibleButton(checkout, QStringLiteral("retryButton")),
                                  QStringLiteral("Payment cancelled"));

        // The order cancelled: the outcome says so, "New sale" has the focus.
        QTest::mouseClick(visibleButton(checkout, QStringLiteral("cancelOrderButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(checkout->screen(), CheckoutPage::Screen::TimedOut);
        checkFocusAndAnnouncement(visibleButton(checkout, QStringLiteral("doneButton")),
                                  QStringLiteral("Order cancelled"));
        m_store.auth().session().signOut();
    }

    void everyKioskControlHasAName()
    {
        m_window = nullptr;
        m_app.reset();
        TerminalServices services = m_store.services();
        services.scenarios = m_scenarios.get();
        auto kiosk = KioskApp::build(services);
        QVERIFY2(kiosk.ok(), qPrintable(kiosk.ok() ? QString() : kiosk.error().message));
        std::unique_ptr<KioskApp> app = std::move(kiosk).value();
        app->window().showKiosk();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        const QStringList unnamed = unnamedControls(&app->window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
