#include "shell/CounterApp.h"

#include "CartModel.h"
#include "TerminalModels.h"
#include "auth/ActivityFilter.h"
#include "auth/Authentication.h"
#include "auth/IdleLockOverlay.h"
#include "auth/LoginPage.h"
#include "auth/UsersPage.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogPage.h"
#include "catalog/QuickSaleBar.h"
#include "checkout/CheckoutPage.h"
#include "display/CustomerDisplay.h"
#include "display/CustomerDisplayPlacement.h"
#include "kiosk/DemoPanel.h"
#include "language/LanguageChooser.h"
#include "language/LanguageSwitcher.h"
#include "refunds/RefundPage.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/DemoScenarios.h"
#include "shell/MainWindow.h"
#include "shell/ServiceStatusWidget.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QSettings>

namespace quire {

Result<std::unique_ptr<CounterApp>> CounterApp::build(const TerminalServices &services)
{
    auto models
        = TerminalModels::open(*services.core, *services.clock, services.options->terminalId);
    if (!models)
        return models.error();
    std::unique_ptr<CounterApp> app(new CounterApp);
    app->m_models = std::move(models).value();
    app->buildWindow(services);
    app->buildCustomerDisplay(services);
    return app;
}

void CounterApp::buildWindow(const TerminalServices &services)
{
    CoreServices &core = *services.core;
    Authentication &auth = *services.auth;
    TerminalModels &models = *m_models;

    m_parts.session = &auth.session();
    m_parts.login = new LoginPage(auth.session(), auth.auth(), auth.admin(), services.demo);
    m_parts.catalog = new CatalogPage(&models.catalog(), &models.cart());
    // Open prices above the store's limit need a manager (the cart checks
    // it too); the quick-sale keys sit on the catalog page.
    const PricingSettings &pricing = services.options->pricing;
    models.cart().setApprovalLimits(pricing.openPriceApprovalLimits);
    // Discounts: the store's policy and book-price law (the cart checks both).
    models.cart().setDiscountRules(services.options->discounts, pricing.bookPriceLaw);
    if (!pricing.quickKeys.isEmpty()) {
        auto *quickSale = new QuickSaleBar(pricing, &models.cart());
        quickSale->setApproval(&auth.policy(), &auth.auth(), &auth.session());
        m_parts.catalog->setQuickSaleBar(quickSale);
    }
    m_parts.cart = new CartPage(&models.cart());
    m_parts.cart->setApproval(&auth.policy(), &auth.auth(), &auth.session());
    m_parts.cartModel = &models.cart();
    m_parts.checkout = new CheckoutPage(core.flow(), core.payments(), services.options->payments,
                                        services.receipt);
    // The till: cash, split tender and the shift (docs/tenders.md).
    m_parts.checkout->setTill(core.tenders(), core.shifts());
    m_parts.shifts = &core.shifts();
    m_parts.policy = &auth.policy();
    m_parts.auth = &auth.auth();
    m_parts.users = new UsersPage(auth.admin(), auth.session(), *services.clock);
    m_parts.catalogImport
        = new CatalogImportDialog(core.databaseLocation(), *services.clock, auth.session());
    m_parts.refunds = new RefundPage(core.refunds(), core.flow(), auth.session(), auth.policy(),
                                     auth.auth(), services.receipt);
    // Orders paid in cash are refunded in cash from this counter's drawer.
    m_parts.refunds->setTill(core.tenders());
    m_parts.serviceStatus = new ServiceStatusWidget(core.payments(), core.alerts());
    m_parts.activity = &models.activity();
    m_parts.databaseLocation = core.databaseLocation();
    m_parts.demoMode = services.demo;
    if (services.languages)
        m_parts.languageChooser = new LanguageChooser(services.languages);

    m_window = std::make_unique<MainWindow>(m_parts);
    MainWindow *window = m_window.get();
    if (services.languages) {
        // A language chosen in the window is the one it starts in next time.
        QObject::connect(services.languages, &LanguageSwitcher::languageChanged, window,
                         [](const QLocale &locale) {
                             QSettings().setValue(QStringLiteral("ui/language"), locale.name());
                         });
    }
    if (services.scenarios) {
        auto *dock = new QDockWidget(QCoreApplication::translate("main", "Demo panel"), window);
        dock->setObjectName(QStringLiteral("demoPanelDock"));
        dock->setWidget(new DemoPanel(*services.scenarios));
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    m_idleLock = std::make_unique<IdleLockOverlay>(auth.session(), window);
    m_activityFilter = std::make_unique<ActivityFilter>(auth.session());
    qApp->installEventFilter(m_activityFilter.get());
    QObject::connect(
        &core, &CoreServices::databaseDamaged, window, [window](const QString &message) {
            auto *box = new QMessageBox(QMessageBox::Critical,
                                        QCoreApplication::translate("main", "Database damaged"),
                                        message, QMessageBox::Ok, window);
            box->setObjectName(QStringLiteral("databaseDamagedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void CounterApp::buildCustomerDisplay(const TerminalServices &services)
{
    const DisplaySettings &settings = services.options->display;
    if (settings.placement == DisplaySettings::Placement::Off)
        return;
    m_customerDisplay = std::make_unique<CustomerDisplay>(m_models->cart(), *m_parts.checkout,
                                                          services.receipt.storeName);
    m_displayPlacement
        = std::make_unique<CustomerDisplayPlacement>(settings, *m_customerDisplay, *m_window);
    // Pay on the phone only while the customer can see the code.
    QObject::connect(m_displayPlacement.get(), &CustomerDisplayPlacement::shownChanged,
                     m_parts.checkout, &CheckoutPage::setPhonePaymentAvailable);
    m_displayPlacement->place();
    m_parts.checkout->setPhonePaymentAvailable(m_displayPlacement->isShown());
}

CounterApp::~CounterApp()
{
    // The display reads the checkout page, which the window owns.
    m_displayPlacement.reset();
    m_customerDisplay.reset();
    if (m_activityFilter)
        qApp->removeEventFilter(m_activityFilter.get());
    m_activityFilter.reset();
    m_idleLock.reset();
    m_window.reset();
}

} // namespace quire
