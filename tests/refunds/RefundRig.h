#pragma once

#include "SimulatedStore.h"
#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/UserAdministration.h"
#include "auth/UserSession.h"
#include "domain/Order.h"
#include "domain/Payment.h"
#include "services/CoreServices.h"
#include "services/RefundService.h"

#include <QJsonObject>
#include <memory>

namespace quire::test {

// The real core (database file, flow, callback server, coordinator) against
// the real simulator process, with sign-in services, users (manager
// "morgan", clerk "alex") and the core's RefundService: what the refund
// round-trip and refund screen tests drive. The system clock runs: the
// coordinator's retries need time to pass.
class RefundRig
{
public:
    static inline const QString kPride = QStringLiteral("9780141439518"); // 8.99 EUR
    static inline const QString kMoby = QStringLiteral("9780142437247");  // 12.50 EUR
    static inline const QString kGoodCard = QStringLiteral("4242424242424242");

    RefundRig();
    ~RefundRig();
    Q_DISABLE_COPY_MOVE(RefundRig)

    // Starts the simulator (with `simulatorArguments`) and the core; adds
    // the catalog and the users.
    bool start(const QStringList &simulatorArguments = {}, RefundPolicy policy = {});
    const QString &error() const { return m_error; }

    CoreServices &core() { return m_store.core(); }
    RefundService &refunds() { return m_store.core().refunds(); }
    AuthService &auth() { return *m_auth; }
    AccessPolicy &access() { return *m_access; }
    UserSession &session() { return *m_session; }
    UserAdministration &admin() { return *m_admin; }
    const SignedInUser &manager() const { return m_manager; }
    const SignedInUser &clerk() const { return m_clerk; }

    // An order for `lines`, paid on the simulator with the good card; waits
    // until the callback made it paid. Empty when that did not happen.
    std::optional<Order> paidOrder(const QList<std::pair<QString, int>> &lines);
    // The same, made by `buyer` (a customer at the kiosk).
    std::optional<Order> paidOrderBy(const SignedInUser &buyer,
                                     const QList<std::pair<QString, int>> &lines);
    // A kiosk customer who signs in with `email` and `pin`.
    std::optional<SignedInUser> addCustomer(const QString &email, const QString &displayName,
                                            const QString &pin);
    // Only created and paid: for a sale whose stock vanished meanwhile.
    std::optional<Payment> payOrder(qint64 orderId);

    Payment payment(qint64 id);
    QString status(const QString &table, qint64 id);
    qint64 count(const QString &table, const QString &where = QString());
    int stockOf(const QString &isbn);
    bool setStock(const QString &isbn, int stock);
    bool setFaults(const QJsonObject &faults);
    QJsonObject simRequest(const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, int *status = nullptr);

private:
    SimulatedStore m_store;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<UserAdministration> m_admin;
    std::unique_ptr<AccessPolicy> m_access;
    std::unique_ptr<UserSession> m_session;
    SignedInUser m_manager;
    SignedInUser m_clerk;
    QString m_error;
};

} // namespace quire::test
