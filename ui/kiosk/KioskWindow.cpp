#include "kiosk/KioskWindow.h"

#include "AccessibleNames.h"
#include "CartModel.h"
#include "CatalogModel.h"
#include "UiLogging.h"
#include "auth/AccessPolicy.h"
#include "auth/LoginPage.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/OpenDialogs.h"
#include "auth/PinPad.h"
#include "auth/UserSession.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "kiosk/AttractScreen.h"
#include "kiosk/CurrentPageStack.h"
#include "kiosk/KioskAppearance.h"
#include "kiosk/KioskCountdownOverlay.h"
#include "kiosk/KioskIdleMonitor.h"
#include "kiosk/KioskSpeech.h"
#include "kiosk/OnScreenKeyboard.h"
#include "refunds/MyOrdersPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace quire {

namespace {

// The barcode scanner types into the scan field; PINs have their keypad.
bool wantsKeyboard(QWidget *widget)
{
    auto *field = qobject_cast<QLineEdit *>(widget);
    if (!field || field->objectName() == u"scanField")
        return false;
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<PinPad *>(w))
            return false;
    }
    return true;
}

bool isPinField(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<PinPad *>(w))
            return true;
    }
    return false;
}

} // namespace

KioskWindow::KioskWindow(const KioskParts &parts, QWidget *parent)
    : QWidget(parent)
    , m_parts(parts)
    , m_idle(new KioskIdleMonitor(parts.settings, this))
    , m_customerLabel(new QLabel(this))
    , m_startOverButton(new QPushButton(this))
    , m_myOrdersButton(new QPushButton(this))
    , m_staffButton(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_pages(new CurrentPageStack(this))
    , m_attract(new AttractScreen(*parts.catalogSearch, parts.storeName, this))
    , m_keyboard(new OnScreenKeyboard(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    m_appearance
        = new KioskAppearance(this, m_parts.settings.largeText, m_parts.settings.highContrast);
    m_speech = new KioskSpeech(this, m_parts.settings.speech);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    if (m_parts.demoMode) {
        auto *bannerRow = new QWidget(this);
        bannerRow->setObjectName(QStringLiteral("demoBannerRow"));
        auto *bannerLayout = new QHBoxLayout(bannerRow);
        bannerLayout->setContentsMargins(12, 4, 12, 4);
        m_demoBanner = new QLabel(bannerRow);
        m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
        bannerLayout->addWidget(m_demoBanner, 1);
        if (m_parts.demoPanel) {
            m_demoPanelButton = new QPushButton(bannerRow);
            m_demoPanelButton->setObjectName(QStringLiteral("demoPanelButton"));
            m_demoPanelButton->setCheckable(true);
            m_demoPanelButton->setFocusPolicy(Qt::NoFocus);
            bannerLayout->addWidget(m_demoPanelButton);
        }
        layout->addWidget(bannerRow);
    }

    auto *topBar = new QWidget(this);
    topBar->setObjectName(QStringLiteral("kioskTopBar"));
    auto *topLayout = new QHBoxLayout(topBar);
    topLayout->setContentsMargins(16, 8, 16, 8);
    m_customerLabel->setObjectName(QStringLiteral("customerLabel"));
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    m_myOrdersButton->setObjectName(QStringLiteral("myOrdersButton"));
    m_staffButton->setObjectName(QStringLiteral("staffButton"));
    m_staffButton->setProperty("kioskRole", QStringLiteral("quiet"));
    for (QPushButton *button : {m_startOverButton, m_myOrdersButton, m_staffButton})
        button->setFocusPolicy(Qt::NoFocus);
    topLayout->addWidget(m_customerLabel);
    topLayout->addStretch(1);
    topLayout->addWidget(m_myOrdersButton);
    topLayout->addWidget(m_startOverButton);
    topLayout->addWidget(m_staffButton);
    layout->addWidget(topBar);

    m_notice->setObjectName(QStringLiteral("kioskNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(0);
    // A screen smaller than a page's contents scrolls (by touch, with wide
    // scroll bars) instead of growing the window past the screen.
    auto *scroller = new QScrollArea(this);
    scroller->setObjectName(QStringLiteral("kioskScroller"));
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroller->setWidget(m_pages);
    QScroller::grabGesture(scroller->viewport(), QScroller::TouchGesture);
    middle->addWidget(scroller, 1);
    if (m_parts.demoPanel) {
        auto *panelScroller = new QScrollArea(this);
        panelScroller->setObjectName(QStringLiteral("demoPanelScroller"));
        panelScroller->setWidgetResizable(true);
        panelScroller->setFrameShape(QFrame::NoFrame);
        panelScroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        panelScroller->setWidget(m_parts.demoPanel);
        panelScroller->setMinimumWidth(480);
        panelScroller->hide();
        middle->addWidget(panelScroller);
        m_panelScroller = panelScroller;
        m_kioskScroller = scroller;
        connect(m_demoPanelButton, &QPushButton::toggled, this, [this](bool on) {
            m_panelScroller->setVisible(on);
            // Beside the panel a small screen has too little room for the
            // kiosk's pages: they scroll sideways then (the demo only).
            m_kioskScroller->setHorizontalScrollBarPolicy(on ? Qt::ScrollBarAsNeeded
                                                             : Qt::ScrollBarAlwaysOff);
        });
    }
    layout->addLayout(middle, 1);

    m_keyboard->hide();
    layout->addWidget(m_keyboard);

    m_pages->addWidget(m_attract);
    m_pages->addWidget(buildSignInPage());
    m_pages->addWidget(buildShopPage());
    if (m_parts.checkout)
        m_pages->addWidget(m_parts.checkout);
    else
        m_pages->addWidget(new QWidget(m_pages));
    if (m_parts.myOrders)
        m_pages->addWidget(m_parts.myOrders);
    else
        m_pages->addWidget(new QWidget(m_pages));

    m_countdown = new KioskCountdownOverlay(this);

    // The kiosk decides when a customer has gone, not the session's idle
    // lock: give the session more time than the kiosk ever waits.
    if (m_parts.session) {
        const int longest
            = std::max(m_parts.settings.idleSeconds, m_parts.settings.paymentIdleSeconds)
              + m_parts.settings.countdownSeconds + 60;
        m_parts.session->setIdleTimeout(std::chrono::seconds(longest));
        connect(m_parts.session, &UserSession::signedIn, this, &KioskWindow::onSignedIn);
        connect(m_parts.session, &UserSession::signedOut, this, [this] {
            if (!m_startingOver && currentPage() != Page::Attract)
                startOver();
        });
    }
    connect(m_attract, &AttractScreen::startRequested, this, &KioskWindow::onStartRequested);
    connect(m_attract, &AttractScreen::languageRequested, this, &KioskWindow::onLanguageRequested);
    connect(m_attract, &AttractScreen::largeTextToggled, m_appearance,
            &KioskAppearance::setLargeText);
    connect(m_attract, &AttractScreen::highContrastToggled, m_appearance,
            &KioskAppearance::setHighContrast);
    connect(m_attract, &AttractScreen::speechToggled, m_speech, &KioskSpeech::setEnabled);
    connect(m_appearance, &KioskAppearance::changed, this,
            [this] { m_attract->setLargeTextLayout(m_appearance->largeText()); });
    m_attract->setLargeTextLayout(m_appearance->largeText());
    connect(m_speech, &KioskSpeech::enabledChanged, this, [this] {
        m_attract->showModes(m_appearance->largeText(), m_appearance->highContrast(),
                             m_speech->isEnabled());
    });
    // The tactile keypad's help key sends F2 (docs/accessibility.md).
    auto *speechKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    speechKey->setObjectName(QStringLiteral("speechShortcut"));
    connect(speechKey, &QShortcut::activated, m_speech,
            [this] { m_speech->setEnabled(!m_speech->isEnabled()); });
    m_attract->showModes(m_appearance->largeText(), m_appearance->highContrast(),
                         m_speech->isEnabled());
    connect(m_startOverButton, &QPushButton::clicked, this, &KioskWindow::startOver);
    connect(m_myOrdersButton, &QPushButton::clicked, this, [this] {
        // Between the shop and the customer's own orders (and their refunds).
        if (currentPage() == Page::MyOrders) {
            showPage(Page::Shop);
            return;
        }
        m_parts.myOrders->refresh();
        showPage(Page::MyOrders);
    });
    connect(m_staffButton, &QPushButton::clicked, this, &KioskWindow::requestExit);
    if (m_parts.cart)
        connect(m_parts.cart, &CartPage::orderRequested, this, &KioskWindow::onOrderRequested);
    if (m_parts.checkout) {
        connect(m_parts.checkout, &CheckoutPage::orderCreated, this, [this] {
            if (m_parts.cartModel) {
                if (auto cleared = m_parts.cartModel->clear(); !cleared)
                    qCWarning(lcUi) << "kiosk: cart not cleared:" << cleared.error();
            }
        });
        connect(m_parts.checkout, &CheckoutPage::backToCartRequested, this,
                [this] { showPage(Page::Shop); });
        // After each purchase (or a checkout given up), the next customer.
        connect(m_parts.checkout, &CheckoutPage::checkoutFinished, this, &KioskWindow::startOver);
        connect(m_parts.checkout, &CheckoutPage::screenChanged, this,
                &KioskWindow::onCheckoutScreenChanged);
        // No file or print dialogs at a kiosk: they open the file system.
        // Receipts go to the default printer; saving a PDF is not offered.
        m_parts.checkout->setSavePathPrompt([](const QString &) { return QString(); });
        m_parts.checkout->setPrinterPrompt([](QPrinter *) { return true; });
        m_savePdfButton
            = m_parts.checkout->findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    }
    connect(m_idle, &KioskIdleMonitor::countdownStarted, m_countdown,
            &KioskCountdownOverlay::showCountdown);
    connect(m_idle, &KioskIdleMonitor::countdownTicked, m_countdown,
            &KioskCountdownOverlay::setSecondsLeft);
    connect(m_idle, &KioskIdleMonitor::countdownCancelled, m_countdown, &QWidget::hide);
    connect(m_idle, &KioskIdleMonitor::timedOut, this, &KioskWindow::onTimedOut);
    connect(m_countdown, &KioskCountdownOverlay::stillThere, m_idle, &KioskIdleMonitor::stillThere);
    connect(m_keyboard, &OnScreenKeyboard::hideRequested, m_keyboard, &QWidget::hide);
    connect(qApp, &QApplication::focusChanged, this, &KioskWindow::onFocusChanged);

    qApp->installEventFilter(m_idle);
    qApp->installEventFilter(this);
    updateTexts();
    showPage(Page::Attract);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    qApp->removeEventFilter(m_idle);
}

QWidget *KioskWindow::buildSignInPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("kioskSignInPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 16, 48, 16);
    m_signInHint = new QLabel(page);
    m_signInHint->setObjectName(QStringLiteral("signInHint"));
    m_signInHint->setWordWrap(true);
    layout->addWidget(m_signInHint);
    if (m_parts.login)
        layout->addWidget(m_parts.login, 1);
    auto *buttons = new QHBoxLayout;
    m_backButton = new QPushButton(page);
    m_backButton->setObjectName(QStringLiteral("backToStartButton"));
    m_guestButton = new QPushButton(page);
    m_guestButton->setObjectName(QStringLiteral("guestButton"));
    m_guestButton->setProperty("kioskRole", QStringLiteral("primary"));
    for (QPushButton *button : {m_backButton, m_guestButton})
        button->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_guestButton);
    layout->addLayout(buttons);
    // The same customer, back at the welcome (for another language, say):
    // their large text, contrast and speech stay.
    connect(m_backButton, &QPushButton::clicked, this, [this] { returnToAttract(false); });
    connect(m_guestButton, &QPushButton::clicked, this, &KioskWindow::onShopAsGuest);
    return page;
}

QWidget *KioskWindow::buildShopPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("kioskShopPage"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(16, 8, 16, 8);
    if (m_parts.catalog)
        layout->addWidget(m_parts.catalog, 3);
    if (m_parts.cart)
        layout->addWidget(m_parts.cart, 2);
    // Touch-sized rows and covers big enough to recognise a book by.
    for (QTableView *view : page->findChildren<QTableView *>()) {
        view->verticalHeader()->setDefaultSectionSize(72);
        view->setIconSize(QSize(40, 60));
        // The cover is shown as a picture; its file name means nothing here.
        if (qobject_cast<CatalogModel *>(view->model()))
            view->setColumnHidden(CatalogModel::CoverColumn, true);
    }
    return page;
}

void KioskWindow::showKiosk()
{
    // The window manager makes it full screen; without one (a bare X
    // server) the geometry does.
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
}

KioskWindow::Page KioskWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void KioskWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_idle->setArmed(page != Page::Attract);
    m_keyboard->hide(); // until a field on the new page is touched
    const bool shopping = page != Page::Attract;
    m_startOverButton->setVisible(shopping);
    m_customerLabel->setVisible(shopping);
    // A customer who signed in sees their orders; a guest has none.
    const bool customer = m_parts.myOrders && m_parts.session && m_parts.session->user();
    m_myOrdersButton->setVisible(customer && (page == Page::Shop || page == Page::MyOrders));
    if (page == Page::Attract)
        m_countdown->hide();
    if (page == Page::Shop && m_parts.catalog)
        m_parts.catalog->focusScanField();
    // A page that opens with a text field in focus (sign-in) opens with the keyboard.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_pages->currentWidget()->isAncestorOf(focus) && wantsKeyboard(focus))
        m_keyboard->show();
    keepFocusInView();
    updateTexts();
    Q_EMIT pageChanged(page);
}

void KioskWindow::onStartRequested()
{
    m_notice->hide();
    if (m_parts.login)
        m_parts.login->refresh();
    showPage(Page::SignIn);
}

void KioskWindow::onSignedIn(const SignedInUser &user)
{
    if (m_parts.checkout)
        m_parts.checkout->setActor(user.actor());
    showPage(Page::Shop);
}

void KioskWindow::onShopAsGuest()
{
    if (m_parts.checkout)
        m_parts.checkout->setActor(Actor::system(QStringLiteral("kiosk")));
    showPage(Page::Shop);
}

void KioskWindow::onOrderRequested(const QList<OrderLineRequest> &lines)
{
    if (!m_parts.checkout)
        return;
    if (auto shown = m_parts.checkout->showOrderFor(lines); !shown) {
        m_notice->setText(shown.error().message);
        m_notice->show();
        return;
    }
    m_notice->hide();
    showPage(Page::Checkout);
}

void KioskWindow::onCheckoutScreenChanged()
{
    using Screen = CheckoutPage::Screen;
    const Screen screen = m_parts.checkout->screen();
    m_idle->setPaying(screen == Screen::StartingPayment || screen == Screen::PaymentPage
                      || screen == Screen::GatewayRetrying || screen == Screen::WaitingForVerdict);
}

void KioskWindow::onTimedOut()
{
    qCInfo(lcUi) << "kiosk: nobody answered the countdown; starting over";
    m_countdown->hide();
    startOver();
}

void KioskWindow::startOver()
{
    returnToAttract(true);
}

void KioskWindow::returnToAttract(bool nextCustomer)
{
    if (m_startingOver)
        return;
    m_startingOver = true;
    rejectOpenDialogs(this);
    if (m_parts.checkout)
        m_parts.checkout->abandon(QStringLiteral("left at the kiosk"));
    if (m_parts.cartModel) {
        if (auto cleared = m_parts.cartModel->clear(); !cleared)
            qCWarning(lcUi) << "kiosk: cart not cleared:" << cleared.error();
    }
    if (m_parts.session && m_parts.session->isSignedIn())
        m_parts.session->signOut();
    if (m_parts.checkout)
        m_parts.checkout->setActor(Actor::system(QStringLiteral("kiosk")));
    m_notice->hide();
    m_attract->refresh();
    if (nextCustomer)
        resetAccessModes();
    showPage(Page::Attract);
    m_startingOver = false;
}

void KioskWindow::resetAccessModes()
{
    m_appearance->setLargeText(m_parts.settings.largeText);
    m_appearance->setHighContrast(m_parts.settings.highContrast);
    m_speech->setEnabled(m_parts.settings.speech);
    m_attract->showModes(m_appearance->largeText(), m_appearance->highContrast(),
                         m_speech->isEnabled());
}

void KioskWindow::requestExit()
{
    if (m_exitPromptOpen || m_exitApproved)
        return;
    m_exitPromptOpen = true;
    std::optional<Actor> approved;
    if (m_parts.policy && m_parts.auth) {
        const SignedInUser requester
            = m_parts.session && m_parts.session->user()
                  ? *m_parts.session->user()
                  : SignedInUser{0, QStringLiteral("system:kiosk"), tr("Kiosk"), Role::Customer};
        approved = ManagerOverrideDialog::authorize(
            this, *m_parts.policy, *m_parts.auth, requester, Permission::LeaveKioskMode,
            tr("Leave kiosk mode"), QStringLiteral("kiosk"));
    }
    m_exitPromptOpen = false;
    if (!approved) {
        qCInfo(lcUi) << "kiosk: leaving refused";
        return;
    }
    qCInfo(lcUi) << "kiosk: leaving approved by" << approved->name;
    m_exitApproved = true;
    Q_EMIT exitApproved();
    close();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_exitApproved) {
        QWidget::closeEvent(event);
        return;
    }
    // The window manager's close, Alt+F4: only with a manager's PIN.
    event->ignore();
    QTimer::singleShot(0, this, &KioskWindow::requestExit);
}

void KioskWindow::fitDemoPanel()
{
    // As wide as the panel's longest scenario (German and French ones are
    // longer than 480 px) and its scroll bar: never squeezed below its text.
    const int needed = m_parts.demoPanel->minimumSizeHint().width()
                       + m_panelScroller->verticalScrollBar()->sizeHint().width()
                       + 2 * m_panelScroller->frameWidth();
    m_panelScroller->setMinimumWidth(std::max(480, needed));
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_savePdfButton && event->type() == QEvent::Show)
        QTimer::singleShot(0, m_savePdfButton, &QWidget::hide);
    if (m_panelScroller && watched == m_parts.demoPanel && event->type() == QEvent::LayoutRequest)
        fitDemoPanel();
    // A signed-in customer who keeps touching stays signed in (the session
    // counts its own idle time; the kiosk's countdown decides first).
    if (m_parts.session
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress
            || event->type() == QEvent::TouchBegin))
        m_parts.session->recordActivity();
    // Touching a text field (even the one with the focus) brings the keyboard.
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && isAncestorOf(widget) && wantsKeyboard(widget))
            m_keyboard->show();
    }
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool escape = key->key() == Qt::Key_Escape;
            const bool altF4 = key->key() == Qt::Key_F4 && (key->modifiers() & Qt::AltModifier);
            if (escape || altF4) {
                if (event->type() == QEvent::KeyPress)
                    QTimer::singleShot(0, this, &KioskWindow::requestExit);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::keepFocusInView()
{
    QTimer::singleShot(0, this, [this] {
        QWidget *focused = QApplication::focusWidget();
        auto *scroller = findChild<QScrollArea *>(QStringLiteral("kioskScroller"));
        if (!focused || !scroller || !m_pages->isAncestorOf(focused) || !focused->isVisible())
            return;
        // The keyboard shown just now takes its room first.
        if (layout())
            layout()->activate();
        // The whole control, not only a text field's cursor
        // (QScrollArea::ensureWidgetVisible's choice).
        const QRect area(focused->mapTo(m_pages, QPoint()), focused->size());
        scroller->ensureVisible(area.center().x(), area.center().y(), area.width() / 2 + 8,
                                area.height() / 2 + 8);
    });
}

void KioskWindow::onFocusChanged(QWidget *, QWidget *now)
{
    // What has the focus is on the screen, not scrolled away (large text
    // with the on-screen keyboard up leaves little room), once the
    // keyboard below has taken its place.
    if (now && m_pages->isAncestorOf(now))
        keepFocusInView();
    auto *field = qobject_cast<QLineEdit *>(now);
    if (!field || !isAncestorOf(field) || field->objectName() == u"scanField")
        return;
    // The PIN pad has its own keypad; every other field gets the keyboard.
    m_keyboard->setVisible(!isPinField(field));
}

void KioskWindow::onLanguageRequested(const QString &localeName)
{
    // Whoever owns the translators (main's language switcher) switches;
    // every screen here retranslates on QEvent::LanguageChange.
    qCInfo(lcUi) << "kiosk: language requested" << localeName;
    Q_EMIT languageRequested(localeName);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}

void KioskWindow::updateTexts()
{
    setWindowTitle(tr("Quire kiosk"));
    setAccessibleName(tr("Quire kiosk"));
    if (auto *scroller = findChild<QScrollArea *>(QStringLiteral("kioskScroller")))
        scroller->setAccessibleName(tr("Kiosk screen"));
    if (auto *scroller = findChild<QScrollArea *>(QStringLiteral("demoPanelScroller")))
        scroller->setAccessibleName(tr("Demo panel"));
    AccessibleNames::nameBuiltInControls(this);
    if (m_demoBanner)
        m_demoBanner->setText(tr("Demo — no real payments"));
    if (m_demoPanelButton) {
        m_demoPanelButton->setText(tr("Demo panel"));
        m_demoPanelButton->setAccessibleName(tr("Show the demo panel"));
    }
    const bool signedIn = m_parts.session && m_parts.session->user();
    m_customerLabel->setText(signedIn ? tr("Hello, %1").arg(m_parts.session->user()->displayName)
                                      : tr("Welcome"));
    m_startOverButton->setText(signedIn ? tr("Sign out") : tr("Start over"));
    m_startOverButton->setAccessibleName(m_startOverButton->text());
    const bool onMyOrders = currentPage() == Page::MyOrders;
    m_myOrdersButton->setText(onMyOrders ? tr("Back to shopping") : tr("My orders"));
    m_myOrdersButton->setAccessibleName(onMyOrders ? tr("Back to shopping")
                                                   : tr("My orders and refunds"));
    m_staffButton->setText(tr("Staff"));
    m_staffButton->setAccessibleName(tr("Staff: leave the kiosk with a manager PIN"));
    if (m_signInHint)
        m_signInHint->setText(tr("Sign in with your e-mail address or loyalty card number and "
                                 "your PIN, create an account, or shop without one."));
    if (m_guestButton) {
        m_guestButton->setText(tr("Shop without an account"));
        m_guestButton->setAccessibleName(m_guestButton->text());
    }
    if (m_backButton) {
        m_backButton->setText(tr("Back"));
        m_backButton->setAccessibleName(tr("Back to the welcome screen"));
    }
}

} // namespace quire
