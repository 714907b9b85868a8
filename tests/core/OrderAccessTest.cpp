#include "AuthFixture.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/GatewayClient.h"
#include "services/AlertCenter.h"
#include "services/PaymentCoordinator.h"
#include "services/RefundService.h"

#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518");

enum class Who {
    Manager,
    Clerk,
    Customer,
    Guest,        // at the kiosk without an account (Actor::system("kiosk"))
    Coordinator,  // Quire's own payment coordinator
    Callbacks,    // Quire's own callback processor
    SignedOut,    // Actor{}: no account, no component
    EmptyCounter, // the till before anyone signed in (Actor::system("counter"))
    UnknownUser,  // an id no account has
    DisabledUser, // a clerk disabled since
};

enum class EntryPoint { CreateOrder, CancelOrder, BeginPayment, CancelPayment, ViewOrder };

// Whose order an entry point acts on.
enum class Owner { Self, OtherCustomer, Guest, Counter };

QString toText(Who who)
{
    switch (who) {
    case Who::Manager:
        return QStringLiteral("manager");
    case Who::Clerk:
        return QStringLiteral("clerk");
    case Who::Customer:
        return QStringLiteral("customer");
    case Who::Guest:
        return QStringLiteral("guest");
    case Who::Coordinator:
        return QStringLiteral("system coordinator");
    case Who::Callbacks:
        return QStringLiteral("system callbacks");
    case Who::SignedOut:
        return QStringLiteral("signed out");
    case Who::EmptyCounter:
        return QStringLiteral("counter nobody signed in");
    case Who::UnknownUser:
        return QStringLiteral("unknown user");
    case Who::DisabledUser:
        return QStringLiteral("disabled user");
    }
    return QString();
}

QString toText(EntryPoint entry)
{
    switch (entry) {
    case EntryPoint::CreateOrder:
        return QStringLiteral("createOrder");
    case EntryPoint::CancelOrder:
        return QStringLiteral("cancelOrder");
    case EntryPoint::BeginPayment:
        return QStringLiteral("beginPayment");
    case EntryPoint::CancelPayment:
        return QStringLiteral("cancelPayment");
    case EntryPoint::ViewOrder:
        return QStringLiteral("refundableOrder");
    }
    return QString();
}

QString toText(Owner owner)
{
    switch (owner) {
    case Owner::Self:
        return QStringLiteral("own order");
    case Owner::OtherCustomer:
        return QStringLiteral("another customer's order");
    case Owner::Guest:
        return QStringLiteral("a guest's order");
    case Owner::Counter:
        return QStringLiteral("a counter sale");
    }
    return QString();
}

bool mayAct(Who who)
{
    switch (who) {
    case Who::Manager:
    case Who::Clerk:
    case Who::Customer:
    case Who::Guest:
    case Who::Coordinator:
    case Who::Callbacks:
        return true;
    case Who::SignedOut:
    case Who::EmptyCounter:
    case Who::UnknownUser:
    case Who::DisabledUser:
        return false;
    }
    return false;
}

// The rules of docs/security.md, written out apart from the code: staff and
// Quire's own components act on any order; a customer buys and acts on their
// own orders only; a guest buys and acts only on guests' orders, and sees
// none; nobody signed in, an unknown and a disabled account do nothing.
bool expected(Who who, EntryPoint entry, Owner owner)
{
    if (!mayAct(who))
        return false;
    if (who == Who::Guest && entry == EntryPoint::ViewOrder)
        return false;
    if (entry == EntryPoint::CreateOrder || who == Who::Manager || who == Who::Clerk
        || who == Who::Coordinator || who == Who::Callbacks)
        return true;
    if (who == Who::Customer)
        return owner == Owner::Self;
    return owner == Owner::Self || owner == Owner::Guest; // the guest
}

// Everything a refusal must leave as it was (its audit row aside).
struct Snapshot
{
    qint64 orders = 0;
    qint64 payments = 0;
    qint64 events = 0;
    qint64 cancelledOrders = 0;
    qint64 pendingPayments = 0;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

Q_DECLARE_METATYPE(Who)
Q_DECLARE_METATYPE(EntryPoint)
Q_DECLARE_METATYPE(Owner)

// Protects: the core itself decides who may sell, cancel, pay and look at
// orders — not only the screens. PurchaseFlow::createOrder/cancelOrder,
// PaymentCoordinator::beginPayment/cancelPayment and
// RefundService::refundableOrder(order, viewer) ask AccessPolicy with the
// role stored in the database, for every kind of actor against every entry
// point and whose order it is; a refusal is Forbidden, leaves orders,
// payments and events as they were and writes one access_refused row.
class OrderAccessTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AuthFixture> m_auth;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<GatewayClient> m_gateway;
    std::unique_ptr<CallbackProcessor> m_callbacks;
    std::unique_ptr<PaymentCoordinator> m_payments;
    std::unique_ptr<RefundService> m_refunds;
    SignedInUser m_manager;
    SignedInUser m_clerk;
    SignedInUser m_customer;
    SignedInUser m_otherCustomer;
    SignedInUser m_disabled;

