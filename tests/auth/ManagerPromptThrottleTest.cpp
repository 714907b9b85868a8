#include "auth/ManagerPromptThrottle.h"

#include "ManualClock.h"

#include <QTest>

using namespace quire;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

// Protects: a manager prompt slows down after a few wrong PINs, the wait
// doubles up to its cap, a success starts it over, and only the monotonic
// clock counts (setting the system time neither ends nor stretches a wait).
class ManagerPromptThrottleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsDoubleAfterTheFreeAttemptsUpToTheCap()
    {
        test::ManualClock clock;
        ManagerPromptThrottle throttle(clock, {3, seconds(30), minutes(15)});
        QCOMPARE(throttle.recordFailure(), milliseconds(0));
        QCOMPARE(throttle.recordFailure(), milliseconds(0));
        QVERIFY(!throttle.isThrottled());
        QCOMPARE(throttle.recordFailure(), milliseconds(seconds(30)));
        QCOMPARE(throttle.remaining(), milliseconds(seconds(30)));

        const QList<milliseconds> expected{seconds(60), seconds(120), seconds(240), seconds(480),
                                           minutes(15), minutes(15),  minutes(15)};
        milliseconds previous = seconds(30);
        for (const milliseconds wait : expected) {
            clock.advanceMs(previous.count() - 1);
            QVERIFY(throttle.isThrottled());
            clock.advanceMs(1);
            QVERIFY(!throttle.isThrottled());
            QCOMPARE(throttle.recordFailure(), wait);
            QCOMPARE(throttle.remaining(), wait);
            previous = wait;
        }
        QCOMPARE(throttle.failures(), 10);
    }

    void aSuccessStartsOver()
    {
        test::ManualClock clock;
        ManagerPromptThrottle throttle(clock);
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure();
        QVERIFY(throttle.isThrottled());
        throttle.recordSuccess();
        QVERIFY(!throttle.isThrottled());
        QCOMPARE(throttle.failures(), 0);
        QCOMPARE(throttle.recordFailure(), milliseconds(0));
    }

    void onlyTheMonotonicClockCounts()
    {
        test::ManualClock clock;
        ManagerPromptThrottle throttle(clock);
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure();
        clock.jumpWallClockMs(24 * 3600 * 1000);
        QCOMPARE(throttle.remaining(), milliseconds(seconds(30)));
        clock.jumpWallClockMs(-48 * 3600 * 1000);
        QCOMPARE(throttle.remaining(), milliseconds(seconds(30)));
        clock.advanceMs(30'000);
        QVERIFY(!throttle.isThrottled());
    }

    void aHugeFailureCountDoesNotOverflow()
    {
        test::ManualClock clock;
        ManagerPromptThrottle throttle(clock, {1, seconds(30), minutes(15)});
        for (int i = 0; i < 200; ++i)
            QCOMPARE(throttle.recordFailure() <= milliseconds(minutes(15)), true);
        QCOMPARE(throttle.remaining(), milliseconds(minutes(15)));
    }
};

QTEST_GUILESS_MAIN(ManagerPromptThrottleTest)
#include "ManagerPromptThrottleTest.moc"
