#include "CheckoutRig.h"

#include "SimulatorLaunch.h"
#include "persistence/Database.h"

#include <QDebug>
#include <QJsonArray>
#include <QLocale>

namespace quire::test {

PaymentSettings CheckoutRig::fastSettings()
{
    PaymentSettings settings;
    settings.paymentTimeoutSeconds = 300; // the manual clock decides when
    settings.firstPollAfterMs = 60'000;
    settings.maxPollIntervalMs = 60'000;
    settings.tickIntervalMs = 50;
    settings.unresponsiveAfterFailures = 1;
    return settings;
}

CheckoutRig::CheckoutRig(PaymentSettings settings)
{
    if (!db.isValid())
        return;
    auto started = startSimulator(simulator);
    if (!started) {
        qWarning() << started.error().message;
        return;
    }
    sim = SimulatorClient(*started, simulator.apiKey());
    db.clock().setNow(QDateTime::currentDateTimeUtc());
    db.addBook(QString::fromLatin1(kIsbn), QStringLiteral("Pride and Prejudice"), 899);
    db.addBook(QString::fromLatin1(kOtherIsbn), QStringLiteral("The Hobbit <Special>"), 1250);
    flow = std::make_unique<PurchaseFlow>(db.database(), db.clock());
    alerts = std::make_unique<AlertCenter>(db.database(), db.clock());
    const QByteArray secret = kSimulatorWebhookSecret;
    gateway = std::make_unique<GatewayClient>(GatewayConfig(sim.baseUrl(), sim.apiKey(), {secret}));
    gateway->setClock(&db.clock());
    RetryPolicy once;
    once.maxAttempts = 1;
    once.transferTimeoutMs = 3000;
    gateway->setRetryPolicy(once);
    callbacks = std::make_unique<CallbackProcessor>(*flow, *alerts, QByteArrayList{secret});
    payments = std::make_unique<PaymentCoordinator>(*flow, *gateway, *callbacks, *alerts, settings);
    ReceiptSettings receipt;
    receipt.storeName = QStringLiteral("Quire Books & Co");
    receipt.storeAddress = {QStringLiteral("1 Market Street"), QStringLiteral("Springfield")};
    receipt.footer = QStringLiteral("Thank you for reading with us");
    receipt.locale = QLocale(QLocale::English, QLocale::Ireland);
    page = std::make_unique<CheckoutPage>(*flow, *payments, settings, receipt);
    page->setActor(Actor::system(QStringLiteral("test-counter")));
    page->resize(1024, 768);
    m_valid = true;
}

int CheckoutRig::sessionsOpened()
{
    const auto reply = sim.get(QStringLiteral("/_sim/sessions"));
    return reply.status == 200 ? int(reply.json().value(u"data").toArray().size()) : -1;
}

QString CheckoutRig::orderStatus(qint64 orderId)
{
    auto query
        = db.database().exec(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
    return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
}

QString CheckoutRig::paymentStatus(qint64 paymentId)
{
    auto query = db.database().exec(QStringLiteral("SELECT status FROM payments WHERE id = ?"),
                                    {paymentId});
    return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
}

} // namespace quire::test