    const Actor m_guest = Actor::system(QStringLiteral("kiosk"));
    const Actor m_quire = Actor::system(QStringLiteral("test-setup"));

    qint64 count(const QString &table, const QString &where = QString())
    {
        return m_auth->db().count(table, where);
    }
    Snapshot snapshot()
    {
        return {count(QStringLiteral("orders")), count(QStringLiteral("payments")),
                count(QStringLiteral("events")),
                count(QStringLiteral("orders"), QStringLiteral("status = 'cancelled'")),
                count(QStringLiteral("payments"), QStringLiteral("status = 'pending'"))};
    }

    Actor actorFor(Who who)
    {
        switch (who) {
        case Who::Manager:
            return m_manager.actor();
        case Who::Clerk:
            return m_clerk.actor();
        case Who::Customer:
            return m_customer.actor();
        case Who::Guest:
            return m_guest;
        case Who::Coordinator:
            return Actor::system(QStringLiteral("payment-coordinator"));
        case Who::Callbacks:
            return Actor::system(QStringLiteral("gateway-callback"));
        case Who::SignedOut:
            return Actor{};
        case Who::EmptyCounter:
            return Actor::system(QStringLiteral("counter"));
        case Who::UnknownUser:
            return Actor::user(9999, QStringLiteral("ghost"));
        case Who::DisabledUser:
            return m_disabled.actor();
        }
        return Actor{};
    }

