#include "CartModel.h"
#include "PageScript.h"
#include "WindowStoreRig.h"
#include "auth/LoginPage.h"
#include "checkout/CheckoutPage.h"
#include "shell/CounterApp.h"
#include "shell/MainWindow.h"
#include "web/PaymentWebView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWebEnginePage>
#include <QWindow>
#include <memory>

using namespace quire;

// Protects (issue 17): a sale at the counter with the keyboard alone, from
// the sign-in to the paid screen and the next sale, the card typed into the
// gateway's hosted page. Every key goes to the window as a keyboard's would
// (QTest on the QWindow: the application routes it to the focus widget and
// its shortcuts); no mouse, no widget is clicked or focused by the test.
class KeyboardOnlyTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("keyboard-test")};
    std::unique_ptr<CounterApp> m_app;
    MainWindow *m_window = nullptr;
    MainWindowParts m_parts;

    QWindow *window() { return m_window->windowHandle(); }
    void keys(const QString &text)
    {
        for (const QChar character : text)
            QTest::keyClick(window(), character.toLatin1());
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window(), key, modifiers);
    }
    QString focusName() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus->objectName() + u' '
                           + QString::fromLatin1(focus->metaObject()->className())
                     : QStringLiteral("nothing");
    }
    bool focusIsIn(QWidget *widget) const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == widget || widget->isAncestorOf(focus));
    }
    QVariant evaluate(const QString &script)
    {
        return test::runScript(m_parts.checkout->webView()->page(), script).value_or(QVariant());
    }
    // The hosted page has loaded and its card field has the page's focus
    // (autofocus): what the customer sees. Only reads the page.
    bool cardFieldHasFocus()
    {
        return QTest::qWaitFor(
            [&] {
                return m_parts.checkout->screen() == CheckoutPage::Screen::PaymentPage
                       && evaluate(QStringLiteral("document.readyState === 'complete' && "
                                                  "document.activeElement && "
                                                  "document.activeElement.id === 'card_number'"))
                              .toBool();
            },
            30000);
    }
    QPushButton *visibleButton(const QString &name)
    {
        const auto buttons = m_parts.checkout->findChildren<QPushButton *>(name);
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_store.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        auto app = CounterApp::build(m_store.services());
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        m_app = std::move(app).value();
        m_parts = m_app->parts();
        m_window = &m_app->window();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanupTestCase()
    {
        m_window = nullptr;
        m_app.reset();
    }

    void aSaleFromSignInToPaidWithKeysOnly()
    {
        // Sign in: the name field has the focus; Enter moves to the PIN,
        // Enter signs in.
        QCOMPARE(m_window->currentPage(), MainWindow::Page::SignIn);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"identifierEdit",
                     qPrintable(focusName()));
        keys(QStringLiteral("alex"));
        key(Qt::Key_Return);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"pinEdit",
                     qPrintable(focusName()));
        keys(QStringLiteral("314159"));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);

        // Search (Ctrl+F), Enter: the first result is selected; Enter adds it.
        key(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"searchField",
                     qPrintable(focusName()));
        keys(QStringLiteral("Pride and Prejudice"));
        key(Qt::Key_Return);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"resultsView",
                     qPrintable(focusName()));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_parts.cartModel->rowCount(), 1);

        // Alt+C: Confirm order. The confirm screen's "Confirm and pay" has
        // the focus: Enter.
        key(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Checkout);
        QTRY_COMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"confirmButton"
                         && focusIsIn(m_parts.checkout),
                     qPrintable(focusName()));
        key(Qt::Key_Return);

        // The hosted page has the keys: type the card, Enter pays.
        QVERIFY(cardFieldHasFocus());
        QTRY_VERIFY2(focusIsIn(m_parts.checkout->webView()), qPrintable(focusName()));
        keys(QStringLiteral("4242424242424242"));
        QTRY_COMPARE(
            evaluate(QStringLiteral("document.getElementById('card_number').value")).toString(),
            QStringLiteral("4242424242424242"));
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 30000);

        // "New sale" has the focus: Enter, and the scan field is ready.
        QPushButton *done = visibleButton(QStringLiteral("doneButton"));
        QVERIFY(done);
        QTRY_VERIFY2(done->hasFocus(), qPrintable(focusName()));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"scanField",
                     qPrintable(focusName()));
    }

    void escapeLeavesTheConfirmScreenAndTheDeclinedPageTakesAnotherCard()
    {
        // Scan (the field has the focus), Ctrl+Return confirms the cart.
        keys(QStringLiteral("9780141439518"));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_parts.cartModel->rowCount(), 1);
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Checkout);
        // Escape: back to the cart, nothing ordered.
        QTRY_VERIFY2(focusIsIn(m_parts.checkout), qPrintable(focusName()));
        key(Qt::Key_Escape);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
        QVERIFY(!m_parts.checkout->orderId().has_value());
        QCOMPARE(m_parts.cartModel->rowCount(), 1);

        key(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Checkout);
        QTRY_VERIFY2(QApplication::focusWidget()
                         && QApplication::focusWidget()->objectName() == u"confirmButton",
                     qPrintable(focusName()));
        key(Qt::Key_Return);
        QVERIFY(cardFieldHasFocus());
        keys(QStringLiteral("4000000000000002"));
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Declined,
                                  30000);
        // The page shows the decline (its role=alert message) and takes
        // another card, with the focus.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return evaluate(QStringLiteral("document.readyState === 'complete' && "
                                               "!!document.querySelector('#message.error') && "
                                               "document.activeElement && "
                                               "document.activeElement.id === 'card_number'"))
                    .toBool();
            },
            30000));
        QTRY_VERIFY2(focusIsIn(m_parts.checkout->webView()), qPrintable(focusName()));
        // Ctrl+A selects the declined card number; typing replaces it.
        key(Qt::Key_A, Qt::ControlModifier);
        keys(QStringLiteral("4242424242424242"));
        QTRY_COMPARE(
            evaluate(QStringLiteral("document.getElementById('card_number').value")).toString(),
            QStringLiteral("4242424242424242"));
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_parts.checkout->screen(), CheckoutPage::Screen::Paid, 30000);
        QTRY_VERIFY2(visibleButton(QStringLiteral("doneButton"))->hasFocus(),
                     qPrintable(focusName()));
        key(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    }
};

QTEST_MAIN(KeyboardOnlyTest)
#include "KeyboardOnlyTest.moc"
