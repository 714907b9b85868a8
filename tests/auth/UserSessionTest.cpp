#include "auth/UserSession.h"

#include "AuthFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace quire;
using namespace std::chrono_literals;
using Outcome = SignInAttempt::Outcome;

// Protects: the session knows who is signed in; it locks itself after the
// idle time (activity postpones it), only the same user's PIN lifts the
// lock, nothing is allowed while locked, and wrong PINs at the lock end in
// the account lock and a sign-out.
class UserSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInAndOut()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        UserSession session(f.auth());
        QSignalSpy signedIn(&session, &UserSession::signedIn);
        QSignalSpy signedOut(&session, &UserSession::signedOut);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.may(Permission::SellAtCounter));

        QCOMPARE(session.signIn(QStringLiteral("alex"), QStringLiteral("000000"))->outcome,
                 Outcome::Refused);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(signedIn.size(), 0);

        QCOMPARE(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->outcome,
                 Outcome::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.at(0).at(0).value<SignedInUser>(), alex);
        QCOMPARE(*session.user(), alex);
        QVERIFY(session.may(Permission::SellAtCounter));
        QVERIFY(!session.may(Permission::IssueRefund));

        session.signOut();
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.may(Permission::SellAtCounter));
    }

    void defaultsToFiveMinutes()
    {
        test::AuthFixture f;
        UserSession session(f.auth());
        QCOMPARE(session.idleTimeout(), std::chrono::milliseconds(5min));
    }

    void locksWhenIdleAndTheSamePinUnlocks()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        UserSession session(f.auth());
        session.setIdleTimeout(50ms);
        QSignalSpy locked(&session, &UserSession::locked);
        QSignalSpy unlocked(&session, &UserSession::unlocked);
        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());

        QTRY_VERIFY(session.isLocked());
        QCOMPARE(locked.size(), 1);
        QVERIFY(session.isSignedIn());
        QVERIFY(!session.may(Permission::SellAtCounter));
        session.recordActivity(); // input behind the lock does not lift it
        QVERIFY(session.isLocked());

        // Another person's PIN (the manager's) does not unlock alex's session.
        QCOMPARE(session.unlock(QStringLiteral("271828"))->outcome, Outcome::Refused);
        QVERIFY(session.isLocked());
        QCOMPARE(session.unlock(QStringLiteral("314159"))->outcome, Outcome::SignedIn);
        QVERIFY(!session.isLocked());
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(session.user()->username, QStringLiteral("alex"));
        QCOMPARE(f.auditCount(QStringLiteral("session_unlocked")), 1);
    }

    void activityPostponesTheLock()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        UserSession session(f.auth());
        session.setIdleTimeout(300ms);
        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());

        // Keep "typing" for longer than the timeout: the session stays open.
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 600) {
            session.recordActivity();
            QTest::qWait(20);
            QVERIFY(!session.isLocked());
        }
        QTRY_VERIFY(session.isLocked());
    }

    void anIdleCustomerIsSignedOutNotLocked()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("kim@example.org"), Role::Customer, QStringLiteral("951362"));
        UserSession session(f.auth());
        session.setIdleTimeout(50ms);
        QSignalSpy locked(&session, &UserSession::locked);
        QSignalSpy signedOut(&session, &UserSession::signedOut);
        QVERIFY(session.signIn(QStringLiteral("kim@example.org"), QStringLiteral("951362"))
                    ->succeeded());
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(locked.size(), 0);
    }

    void wrongPinsAtTheLockSignOut()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        UserSession session(f.auth());
        QSignalSpy signedOut(&session, &UserSession::signedOut);
        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());
        session.lock();
        QVERIFY(session.isLocked());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(session.unlock(QStringLiteral("000000"))->outcome, Outcome::Refused);
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.unlock(QStringLiteral("000000"))->outcome, Outcome::Locked);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("314159"))->outcome,
                 Outcome::Locked);
    }
};

QTEST_GUILESS_MAIN(UserSessionTest)
#include "UserSessionTest.moc"
