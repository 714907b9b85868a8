#include "shell/MainWindow.h"

#include "AccessibleNames.h"
#include "CartModel.h"
#include "EventLogModel.h"
#include "auth/LoginPage.h"
#include "auth/OpenDialogs.h"
#include "auth/UserSession.h"
#include "auth/UsersPage.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "refunds/RefundPage.h"
#include "shift/CashMovementDialog.h"
#include "shift/CloseShiftDialog.h"
#include "shift/DailyOverviewDialog.h"
#include "shift/OpenShiftDialog.h"
#include "shift/ShiftReportDialog.h"
#include "till/ShiftService.h"
#include "ui_MainWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace quire {

namespace {

void placeInto(QWidget *page, QWidget *content)
{
    if (content)
        page->layout()->addWidget(content);
}

} // namespace

MainWindow::MainWindow(const MainWindowParts &parts, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_parts(parts)
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->demoBanner->setVisible(m_parts.demoMode);
    placeInto(m_ui->signInPage, m_parts.login);
    placeInto(m_ui->checkoutPage, m_parts.checkout);
    placeInto(m_ui->usersPage, m_parts.users);
    placeInto(m_ui->refundsPage, m_parts.refunds);
    if (m_parts.catalog)
        m_ui->saleSplitter->addWidget(m_parts.catalog);
    if (m_parts.cart)
        m_ui->saleSplitter->addWidget(m_parts.cart);
    m_ui->saleSplitter->setStretchFactor(0, 3);
    m_ui->saleSplitter->setStretchFactor(1, 2);
    m_ui->activityView->setModel(m_parts.activity);
    m_ui->activityView->horizontalHeader()->setStretchLastSection(true);

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    if (m_parts.languageChooser) {
        auto *spacer = new QWidget(this);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_ui->toolBar->addWidget(spacer);
        m_ui->toolBar->addWidget(m_parts.languageChooser);
    }
    if (m_parts.serviceStatus)
        statusBar()->addWidget(m_parts.serviceStatus);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_ui->newSaleAction, &QAction::triggered, this, &MainWindow::onNewSale);
    connect(m_ui->activityAction, &QAction::triggered, this, [this] { showPage(Page::Activity); });
    connect(m_ui->usersAction, &QAction::triggered, this, [this] { showPage(Page::Users); });
    connect(m_ui->importCatalogAction, &QAction::triggered, this, &MainWindow::onImportCatalog);
    if (m_parts.catalogImport) {
        m_parts.catalogImport->setParent(this, Qt::Dialog);
        if (m_parts.catalog)
            connect(m_parts.catalogImport, &CatalogImportDialog::catalogImported, m_parts.catalog,
                    &CatalogPage::refreshResults);
    }
    connect(m_ui->refundsAction, &QAction::triggered, this, [this] { showPage(Page::Refunds); });
    if (m_parts.shifts) {
        m_openTillAction = new QAction(this);
        m_openTillAction->setObjectName(QStringLiteral("openTillAction"));
        m_closeTillAction = new QAction(this);
        m_closeTillAction->setObjectName(QStringLiteral("closeTillAction"));
        m_xReportAction = new QAction(this);
        m_xReportAction->setObjectName(QStringLiteral("xReportAction"));
        m_dailyOverviewAction = new QAction(this);
        m_dailyOverviewAction->setObjectName(QStringLiteral("dailyOverviewAction"));
        m_ui->toolBar->insertActions(
            m_ui->signOutAction,
            {m_openTillAction, m_xReportAction, m_closeTillAction, m_dailyOverviewAction});
        connect(m_dailyOverviewAction, &QAction::triggered, this, &MainWindow::onDailyOverview);
        connect(m_openTillAction, &QAction::triggered, this, &MainWindow::onOpenTill);
        connect(m_xReportAction, &QAction::triggered, this, &MainWindow::onXReport);
        connect(m_closeTillAction, &QAction::triggered, this, &MainWindow::onCloseTill);
        if (m_parts.policy && m_parts.auth) {
            m_cashMovementAction = new QAction(this);
            m_cashMovementAction->setObjectName(QStringLiteral("cashMovementAction"));
            m_ui->toolBar->insertAction(m_ui->signOutAction, m_cashMovementAction);
            connect(m_cashMovementAction, &QAction::triggered, this, &MainWindow::onCashMovement);
        }
    }
    if (m_parts.session) {
        connect(m_ui->signOutAction, &QAction::triggered, m_parts.session, &UserSession::signOut);
        connect(m_parts.session, &UserSession::signedIn, this, &MainWindow::onSignedIn);
        connect(m_parts.session, &UserSession::signedOut, this, &MainWindow::onSignedOut);
        connect(m_parts.session, &UserSession::locked, this, &MainWindow::putAwayDialogs);
    }
    if (m_parts.cart)
        connect(m_parts.cart, &CartPage::orderRequested, this, &MainWindow::onOrderRequested);
    if (m_parts.checkout) {
        connect(m_parts.checkout, &CheckoutPage::orderCreated, this, [this] {
            // The order holds the lines now; a cart that cannot be emptied
            // is only shown again, it cannot order twice (the order exists).
            if (m_parts.cartModel) {
                if (auto cleared = m_parts.cartModel->clear(); !cleared)
                    statusBar()->showMessage(cleared.error().message, 8000);
            }
        });
        connect(m_parts.checkout, &CheckoutPage::backToCartRequested, this,
                [this] { showPage(Page::Sale); });
        connect(m_parts.checkout, &CheckoutPage::checkoutFinished, this,
                [this] { showPage(Page::Sale); });
    }

    updateTexts();
    onSignedOut();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    const bool signedIn = m_parts.session && m_parts.session->isSignedIn();
    if (page != Page::SignIn && !signedIn)
        page = Page::SignIn;
    if (page == Page::Users && !m_parts.session->may(Permission::ManageUsers))
        return;
    // Clerks reach refunds too: the page asks a manager to approve in place.
    // The page looks orders up, which the core allows with ViewAllOrders
    // (RefundService::refundableOrder); the window only hides what the core
    // would refuse.
    if (page == Page::Refunds
        && (!m_parts.refunds || !m_parts.session->may(Permission::ViewAllOrders)))
        return;
    m_ui->pages->setCurrentIndex(int(page));
    if (page == Page::Sale && m_parts.catalog)
        m_parts.catalog->focusScanField();
    if (page == Page::Activity && m_parts.activity)
        m_parts.activity->fetchNewEvents();
    if (page == Page::Refunds)
        m_parts.refunds->focusSearch();
}

