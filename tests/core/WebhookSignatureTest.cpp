#include "gateway/WebhookSignature.h"

#include "TestPrinters.h"

#include <QTest>
#include <limits>

using quire::WebhookSignature;

// Protects: only bodies signed with a current secret, recently, are accepted.
class WebhookSignatureTest : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_body = R"({"id":"evt_1","type":"checkout.session.completed"})";
    const QByteArray m_secret = "whsec_current";
    const qint64 m_now = 1'795'000'000;

private Q_SLOTS:
    void matchesAKnownVector()
    {
        // HMAC-SHA256("key", "1.body"), computed independently with
        //   printf '1.body' | openssl dgst -sha256 -hmac key
        QCOMPARE(
            WebhookSignature::sign("body", {"key"}, 1),
            QByteArray("t=1,v1=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5"));
    }

    void acceptsASignedBody()
    {
        const QByteArray header = WebhookSignature::sign(m_body, {m_secret}, m_now - 10);
        QVERIFY(WebhookSignature::verify(header, m_body, {m_secret}, m_now).ok());
    }

    void acceptsAnySecretDuringRotation()
    {
        const QByteArray signedWithOld = WebhookSignature::sign(m_body, {"whsec_old"}, m_now);
        QVERIFY(
            WebhookSignature::verify(signedWithOld, m_body, {m_secret, "whsec_old"}, m_now).ok());
        const QByteArray twoSignatures
            = WebhookSignature::sign(m_body, {"whsec_unknown", m_secret}, m_now);
        QVERIFY(WebhookSignature::verify(twoSignatures, m_body, {m_secret}, m_now).ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray good = WebhookSignature::sign(m_body, {m_secret}, m_now);
        QTest::newRow("missing") << QByteArray() << m_body << "missing";
        QTest::newRow("tampered body")
            << good << QByteArray(m_body).replace("evt_1", "evt_2") << "does not match";
        QTest::newRow("old secret only") << WebhookSignature::sign(m_body, {"whsec_retired"}, m_now)
                                         << m_body << "does not match";
        QTest::newRow("replayed later")
            << WebhookSignature::sign(m_body, {m_secret}, m_now - 301) << m_body << "tolerance";
        QTest::newRow("from the future")
            << WebhookSignature::sign(m_body, {m_secret}, m_now + 301) << m_body << "tolerance";
        QTest::newRow("no timestamp") << QByteArray("v1=abcdef") << m_body << "no timestamp";
        QTest::newRow("no v1") << QByteArray("t=1795000000,v0=abcdef") << m_body << "no v1";
        QTest::newRow("garbage") << QByteArray("garbage") << m_body << "malformed";
        QTest::newRow("two timestamps")
            << QByteArray("t=1795000000,t=1795000001,v1=00") << m_body << "malformed";
        QTest::newRow("truncated signature")
            << good.left(good.size() - 2) << m_body << "does not match";
    }
    void rejects()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto verdict = WebhookSignature::verify(header, body, {m_secret}, m_now);
        QVERIFY(!verdict.ok());
        QVERIFY2(verdict.error().message.contains(reason), qPrintable(verdict.error().message));
        QVERIFY(!verdict.error().message.contains(QString::fromLatin1(m_secret)));
    }

    // A correctly signed timestamp at the ends of the 64-bit range: the age
    // must be computed without overflowing. Wrapped, now - INT64_MIN came out
    // as a large negative age that passed a wide tolerance (and UBSan reports
    // the overflow itself).
    void rejectsTimestampsWhoseAgeOverflows_data()
    {
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<qint64>("tolerance");
        const qint64 lowest = std::numeric_limits<qint64>::min();
        const qint64 highest = std::numeric_limits<qint64>::max();
        QTest::newRow("lowest, default tolerance")
            << lowest << WebhookSignature::kDefaultToleranceSeconds;
        QTest::newRow("lowest, widest tolerance") << lowest << highest;
        QTest::newRow("lowest + 1, widest tolerance") << lowest + 1 << highest;
    }
    void rejectsTimestampsWhoseAgeOverflows()
    {
        QFETCH(qint64, timestamp);
        QFETCH(qint64, tolerance);
        const QByteArray header = WebhookSignature::sign(m_body, {m_secret}, timestamp);
        const auto verdict = WebhookSignature::verify(header, m_body, {m_secret}, m_now, tolerance);
        QVERIFY(!verdict.ok());
        QVERIFY2(verdict.error().message.contains(QStringLiteral("tolerance")),
                 qPrintable(verdict.error().message));
    }

    void comparesInConstantTime()
    {
        QVERIFY(WebhookSignature::constantTimeEquals("abc", "abc"));
        QVERIFY(!WebhookSignature::constantTimeEquals("abc", "abd"));
        QVERIFY(!WebhookSignature::constantTimeEquals("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(WebhookSignatureTest)
#include "WebhookSignatureTest.moc"
