#include "shell/KioskApp.h"

#include "TerminalModels.h"
#include "auth/Authentication.h"
#include "auth/LoginPage.h"
#include "catalog/CartPage.h"
#include "catalog/CatalogPage.h"
#include "checkout/CheckoutPage.h"
#include "kiosk/DemoPanel.h"
#include "kiosk/KioskWindow.h"
#include "language/LanguageSwitcher.h"
#include "refunds/MyOrdersPage.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/DemoScenarios.h"

#include <QCoreApplication>

namespace quire {

Result<std::unique_ptr<KioskApp>> KioskApp::build(const TerminalServices &services)
{
    if (!services.demo) {
        auto needed = services.auth->admin().needsFirstManager();
        if (!needed)
            return needed.error();
        if (*needed)
            return Error::invalid(QCoreApplication::translate(
                "main", "Kiosk mode needs a manager account first: it is what leaves "
                        "the kiosk and approves refunds. Start Quire once without "
                        "--kiosk, set up the manager at the sign-in screen, then start "
                        "the kiosk again."));
    }
    auto models
        = TerminalModels::open(*services.core, *services.clock, services.options->terminalId);
    if (!models)
        return models.error();
    std::unique_ptr<KioskApp> app(new KioskApp);
    app->m_models = std::move(models).value();
    app->buildWindow(services);
    return app;
}

void KioskApp::buildWindow(const TerminalServices &services)
{
    CoreServices &core = *services.core;
    Authentication &auth = *services.auth;
    TerminalModels &models = *m_models;

    m_parts.catalogSearch = &models.search();
    m_parts.session = &auth.session();
    m_parts.auth = &auth.auth();
    m_parts.policy = &auth.policy();
    m_parts.login = new LoginPage(auth.session(), auth.auth(), auth.admin(), services.demo);
    m_parts.catalog = new CatalogPage(&models.catalog(), &models.cart());
    m_parts.cart = new CartPage(&models.cart());
    m_parts.cartModel = &models.cart();
    m_parts.checkout = new CheckoutPage(core.flow(), core.payments(), services.options->payments,
                                        services.receipt);
    m_parts.checkout->setActor(Actor::system(QStringLiteral("kiosk")));
    m_parts.demoPanel = services.scenarios ? new DemoPanel(*services.scenarios) : nullptr;
    m_parts.myOrders = new MyOrdersPage(core.refunds(), core.flow(), auth.session(), auth.policy(),
                                        auth.auth(), services.receipt);
    m_parts.settings = services.options->kioskSettings;
    m_parts.storeName = services.receipt.storeName;
    m_parts.demoMode = services.demo;

    m_window = std::make_unique<KioskWindow>(m_parts);
    if (LanguageSwitcher *languages = services.languages) {
        QObject::connect(
            m_window.get(), &KioskWindow::languageRequested, languages,
            [languages](const QString &localeName) { languages->switchTo(QLocale(localeName)); });
    }
}

KioskApp::~KioskApp() = default;

} // namespace quire
