#include "CartModel.h"
#include "TerminalModels.h"
#include "WindowStoreRig.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "flows/PurchaseFlow.h"
#include "kiosk/KioskWindow.h"
#include "language/LanguageSwitcher.h"
#include "refunds/RefundPage.h"
#include "services/DemoScenarios.h"
#include "shell/CounterApp.h"
#include "shell/KioskApp.h"
#include "shell/MainWindow.h"
#include "shift/CloseShiftDialog.h"
#include "shift/OpenShiftDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QWebEngineView>
#include <memory>

using namespace quire;

namespace {

const QList<QSize> kSizes{{1024, 768}, {1280, 800}, {1920, 1080}};
const QStringList kLanguages{QStringLiteral("en_GB"), QStringLiteral("de_DE"),
                             QStringLiteral("fr_FR")};
const QString kPride = QStringLiteral("9780141439518");
const QString kExpectations = QStringLiteral("9780141439563");
const QString kEmma = QStringLiteral("9780141439587");

QString nameOf(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    const QString className = QString::fromLatin1(widget->metaObject()->className());
    return widget->objectName().isEmpty()
               ? className
               : QStringLiteral("%1 (%2)").arg(widget->objectName(), className);
}

QString rectText(const QRect &rect)
{
    return QStringLiteral("%1x%2+%3+%4")
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y());
}

// Chromium draws the hosted page itself; Qt's own helpers are not the app's.
bool isChecked(const QWidget *widget, const QWidget *root)
{
    if (widget->isWindow() || !widget->isVisible())
        return false;
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    for (const QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QWebEngineView *>(up))
            return false;
    }
    return true;
}

QString textOf(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    return QString();
}

// Whether the text of a label or button has the room it asks for: a
// word-wrapped label the height its width needs, anything else its
// sizeHint (Qt elides nothing itself: what does not fit is cut off).
QString clippedText(const QWidget *widget)
{
    const QString text = textOf(widget);
    if (text.trimmed().isEmpty())
        return QString();
    const auto *label = qobject_cast<const QLabel *>(widget);
    if (label && label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            return QStringLiteral("its wrapped text needs %1 px of height, it has %2 (\"%3\")")
                .arg(needed)
                .arg(label->height())
                .arg(text.left(60));
        return QString();
    }
    // A push button's sizeHint is at least 80 px wide (Fusion) or a style
    // sheet's min-width whatever its text: what cuts the text off is less
    // room than the text plus the padding the style draws around it. The
    // padding is what the style adds to a wide content.
    if (const auto *button = qobject_cast<const QPushButton *>(widget)) {
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (button->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        QSize needed = button->fontMetrics().size(Qt::TextShowMnemonic, button->text());
        if (!button->icon().isNull())
            needed.rwidth() += button->iconSize().width() + 4;
        const QSize wide(1000, 1000);
        const QSize padded
            = button->style()->sizeFromContents(QStyle::CT_PushButton, &option, wide, button);
        needed += padded - wide;
        if (needed.width() > button->width() || needed.height() > button->height())
            return QStringLiteral("its text needs %1x%2 with its padding, it has %3x%4 (\"%5\")")
                .arg(needed.width())
                .arg(needed.height())
                .arg(button->width())
                .arg(button->height())
                .arg(text.left(60));
        return QString();
    }
    const QSize hint = widget->sizeHint();
    if (hint.width() > widget->width() || hint.height() > widget->height())
        return QStringLiteral("its text needs %1x%2, it has %3x%4 (\"%5\")")
            .arg(hint.width())
            .arg(hint.height())
            .arg(widget->width())
            .arg(widget->height())
            .arg(text.left(60));
    return QString();
}

// Every layout problem under `root`, each naming the widget: sticking out
// of its parent (a scroll area's content may be larger than its viewport),
// overlapping a visible sibling, a clipped text.
QStringList layoutProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && !isChecked(widget, root))
            continue;
        QWidget *parent = widget->parentWidget();
        const bool inViewport
            = parent && parent->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (inViewport) {
            // Larger than the viewport only where it can scroll there.
            const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
            if (area
                && ((area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                     && widget->width() > parent->width())
                    || (area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                        && widget->height() > parent->height())))
                problems << QStringLiteral("%1 %2 is larger than %3's viewport %4, which "
                                           "does not scroll that way")
                                .arg(nameOf(widget), rectText(widget->geometry()), nameOf(area),
                                     rectText(parent->rect()));
        }
        if (widget != root && parent && !inViewport && !parent->rect().contains(widget->geometry()))
            problems << QStringLiteral("%1 %2 sticks out of %3 %4")
                            .arg(nameOf(widget), rectText(widget->geometry()), nameOf(parent),
                                 rectText(parent->rect()));
        if (qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)) {
            if (const QString clipped = clippedText(widget); !clipped.isEmpty())
                problems
                    << QStringLiteral("%1 in %2: %3").arg(nameOf(widget), nameOf(parent), clipped);
        }
        // Siblings: the visible children of `widget`, two by two.
        QList<QWidget *> children;
        for (QObject *object : widget->children()) {
            auto *child = qobject_cast<QWidget *>(object);
            if (child && isChecked(child, root))
                children << child;
        }
        for (int i = 0; i < children.size(); ++i) {
            for (int j = i + 1; j < children.size(); ++j) {
                const QRect overlap = children[i]->geometry().intersected(children[j]->geometry());
                if (!overlap.isEmpty())
                    problems << QStringLiteral("%1 %2 overlaps %3 %4 in %5")
                                    .arg(nameOf(children[i]), rectText(children[i]->geometry()),
                                         nameOf(children[j]), rectText(children[j]->geometry()),
                                         nameOf(widget));
            }
        }
    }
    return problems;
}

} // namespace

