#include "LifecycleAudit.h"

#include "TestDatabase.h"
#include "flows/PurchaseFlow.h"

#include <QTest>

using namespace quire;

// Protects: the crash harness's verdicts. LifecycleAudit finds nothing wrong
// in histories the flow writes, and finds each kind of damage a crash could
// leave (an event without its status change, a status without its event, a
// second OrderPaid, a second paid attempt, a half-done gateway event claim).
class LifecycleAuditTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PurchaseFlow> m_flow;
    const Actor m_clerk = Actor::system(QStringLiteral("audit-test"));
    qint64 m_orderId = 0;
    qint64 m_paymentId = 0;

    void exec(const QString &sql)
    {
        auto done = m_db->database().exec(sql);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    }
    QString findings() { return test::LifecycleAudit::run(m_db->database()).join(u'\n'); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        m_db->addBook(QStringLiteral("9780141439518"), QStringLiteral("Emma"), 899);
        m_flow = std::make_unique<PurchaseFlow>(m_db->database(), m_db->clock());
        // A paid order after a declined attempt, and an open order.
        auto order = m_flow->createOrder({{QStringLiteral("9780141439518"), 1}}, m_clerk);
        QVERIFY(order.ok());
        m_orderId = order->id;
        auto declined = m_flow->startPayment(m_orderId, m_clerk);
        QVERIFY(declined.ok());
        QVERIFY(
            m_flow->recordPaymentFailed(declined->id, QStringLiteral("declined"), m_clerk).ok());
        auto paid = m_flow->startPayment(m_orderId, m_clerk);
        QVERIFY(paid.ok());
        m_paymentId = paid->id;
        QVERIFY(m_flow->confirmPaymentPaid(m_paymentId, m_clerk).ok());
        auto open = m_flow->createOrder({{QStringLiteral("9780141439518"), 2}}, m_clerk);
        QVERIFY(open.ok());
        QVERIFY(m_flow->startPayment(open->id, m_clerk).ok());
    }
    void cleanup()
    {
        m_flow.reset();
        m_db.reset();
    }

    void soundHistoriesPass() { QCOMPARE(findings(), QString()); }

    void damageIsFound_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("finding");
        QTest::newRow("second OrderPaid")
            << QStringLiteral("INSERT INTO events (type, aggregate_type, aggregate_id, payload, "
                              "occurred_at) VALUES ('OrderPaid', 'order', 1, '{}', 0)")
            << QStringLiteral("order 1 was paid 2 times");
        QTest::newRow("event without its status change")
            << QStringLiteral("INSERT INTO events (type, aggregate_type, aggregate_id, payload, "
                              "occurred_at) VALUES ('PaymentTimedOut', 'payment', 3, '{}', 0)")
            << QStringLiteral("payment 3 is 'pending' but its last event says 'timeout'");
        QTest::newRow("status change without its event")
            << QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE id = 2")
            << QStringLiteral("order 2 is 'cancelled' but its last event says 'created'");
        QTest::newRow("a second paid attempt")
            << QStringLiteral("UPDATE payments SET status = 'paid' WHERE id = 1")
            << QStringLiteral("order 1 is 'paid' with 2 paid attempts");
        QTest::newRow("a half-done claim")
            << QStringLiteral("INSERT INTO gateway_events (event_id, type, outcome, received_at) "
                              "VALUES ('evt_1', 'x', 'processing', 0)")
            << QStringLiteral("1 gateway events left 'processing'");
    }
    void damageIsFound()
    {
        QFETCH(QString, damage);
        QFETCH(QString, finding);
        exec(damage);
        QVERIFY2(findings().contains(finding), qPrintable(findings()));
    }

    // The session follow-up check: an ended attempt whose session is open at
    // the gateway is fine while it is followed, and reported once the
    // follow-up was closed without the gateway closing the session, or when
    // everything should have been closed by now.
    void sessionsLeftOpenAreFound()
    {
        exec(QStringLiteral("UPDATE payments SET gateway_session_id = 'cs_declined' WHERE id = 1"));
        const QSet<QString> open{QStringLiteral("cs_declined")};
        QCOMPARE(test::LifecycleAudit::sessionsLeftOpen(m_db->database(), open), QStringList());
        QCOMPARE(test::LifecycleAudit::sessionsLeftOpen(m_db->database(), {}, true), QStringList());
        const QString late
            = test::LifecycleAudit::sessionsLeftOpen(m_db->database(), open, true).join(u'\n');
        QVERIFY2(late.contains(QStringLiteral("payment 1 is 'failed' but its session cs_declined "
                                              "is still open")),
                 qPrintable(late));
        exec(QStringLiteral("UPDATE payments SET session_closed_at = 1 WHERE id = 1"));
        const QString lost
            = test::LifecycleAudit::sessionsLeftOpen(m_db->database(), open).join(u'\n');
        QVERIFY2(lost.contains(QStringLiteral("nothing follows it up")), qPrintable(lost));
    }
};

QTEST_GUILESS_MAIN(LifecycleAuditTest)
#include "LifecycleAuditTest.moc"
