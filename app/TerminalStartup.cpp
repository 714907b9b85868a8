#include "TerminalStartup.h"

#include "auth/Authentication.h"
#include "services/CoreServices.h"
#include "services/DemoData.h"
#include "services/DemoScenarios.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUuid>

namespace quire {

namespace {

// In the demo, the bundled simulator plays the gateway: started as a child
// process once the callback server listens, with secrets made up for this run.
CoreServices::GatewayProvider demoGateway(GatewaySimulatorProcess &simulator)
{
    return [&simulator](const QUrl &callbackUrl) -> Result<GatewayConfig> {
        const QByteArray apiKey = "sk_demo_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray webhookSecret
            = "whsec_demo_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto baseUrl = simulator.start(GatewaySimulatorProcess::findExecutable(), callbackUrl,
                                       apiKey, webhookSecret);
        if (!baseUrl)
            return baseUrl.error();
        return GatewayConfig(*baseUrl, apiKey, {webhookSecret});
    };
}

// A store sets these in its settings file (section [store], checked at
// start: StoreSettings); what it leaves out comes from the app's own
// settings, as before schema 15, or a default.
ReceiptSettings receiptSettings(const StoreSettings &store, bool demo)
{
    QSettings settings;
    ReceiptSettings receipt;
    receipt.storeName
        = !store.name.isEmpty()
              ? store.name
              : settings
                    .value(QStringLiteral("store/name"),
                           demo ? QCoreApplication::translate("main", "Quire Demo Books")
                                : QCoreApplication::translate("main", "Bookshop"))
                    .toString();
    receipt.storeAddress = !store.address.isEmpty()
                               ? store.address
                               : settings.value(QStringLiteral("store/address")).toStringList();
    receipt.vatNumber = store.vatNumber;
    receipt.taxNumber = store.taxNumber;
    receipt.footer
        = store.hasFooter
              ? store.receiptFooter
              : settings
                    .value(QStringLiteral("store/receiptFooter"),
                           QCoreApplication::translate("main", "Thank you for reading with us"))
                    .toString();
    switch (store.receiptPaper) {
    case StoreSettings::Paper::A4:
        receipt.paper = Paper::A4;
        break;
    case StoreSettings::Paper::Receipt80mm:
        receipt.paper = Paper::Receipt80mm;
        break;
    case StoreSettings::Paper::PrinterDefault:
        receipt.paper = Paper::PrinterDefault;
        break;
    }
    receipt.locale = QLocale();
    return receipt;
}

} // namespace

TerminalStartup::TerminalStartup(CoreOptions options)
    : m_options(std::move(options))
{}

TerminalStartup::~TerminalStartup()
{
    m_scenarios.reset();
    m_auth.reset();
    m_core.reset(); // closes the callback server before the database and the simulator
}

Result<void> TerminalStartup::startCore()
{
    auto core = CoreServices::start(
        m_options, m_clock, isDemo() ? demoGateway(m_simulator) : CoreServices::GatewayProvider());
    if (!core)
        return core.error();
    m_core = std::move(core).value();
    if (isDemo()) {
        if (auto seeded = DemoData::seedCatalog(m_core->database(), m_clock); !seeded)
            return seeded.error();
        // The demo's quick-sale keys, unless its settings file has its own.
        if (m_options.pricing.quickKeys.isEmpty())
            m_options.pricing = DemoData::pricing();
    }
    return {};
}

Result<void> TerminalStartup::startSignIn()
{
    AuthenticationOptions authOptions;
    authOptions.pepperPath = m_options.pepperFile;
    authOptions.terminalId = m_options.terminalId;
    if (m_options.demo == CoreOptions::Demo::Ephemeral // nothing outside the temp folder
        && m_options.pepperFile.isEmpty())
        authOptions.pepperPath
            = QFileInfo(m_options.databasePath).dir().filePath(QStringLiteral("demo.pepper"));
    auto authentication = Authentication::create(m_core->database(), m_clock, authOptions);
    if (!authentication)
        return authentication.error();
    m_auth = std::move(authentication).value();
    if (isDemo()) {
        if (auto seeded = m_auth->admin().seedDemoUsers(); !seeded)
            return seeded.error();
        m_scenarios = std::make_unique<DemoScenarios>(m_core->flow(), m_clock,
                                                      m_simulator.baseUrl(), m_simulator.apiKey());
    }
    return {};
}

TerminalServices TerminalStartup::services(LanguageSwitcher *languages) const
{
    TerminalServices services;
    services.options = &m_options;
    services.core = m_core.get();
    services.auth = m_auth.get();
    services.clock = &m_clock;
    services.scenarios = m_scenarios.get();
    services.languages = languages;
    services.receipt = receiptSettings(m_options.store, isDemo());
    services.demo = isDemo();
    return services;
}

} // namespace quire