// Protects (issue 17, item 5): every screen a person reaches at the counter
// and the kiosk fits 1024×768, 1280×800 and 1920×1080, with and without the
// demo panel, in English, German (the longest texts) and French: no visible
// widget outside its parent, no two visible siblings overlapping, no label or
// button text cut off, the window no larger than the screen. A failure names
// the screen, size, language, panel and widget.
class LayoutMatrixTest : public QObject
{
    Q_OBJECT

private:
    test::WindowStoreRig m_store{QStringLiteral("layout-test")};
    std::unique_ptr<DemoScenarios> m_scenarios;
    LanguageSwitcher m_language;
    QStringList m_problems;
    int m_checks = 0;

    // scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
    static void screenshot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QPixmap shot = window->grab();
        // Half size keeps the PNGs small; the layout is what they show.
        shot.scaled(shot.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .save(dir + u'/' + name + QStringLiteral(".png"));
    }

    static void settle(QWidget *window)
    {
        // Layouts are activated on posted events; a few rounds settle nested
        // ones and word-wrapped labels (their height follows their width).
        for (int round = 0; round < 5; ++round) {
            QApplication::sendPostedEvents();
            QApplication::processEvents();
            if (window->layout())
                window->layout()->activate();
        }
    }

    void record(const QString &where, const QStringList &problems)
    {
        ++m_checks;
        for (const QString &problem : problems) {
            const QString line = QStringLiteral("[%1] %2").arg(where, problem);
            if (!m_problems.contains(line))
                m_problems << line;
        }
    }

    // `window` at each size and in each language, `panel` saying whether
    // the demo panel shows (a description for the report).
    // `unscrolled`: the object names of controls that must be on the screen
    // without scrolling.
    void checkWindow(QWidget *window, const QString &screen, const QString &panel,
                     const QString &shotName = QString(), const QStringList &unscrolled = {})
    {
        for (const QString &language : kLanguages) {
            m_language.switchTo(QLocale(language));
            for (const QSize &size : kSizes) {
                window->resize(size);
                settle(window);
                const QString where = QStringLiteral("%1 %2x%3 %4 %5")
                                          .arg(screen)
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(language, panel);
                QStringList problems = layoutProblems(window);
                if (window->size() != size)
                    problems.prepend(QStringLiteral("the window is %1x%2, not the screen's "
                                                    "size (its minimum is %3x%4)")
                                         .arg(window->width())
                                         .arg(window->height())
                                         .arg(window->minimumSizeHint().width())
                                         .arg(window->minimumSizeHint().height()));
                for (const QString &name : unscrolled) {
                    auto *control = window->findChild<QWidget *>(name);
                    if (control && control->isVisible()
                        && control->visibleRegion().boundingRect() != control->rect())
                        problems << QStringLiteral("%1 is not wholly on the screen without "
                                                   "scrolling (%2 of it shows)")
                                        .arg(nameOf(control),
                                             rectText(control->visibleRegion().boundingRect()));
                }
                record(where, problems);
                if (!shotName.isEmpty() && language == kLanguages.first() && size != kSizes.at(1))
                    screenshot(window, QStringLiteral("%1-%2x%3")
                                           .arg(shotName)
                                           .arg(size.width())
                                           .arg(size.height()));
            }
        }
        m_language.switchTo(QLocale(kLanguages.first()));
    }

