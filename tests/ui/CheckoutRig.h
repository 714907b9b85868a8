#pragma once

#include "SimulatorClient.h"
#include "TestDatabase.h"
#include "checkout/CheckoutPage.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/GatewayClient.h"
#include "services/AlertCenter.h"
#include "services/GatewaySimulatorProcess.h"
#include "services/PaymentCoordinator.h"
#include "services/PaymentSettings.h"

#include <memory>

namespace quire::test {

// The real core on a fresh test database (flow, alerts, gateway client,
// callback processor, payment coordinator) against the real quire-gateway-sim
// process, with a CheckoutPage on top: what the screen tests drive.
//
// The simulator has no webhook URL here: it opens sessions, serves the
// hosted page, pays, cancels and expires, but no callback reaches the app,
// so each test states the verdict through the flow as the callback would
// (tests/ui/CheckoutEndToEndTest covers the signed callbacks). The manual
// clock starts at the real time: the simulator checks expires_at with its own
// clock. The coordinator's deadlines and polls follow the manual clock.
struct CheckoutRig
{
    static constexpr auto kIsbn = "9780141439518";
    static constexpr auto kOtherIsbn = "9780261103573";

    explicit CheckoutRig(PaymentSettings settings = fastSettings());

    static PaymentSettings fastSettings();
    bool isValid() const { return m_valid; }

    TestDatabase db;
    GatewaySimulatorProcess simulator;
    SimulatorClient sim; // talks to `simulator`
    std::unique_ptr<PurchaseFlow> flow;
    std::unique_ptr<AlertCenter> alerts;
    std::unique_ptr<GatewayClient> gateway;
    std::unique_ptr<CallbackProcessor> callbacks;
    std::unique_ptr<PaymentCoordinator> payments;
    std::unique_ptr<CheckoutPage> page;

    // Checkout sessions the simulator has opened so far (GET /_sim/sessions).
    int sessionsOpened();
    QString orderStatus(qint64 orderId);
    QString paymentStatus(qint64 paymentId);
    qint64 count(const QString &table, const QString &where = QString())
    {
        return db.count(table, where);
    }

private:
    bool m_valid = false;
};

} // namespace quire::test