    Actor ownerActor(Who who, Owner owner)
    {
        switch (owner) {
        case Owner::Self:
            return actorFor(who);
        case Owner::OtherCustomer:
            return m_otherCustomer.actor();
        case Owner::Guest:
            return m_guest;
        case Owner::Counter:
            return m_clerk.actor();
        }
        return Actor{};
    }

private Q_SLOTS:
    void init()
    {
        m_auth = std::make_unique<test::AuthFixture>();
        m_auth->db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899,
                             QStringLiteral("EUR"), 50);
        m_flow = std::make_unique<PurchaseFlow>(m_auth->db().database(), m_auth->clock());
        m_alerts = std::make_unique<AlertCenter>(m_auth->db().database(), m_auth->clock());
        // Nothing listens there: a started payment's session simply fails.
        m_gateway = std::make_unique<GatewayClient>(GatewayConfig(
            QUrl(QStringLiteral("http://127.0.0.1:9")), "sk_test_access", {"whsec_access"}));
        m_callbacks = std::make_unique<CallbackProcessor>(*m_flow, *m_alerts,
                                                          QByteArrayList{"whsec_access"});
        m_payments = std::make_unique<PaymentCoordinator>(*m_flow, *m_gateway, *m_callbacks,
                                                          *m_alerts, PaymentSettings());
        m_refunds = std::make_unique<RefundService>(*m_flow, RefundPolicy());
        m_manager = m_auth->owner();
        m_clerk = m_auth->addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        m_customer = m_auth->addUser(QStringLiteral("ada@quire.test"), Role::Customer,
                                     QStringLiteral("161803"));
        m_otherCustomer = m_auth->addUser(QStringLiteral("bob@quire.test"), Role::Customer,
                                          QStringLiteral("577215"));
        m_disabled = m_auth->addUser(QStringLiteral("gone"), Role::Clerk, QStringLiteral("141421"));
        QVERIFY(m_auth->admin().setDisabled(m_manager, m_disabled.id, true).ok());
    }
    void cleanup()
    {
        m_refunds.reset();
        m_payments.reset();
        m_callbacks.reset();
        m_gateway.reset();
        m_alerts.reset();
        m_flow.reset();
        m_auth.reset();
    }

    void decidesEveryActorAtEveryEntryPoint_data()
    {
        QTest::addColumn<Who>("who");
        QTest::addColumn<EntryPoint>("entry");
        QTest::addColumn<Owner>("owner");
        QTest::addColumn<bool>("allowed");
        for (Who who :
             {Who::Manager, Who::Clerk, Who::Customer, Who::Guest, Who::Coordinator, Who::Callbacks,
              Who::SignedOut, Who::EmptyCounter, Who::UnknownUser, Who::DisabledUser}) {
            for (EntryPoint entry :
                 {EntryPoint::CreateOrder, EntryPoint::CancelOrder, EntryPoint::BeginPayment,
                  EntryPoint::CancelPayment, EntryPoint::ViewOrder}) {
                QList<Owner> owners{Owner::Self};
                if (entry != EntryPoint::CreateOrder) {
                    // One that may not create has no order of its own.
                    if (!mayAct(who))
                        owners.clear();
                    owners += {Owner::OtherCustomer, Owner::Guest, Owner::Counter};
                }
                for (Owner owner : owners) {
                    const QByteArray name
                        = (toText(who) + u' ' + toText(entry)
                           + (entry == EntryPoint::CreateOrder ? QString() : u' ' + toText(owner)))
                              .toUtf8();
                    QTest::newRow(name.constData())
                        << who << entry << owner << expected(who, entry, owner);
                }
            }
        }
    }

    void decidesEveryActorAtEveryEntryPoint()
    {
        QFETCH(Who, who);
        QFETCH(EntryPoint, entry);
        QFETCH(Owner, owner);
        QFETCH(bool, allowed);
        const Actor actor = actorFor(who);

        // The order (and for cancelPayment its pending attempt) the call is about.
        qint64 orderId = 0;
        qint64 paymentId = 0;
        if (entry != EntryPoint::CreateOrder) {
            auto order = m_flow->createOrder({{kPride, 1}}, ownerActor(who, owner));
            QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
            orderId = order->id;
            if (entry == EntryPoint::CancelPayment || entry == EntryPoint::ViewOrder) {
                auto payment = m_flow->startPayment(orderId, m_quire);
                QVERIFY(payment.ok());
                paymentId = payment->id;
            }
            if (entry == EntryPoint::ViewOrder) // a paid order, as the refunds screen shows
                QVERIFY(m_flow->confirmPaymentPaid(paymentId, m_quire).ok());
        }

        const Snapshot before = snapshot();
        const qint64 refusalsBefore = m_auth->auditCount(QStringLiteral("access_refused"));
        Result<void> outcome;
        switch (entry) {
        case EntryPoint::CreateOrder:
            if (auto order = m_flow->createOrder({{kPride, 2}}, actor); !order)
                outcome = order.error();
            break;
        case EntryPoint::CancelOrder:
            outcome = m_flow->cancelOrder(orderId, QStringLiteral("changed my mind"), actor);
            break;
        case EntryPoint::BeginPayment:
            if (auto payment = m_payments->beginPayment(orderId, actor); !payment)
                outcome = payment.error();
            break;
        case EntryPoint::CancelPayment:
            outcome = m_payments->cancelPayment(paymentId, actor);
            break;
        case EntryPoint::ViewOrder:
            if (auto shown = m_refunds->refundableOrder(orderId, actor); !shown)
                outcome = shown.error();
            else
                QCOMPARE(shown->order.id, orderId);
            break;
        }

        const Snapshot after = snapshot();
        if (!allowed) {
            QVERIFY(!outcome.ok());
            QCOMPARE(outcome.error().kind, ErrorKind::Forbidden);
            QVERIFY(!outcome.error().message.isEmpty());
            QCOMPARE(after, before);
            QCOMPARE(m_auth->auditCount(QStringLiteral("access_refused")), refusalsBefore + 1);
            QCOMPARE(count(QStringLiteral("audit_log"),
                           QStringLiteral("action = 'access_refused' AND actor_name = '%1'")
                               .arg(actor.name.isEmpty() ? QStringLiteral("nobody") : actor.name)),
                     1);
            return;
        }
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(m_auth->auditCount(QStringLiteral("access_refused")), refusalsBefore);
        switch (entry) {
        case EntryPoint::CreateOrder:
            QCOMPARE(after.orders, before.orders + 1);
            // The new order is the actor's own (nobody's for one without an account).
            QCOMPARE(count(QStringLiteral("orders"),
                           (actor.userId ? QStringLiteral("created_by = %1").arg(*actor.userId)
                                         : QStringLiteral("created_by IS NULL"))
                               + QStringLiteral(" AND id = (SELECT MAX(id) FROM orders)")),
                     1);
            break;
        case EntryPoint::CancelOrder:
            QCOMPARE(after.cancelledOrders, before.cancelledOrders + 1);
            break;
        case EntryPoint::BeginPayment:
            QCOMPARE(after.pendingPayments, before.pendingPayments + 1);
            break;
        case EntryPoint::CancelPayment:
            QCOMPARE(after.pendingPayments, before.pendingPayments - 1);
            break;
        case EntryPoint::ViewOrder:
            QCOMPARE(after, before);
            break;
        }
    }

    // Protects: the role is the one stored now, not the one the caller saw:
    // a clerk disabled while signed in elsewhere can no longer cancel, and
    // re-enabled can again.
    void readsTheStoredAccountEveryTime()
    {
        auto order = m_flow->createOrder({{kPride, 1}}, m_clerk.actor());
        QVERIFY(order.ok());
        QVERIFY(m_auth->admin().setDisabled(m_manager, m_clerk.id, true).ok());
        const auto refused = m_flow->cancelOrder(order->id, QStringLiteral("x"), m_clerk.actor());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY(m_auth->admin().setDisabled(m_manager, m_clerk.id, false).ok());
        QVERIFY(m_flow->cancelOrder(order->id, QStringLiteral("x"), m_clerk.actor()).ok());
    }

    // Protects: an order that does not exist is NotFound, not a refusal.
    void aMissingOrderIsNotFound()
    {
        const auto missing = m_flow->cancelOrder(4242, QStringLiteral("x"), m_customer.actor());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(m_auth->auditCount(QStringLiteral("access_refused")), 0);
    }
};

QTEST_GUILESS_MAIN(OrderAccessTest)
#include "OrderAccessTest.moc"