    // A dialog at the size it opens with, in each language: it fits the
    // smallest screen and nothing in it is clipped.
    void checkDialog(QDialog *dialog, const QString &screen)
    {
        for (const QString &language : kLanguages) {
            m_language.switchTo(QLocale(language));
            dialog->adjustSize();
            settle(dialog);
            QStringList problems = layoutProblems(dialog);
            const QSize smallest = kSizes.first();
            if (dialog->frameGeometry().width() > smallest.width()
                || dialog->frameGeometry().height() > smallest.height())
                problems.prepend(QStringLiteral("the dialog is %1x%2, larger than %3x%4")
                                     .arg(dialog->width())
                                     .arg(dialog->height())
                                     .arg(smallest.width())
                                     .arg(smallest.height()));
            record(QStringLiteral("%1 %2").arg(screen, language), problems);
        }
        m_language.switchTo(QLocale(kLanguages.first()));
    }

    static void click(QWidget *widget)
    {
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), qPrintable(nameOf(widget)));
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }

    static QPushButton *visibleButton(QWidget *root, const QString &name)
    {
        const auto buttons = root->findChildren<QPushButton *>(name);
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                return button;
        }
        return nullptr;
    }

    static void scan(QWidget *catalog, const QString &code)
    {
        auto *field = catalog->findChild<QLineEdit *>(QStringLiteral("scanField"));
        QVERIFY(field);
        field->setFocus();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSize largest = kSizes.last();
        QVERIFY2(QGuiApplication::primaryScreen()->geometry().width() >= largest.width()
                     && QGuiApplication::primaryScreen()->geometry().height() >= largest.height(),
                 "needs a 1920x1080 screen (XVFB_SCREENS in tests/CMakeLists.txt)");
        const auto started = m_store.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        // The counter keeps the language chosen in its settings: the test's own.
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_store.dir().path());
        m_scenarios
            = std::make_unique<DemoScenarios>(m_store.core().flow(), m_store.clock(),
                                              m_store.simulator().baseUrl(), m_store.apiKey());
        m_language.switchTo(QLocale(kLanguages.first()));
    }

    void everyCounterScreenFits()
    {
        TerminalServices services = m_store.services();
        services.scenarios = m_scenarios.get();
        services.languages = &m_language;
        auto built = CounterApp::build(services);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        std::unique_ptr<CounterApp> app = std::move(built).value();
        MainWindow *window = &app->window();
        const MainWindowParts parts = app->parts();
        window->move(0, 0);
        window->resize(kSizes.first());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("demoPanelDock"));
        QVERIFY(dock);
        const auto check = [&](const QString &screen, const QString &shotName = QString()) {
            dock->show();
            checkWindow(window, screen, QStringLiteral("with the demo panel"), shotName);
            dock->hide();
            checkWindow(window, screen, QStringLiteral("without the demo panel"));
            dock->show();
        };
        const auto action = [&](const char *name) {
            auto *found = window->findChild<QAction *>(QString::fromLatin1(name));
            if (!found)
                qWarning() << "no action" << name;
            return found;
        };
        const Actor gateway = Actor::system(QStringLiteral("layout-test"));
        PurchaseFlow &flow = m_store.core().flow();

        check(QStringLiteral("counter sign-in"));

        QVERIFY(m_store.auth()
                    .session()
                    .signIn(QStringLiteral("morgan"), QStringLiteral("271828"))
                    ->succeeded());
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);
        scan(parts.catalog, kPride);
        scan(parts.catalog, kExpectations);
        scan(parts.catalog, kEmma);
        QTRY_COMPARE(parts.cartModel->rowCount(), 3);
        check(QStringLiteral("counter sale"), QStringLiteral("layout-counter-sale"));

        // Confirm, the hosted page's screen, then cancelled on it.
        click(parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Checkout);
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        check(QStringLiteral("counter confirm"));
        click(visibleButton(parts.checkout, QStringLiteral("confirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(parts.checkout->screen(), CheckoutPage::Screen::PaymentPage,
                                  20000);
        check(QStringLiteral("counter payment page"));
        QVERIFY(flow.recordPaymentCancelled(parts.checkout->paymentId(), gateway).ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Cancelled);
        check(QStringLiteral("counter payment cancelled"));
        click(visibleButton(parts.checkout, QStringLiteral("cancelOrderButton")));
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::TimedOut);
        check(QStringLiteral("counter order cancelled"));
        click(visibleButton(parts.checkout, QStringLiteral("doneButton")));
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);

        // Declined on the page (the page stays for another card), the order
        // cancelled; then paid.
        const auto confirmOneBook = [&] {
            scan(parts.catalog, kPride);
            QTRY_COMPARE(parts.cartModel->rowCount(), 1);
            click(parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")));
            QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Confirm);
            click(visibleButton(parts.checkout, QStringLiteral("confirmButton")));
            QTRY_COMPARE_WITH_TIMEOUT(parts.checkout->screen(), CheckoutPage::Screen::PaymentPage,
                                      20000);
        };
        confirmOneBook();
        QVERIFY(flow.recordPaymentFailed(parts.checkout->paymentId(),
                                         QStringLiteral("card_declined"), gateway)
                    .ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Declined);
        check(QStringLiteral("counter payment declined"));
        QVERIFY(flow.cancelOrder(parts.checkout->orderId().value_or(0),
                                 QStringLiteral("layout test"), gateway)
                    .ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::TimedOut);
        click(visibleButton(parts.checkout, QStringLiteral("doneButton")));
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);
        confirmOneBook();
        const qint64 paidOrder = parts.checkout->orderId().value_or(0);
        QVERIFY(flow.confirmPaymentPaid(parts.checkout->paymentId(), gateway).ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Paid);
        check(QStringLiteral("counter paid"));
        click(visibleButton(parts.checkout, QStringLiteral("doneButton")));
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);

        // A paid sale refunded while its outcome shows.
        confirmOneBook();
        const qint64 refunded = parts.checkout->paymentId();
        QVERIFY(flow.confirmPaymentPaid(refunded, gateway).ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Paid);
        QVERIFY(flow.recordPaymentRefunded(refunded, gateway).ok());
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Refunded);
        check(QStringLiteral("counter refunded"));
        click(visibleButton(parts.checkout, QStringLiteral("doneButton")));
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);

        // The refunds screen with the paid order, the users screen.
        action("refundsAction")->trigger();
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Refunds);
        auto *search = parts.refunds->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QString::number(paidOrder));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(parts.refunds->orderId().value_or(0), paidOrder);
        check(QStringLiteral("counter refunds"));
        action("usersAction")->trigger();
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Users);
        check(QStringLiteral("counter users"));

        // The till: opening it, a cash sale's tender screen, closing it.
        action("openTillAction")->trigger();
        OpenShiftDialog *open = nullptr;
        QTRY_VERIFY((open = window->findChild<OpenShiftDialog *>()) && open->isVisible());
        checkDialog(open, QStringLiteral("counter open till dialog"));
        auto *floatEdit = open->findChild<QLineEdit *>(QStringLiteral("floatEdit"));
        QVERIFY(floatEdit);
        floatEdit->setFocus();
        QTest::keyClicks(floatEdit, QStringLiteral("100"));
        click(open->findChild<QPushButton *>(QStringLiteral("openShiftButton")));
        QTRY_VERIFY(!window->findChild<OpenShiftDialog *>());
        action("newSaleAction")->trigger();
        QTRY_COMPARE(window->currentPage(), MainWindow::Page::Sale);
        scan(parts.catalog, kExpectations);
        QTRY_COMPARE(parts.cartModel->rowCount(), 1);
        click(parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        click(visibleButton(parts.checkout, QStringLiteral("confirmButton")));
        QTRY_VERIFY(visibleButton(parts.checkout, QStringLiteral("takeCashButton")));
        check(QStringLiteral("counter tender"));
        action("closeTillAction")->trigger();
        CloseShiftDialog *close = nullptr;
        QTRY_VERIFY((close = window->findChild<CloseShiftDialog *>()) && close->isVisible());
        checkDialog(close, QStringLiteral("counter close till dialog"));
        close->reject();
        m_store.auth().session().signOut();
    }

    void everyKioskScreenFits()
    {
        TerminalServices services = m_store.services();
        services.scenarios = m_scenarios.get();
        services.languages = &m_language;
        auto built = KioskApp::build(services);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        std::unique_ptr<KioskApp> app = std::move(built).value();
        KioskWindow *window = &app->window();
        const KioskParts parts = app->parts();
        window->showKiosk();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *panelButton = window->findChild<QPushButton *>(QStringLiteral("demoPanelButton"));
        QVERIFY(panelButton);
        const auto check = [&](const QString &screen, const QString &shotName = QString()) {
            panelButton->setChecked(true);
            checkWindow(window, screen, QStringLiteral("with the demo panel"));
            panelButton->setChecked(false);
            checkWindow(window, screen, QStringLiteral("without the demo panel"), shotName);
        };
        const auto find = [&](const char *name) {
            return window->findChild<QPushButton *>(QString::fromLatin1(name));
        };

        check(QStringLiteral("kiosk attract"), QStringLiteral("layout-kiosk-attract"));
        // The welcome screen's choices need no scrolling (the customer may
        // not know that it scrolls).
        checkWindow(window, QStringLiteral("kiosk attract"),
                    QStringLiteral("without the demo panel"), QString(),
                    {QStringLiteral("touchToStartButton"), QStringLiteral("largeTextButton"),
                     QStringLiteral("highContrastButton"), QStringLiteral("speechButton"),
                     QStringLiteral("language_en_GB"), QStringLiteral("language_de_DE"),
                     QStringLiteral("language_fr_FR")});
        click(find("touchToStartButton"));
        QCOMPARE(window->currentPage(), KioskWindow::Page::SignIn);
        auto *identifier = window->findChild<QLineEdit *>(QStringLiteral("identifierEdit"));
        click(identifier);
        QWidget *keyboard = window->findChild<QWidget *>(QStringLiteral("onScreenKeyboard"));
        QVERIFY(keyboard);
        QTRY_VERIFY(keyboard->isVisible());
        check(QStringLiteral("kiosk sign-in with the keyboard"));

        // A new customer's sign-up form, with the keyboard up.
        click(find("registerButton"));
        QTRY_VERIFY(find("registerCreateButton") && find("registerCreateButton")->isVisible());
        QWidget *firstField = QApplication::focusWidget();
        if (qobject_cast<QLineEdit *>(firstField))
            click(firstField);
        check(QStringLiteral("kiosk sign-up"));
        click(find("registerBackButton"));
        QTRY_VERIFY(find("signInButton")->isVisible());

        QVERIFY(m_store.auth()
                    .session()
                    .signIn(QStringLiteral("demo@quire.test"), QStringLiteral("161803"))
                    ->succeeded());
        QTRY_COMPARE(window->currentPage(), KioskWindow::Page::Shop);
        click(find("myOrdersButton"));
        QTRY_COMPARE(window->currentPage(), KioskWindow::Page::MyOrders);
        check(QStringLiteral("kiosk my orders"));
        click(find("myOrdersButton"));
        QTRY_COMPARE(window->currentPage(), KioskWindow::Page::Shop);

        scan(parts.catalog, kPride);
        scan(parts.catalog, kExpectations);
        scan(parts.catalog, kEmma);
        QTRY_COMPARE(app->models().cart().rowCount(), 3);
        check(QStringLiteral("kiosk shop"), QStringLiteral("layout-kiosk-shop"));
        click(parts.cart->findChild<QPushButton *>(QStringLiteral("confirmButton")));
        QTRY_COMPARE(window->currentPage(), KioskWindow::Page::Checkout);
        QTRY_COMPARE(parts.checkout->screen(), CheckoutPage::Screen::Confirm);
        check(QStringLiteral("kiosk checkout"));
        click(visibleButton(parts.checkout, QStringLiteral("confirmButton")));
        QTRY_COMPARE_WITH_TIMEOUT(parts.checkout->screen(), CheckoutPage::Screen::PaymentPage,
                                  20000);
        check(QStringLiteral("kiosk payment page"));
        m_store.auth().session().signOut();
    }

    // Every problem of the test's screens at once: one run shows them all.
    void cleanup()
    {
        const QStringList problems = std::exchange(m_problems, {});
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        qInfo("%d window states checked", std::exchange(m_checks, 0));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 layout problems (the warnings above)").arg(problems.size())));
    }
};

QTEST_MAIN(LayoutMatrixTest)
#include "LayoutMatrixTest.moc"
