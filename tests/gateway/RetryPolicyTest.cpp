#include "gateway/RetryPolicy.h"

#include <QList>
#include <QTest>

using quire::JitterSource;
using quire::RetryPolicy;

// Protects: retries back off exponentially with full jitter and never wait
// longer than the cap, so a struggling gateway is not hammered and a
// customer is not left waiting for minutes.
class RetryPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingsDoubleUpToTheCap()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 250;
        policy.maxDelayMs = 1500;
        QCOMPARE(policy.delayCeilingMs(1), 250);
        QCOMPARE(policy.delayCeilingMs(2), 500);
        QCOMPARE(policy.delayCeilingMs(3), 1000);
        QCOMPARE(policy.delayCeilingMs(4), 1500);
        QCOMPARE(policy.delayCeilingMs(60), 1500); // no overflow for absurd counts
        QCOMPARE(policy.delayCeilingMs(0), 0);
    }

    void drawsEachDelayFromZeroToTheCeiling()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 10'000;
        QList<qint64> bounds;
        const JitterSource recordingHalf = [&bounds](qint64 upper) {
            bounds.append(upper);
            return upper / 2;
        };
        QCOMPARE(policy.delayBeforeRetryMs(1, recordingHalf), 50);
        QCOMPARE(policy.delayBeforeRetryMs(2, recordingHalf), 100);
        QCOMPARE(policy.delayBeforeRetryMs(3, recordingHalf), 200);
        QCOMPARE(bounds, (QList<qint64>{100, 200, 400}));

        const JitterSource lowest = [](qint64) { return qint64(0); };
        QCOMPARE(policy.delayBeforeRetryMs(3, lowest), 0);
        const JitterSource highest = [](qint64 upper) { return upper; };
        QCOMPARE(policy.delayBeforeRetryMs(3, highest), 400);
    }

    void clampsAMisbehavingJitterSource()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        const JitterSource tooBig = [](qint64 upper) { return upper * 10; };
        const JitterSource negative = [](qint64) { return qint64(-5); };
        QCOMPARE(policy.delayBeforeRetryMs(1, tooBig), 100);
        QCOMPARE(policy.delayBeforeRetryMs(1, negative), 0);
    }

    void systemJitterStaysInRange()
    {
        const JitterSource jitter = quire::systemJitterSource();
        for (int i = 0; i < 1000; ++i) {
            const qint64 value = jitter(7);
            QVERIFY(value >= 0 && value <= 7);
        }
        QCOMPARE(jitter(0), 0);
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "RetryPolicyTest.moc"
