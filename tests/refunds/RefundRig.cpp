#include "RefundRig.h"

#include "auth/PinHasher.h"
#include "domain/Book.h"
#include "flows/PurchaseFlow.h"
#include "gateway/GatewayClient.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "services/PaymentCoordinator.h"

#include <QSignalSpy>
#include <QTest>

namespace quire::test {

namespace {

PinHasher testHasher()
{
    auto made = PinHasher::create(QByteArray(PinHasher::kPepperBytes, 'r'),
                                  PinHasher::minimumParameters());
    if (!made)
        qFatal("PinHasher: %s", qPrintable(made.error().message));
    return *made;
}

} // namespace

RefundRig::RefundRig() = default;

RefundRig::~RefundRig()
{
    m_session.reset();
    m_store.stop(); // closes the callback server before the simulator goes
}

bool RefundRig::start(const QStringList &simulatorArguments, RefundPolicy policy)
{
    CoreOptions &options = m_store.options();
    options.databasePath = m_store.dir().filePath(QStringLiteral("refunds.sqlite"));
    options.refunds = std::move(policy);
    options.payments.paymentTimeoutSeconds = 120;
    options.payments.firstPollAfterMs = 300;
    options.payments.maxPollIntervalMs = 1000;
    options.payments.tickIntervalMs = 100;
    m_store.setSimulatorArguments(
        QStringList{QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")}
        + simulatorArguments);
    m_store.setRetryPolicy(SimulatedStore::fastRetries(3000));
    if (auto started = m_store.start(); !started) {
        m_error = started.error().message;
        return false;
    }

    Database &database = m_store.core().database();
    BookRepository books(database);
    for (const auto &[isbn, title, price] :
         {std::tuple(kPride, QStringLiteral("Pride and Prejudice"), 899),
          std::tuple(kMoby, QStringLiteral("Moby-Dick"), 1250)}) {
        if (auto added = books.upsert({isbn,
                                       title,
                                       QStringLiteral("Test Author"),
                                       *Money::fromMinorUnits(price, QStringLiteral("EUR")),
                                       10,
                                       {}},
                                      m_store.clock().nowMs());
            !added) {
            m_error = added.error().message;
            return false;
        }
    }
    m_auth = std::make_unique<AuthService>(database, m_store.clock(), testHasher());
    m_admin = std::make_unique<UserAdministration>(database, m_store.clock(), testHasher());
    m_access = std::make_unique<AccessPolicy>(database, m_store.clock());
    m_session = std::make_unique<UserSession>(*m_auth);
    auto owner = m_admin->createFirstManager(QStringLiteral("morgan"), QStringLiteral("Morgan"),
                                             QStringLiteral("271828"), QStringLiteral("271828"));
    if (!owner) {
        m_error = owner.error().message;
        return false;
    }
    m_manager = *owner;
    UserAdministration::NewAccount clerk;
    clerk.role = Role::Clerk;
    clerk.username = QStringLiteral("alex");
    clerk.displayName = QStringLiteral("Alex");
    clerk.pin = QStringLiteral("314159");
    auto created = m_admin->createUser(m_manager, clerk);
    if (!created) {
        m_error = created.error().message;
        return false;
    }
    m_clerk = created->signedIn();
    return true;
}

std::optional<Payment> RefundRig::payOrder(qint64 orderId)
{
    QSignalSpy ready(&m_store.core().payments(), &PaymentCoordinator::paymentPageReady);
    auto begun = m_store.core().payments().beginPayment(orderId, m_clerk.actor());
    if (!begun || !ready.wait(15000)) {
        qWarning() << "no payment page for order" << orderId;
        return std::nullopt;
    }
    const Payment attempt = payment(begun->id);
    const int status = m_store.client().pay(attempt.gatewaySessionId, kGoodCard).status;
    if (status != 200) {
        qWarning() << "the simulator did not take the payment:" << status;
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return payment(attempt.id).status != PaymentStatus::Pending; },
                         15000))
        return std::nullopt;
    return payment(attempt.id);
}

std::optional<Order> RefundRig::paidOrder(const QList<std::pair<QString, int>> &lines)
{
    return paidOrderBy(m_clerk, lines);
}

std::optional<SignedInUser> RefundRig::addCustomer(const QString &email, const QString &displayName,
                                                   const QString &pin)
{
    UserAdministration::NewAccount customer;
    customer.role = Role::Customer;
    customer.email = email;
    customer.displayName = displayName;
    customer.pin = pin;
    auto created = m_admin->createUser(m_manager, customer);
    if (!created) {
        qWarning() << created.error();
        return std::nullopt;
    }
    return created->signedIn();
}

std::optional<Order> RefundRig::paidOrderBy(const SignedInUser &buyer,
                                            const QList<std::pair<QString, int>> &lines)
{
    QList<OrderLineRequest> requests;
    for (const auto &[isbn, quantity] : lines)
        requests.append({isbn, quantity});
    auto order = m_store.core().flow().createOrder(requests, buyer.actor());
    if (!order) {
        qWarning() << order.error();
        return std::nullopt;
    }
    auto paid = payOrder(order->id);
    if (!paid || paid->status != PaymentStatus::Paid)
        return std::nullopt;
    return *order;
}

Payment RefundRig::payment(qint64 id)
{
    auto found = PaymentRepository(m_store.core().database()).find(id);
    return found ? *found : Payment{};
}

QString RefundRig::status(const QString &table, qint64 id)
{
    auto query = m_store.core().database().exec(
        QStringLiteral("SELECT status FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
}

qint64 RefundRig::count(const QString &table, const QString &where)
{
    auto query = m_store.core().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM ") + table
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : -1;
}

int RefundRig::stockOf(const QString &isbn)
{
    auto book = BookRepository(m_store.core().database()).find(isbn);
    return book ? book->stock : -1;
}

bool RefundRig::setStock(const QString &isbn, int stock)
{
    return m_store.core()
        .database()
        .exec(QStringLiteral("UPDATE books SET stock = ? WHERE isbn13 = ?"), {stock, isbn})
        .ok();
}

QJsonObject RefundRig::simRequest(const QByteArray &method, const QString &path,
                                  const QByteArray &body, int *status)
{
    const auto reply = m_store.client().request(method, path, body);
    if (status)
        *status = reply.status;
    return reply.json();
}

bool RefundRig::setFaults(const QJsonObject &faults)
{
    return m_store.client().setFaults(faults);
}

} // namespace quire::test