void MainWindow::onSignedIn(const SignedInUser &user)
{
    if (m_parts.checkout)
        m_parts.checkout->setActor(user.actor());
    m_userLabel->setText(tr("Signed in: %1").arg(user.displayName));
    const bool manager = m_parts.session->may(Permission::ManageUsers);
    m_ui->usersAction->setVisible(manager && m_parts.users);
    m_ui->importCatalogAction->setVisible(m_parts.session->may(Permission::ImportCatalog)
                                          && m_parts.catalogImport);
    m_ui->refundsAction->setVisible(m_parts.refunds
                                    && m_parts.session->may(Permission::ViewAllOrders));
    for (QAction *action : {m_ui->newSaleAction, m_ui->activityAction, m_ui->signOutAction})
        action->setEnabled(true);
    for (QAction *action :
         {m_openTillAction, m_xReportAction, m_closeTillAction, m_cashMovementAction}) {
        if (action)
            action->setVisible(m_parts.session->may(Permission::OperateTill));
    }
    if (m_dailyOverviewAction)
        m_dailyOverviewAction->setVisible(m_parts.session->may(Permission::ViewStoreReports));
    // A sale that was under way (the window was locked or the clerk changed)
    // is shown again; otherwise the catalog.
    showPage(m_parts.checkout && m_parts.checkout->isBusy() ? Page::Checkout : Page::Sale);
}

void MainWindow::onSignedOut()
{
    m_userLabel->setText(tr("Not signed in"));
    m_ui->usersAction->setVisible(false);
    m_ui->importCatalogAction->setVisible(false);
    putAwayDialogs();
    m_ui->refundsAction->setVisible(false);
    for (QAction *action : {m_ui->newSaleAction, m_ui->activityAction, m_ui->signOutAction})
        action->setEnabled(false);
    for (QAction *action : {m_openTillAction, m_xReportAction, m_closeTillAction,
                            m_cashMovementAction, m_dailyOverviewAction}) {
        if (action)
            action->setVisible(false);
    }
    if (m_parts.login)
        m_parts.login->refresh();
    showPage(Page::SignIn);
}

void MainWindow::putAwayDialogs()
{
    // A running import goes on out of sight (a manager opens the screen
    // again to follow it); every other dialog is cancelled.
    if (m_parts.catalogImport && m_parts.catalogImport->isImporting())
        m_parts.catalogImport->hide();
    rejectOpenDialogs(this);
}

void MainWindow::onOrderRequested(const QList<OrderLineRequest> &lines)
{
    if (!m_parts.checkout)
        return;
    // The cart's order discount goes with its lines (docs/tax.md, "Discounts").
    const auto orderDiscount
        = m_parts.cartModel ? m_parts.cartModel->orderDiscount() : std::optional<Discount>();
    if (auto shown = m_parts.checkout->showOrderFor(lines, orderDiscount); !shown) {
        statusBar()->showMessage(shown.error().message, 8000);
        return;
    }
    showPage(Page::Checkout);
}

void MainWindow::onImportCatalog()
{
    const bool signedIn = m_parts.session && m_parts.session->isSignedIn();
    if (!signedIn || !m_parts.catalogImport || !m_parts.session->may(Permission::ImportCatalog))
        return;
    m_parts.catalogImport->open();
}

void MainWindow::onNewSale()
{
    // A sale in progress is finished or cancelled on its own screens first.
    showPage(m_parts.checkout && m_parts.checkout->isBusy() ? Page::Checkout : Page::Sale);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::onOpenTill()
{
    if (!m_parts.shifts || !m_parts.session || !m_parts.session->user())
        return;
    // The store's currency: the locale's, as the catalog's prices are shown.
    QString currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!Money::isValidCurrencyCode(currency))
        currency = QStringLiteral("EUR");
    auto *dialog
        = new OpenShiftDialog(*m_parts.shifts, m_parts.session->user()->actor(), currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("The till is open."), 8000); });
    dialog->open();
}

void MainWindow::onCloseTill()
{
    if (!m_parts.shifts || !m_parts.session || !m_parts.session->user())
        return;
    auto shift = m_parts.shifts->currentShift();
    if (!shift || !*shift) {
        statusBar()->showMessage(tr("No shift is open at this counter."), 8000);
        return;
    }
    auto *dialog = new CloseShiftDialog(*m_parts.shifts, m_parts.session->user()->actor(),
                                        (*shift)->openingFloat.currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onXReport()
{
    if (!m_parts.shifts || !m_parts.session || !m_parts.session->user())
        return;
    auto shift = m_parts.shifts->currentShift();
    if (!shift || !*shift) {
        statusBar()->showMessage(tr("No shift is open at this counter."), 8000);
        return;
    }
    auto report = m_parts.shifts->xReport();
    if (!report) {
        statusBar()->showMessage(report.error().message, 8000);
        return;
    }
    auto *dialog = new ShiftReportDialog(*report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onDailyOverview()
{
    if (!m_parts.shifts || !m_parts.session || !m_parts.session->user())
        return;
    auto *dialog = new DailyOverviewDialog(*m_parts.shifts, m_parts.session->user()->actor(),
                                           QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::onCashMovement()
{
    if (!m_parts.shifts || !m_parts.policy || !m_parts.auth || !m_parts.session
        || !m_parts.session->user())
        return;
    auto shift = m_parts.shifts->currentShift();
    if (!shift || !*shift) {
        statusBar()->showMessage(tr("No shift is open at this counter."), 8000);
        return;
    }
    auto *dialog
        = new CashMovementDialog(*m_parts.shifts, *m_parts.policy, *m_parts.auth,
                                 *m_parts.session->user(), (*shift)->openingFloat.currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateTexts()
{
    if (m_cashMovementAction)
        m_cashMovementAction->setText(tr("Cash in or out"));
    if (m_openTillAction) {
        m_openTillAction->setText(tr("Open the till"));
        m_closeTillAction->setText(tr("Close the till"));
        m_xReportAction->setText(tr("X report"));
        m_dailyOverviewAction->setText(tr("Daily overview"));
    }
    setWindowTitle(m_parts.demoMode ? tr("Quire (demo)") : tr("Quire"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_parts.databaseLocation));
    AccessibleNames::nameBuiltInControls(this);
}

} // namespace quire
