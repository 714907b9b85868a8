#include "auth/UserAdministration.h"

#include "AuthFixture.h"
#include "auth/DemoUser.h"

#include <QTest>

using namespace quire;
using Outcome = SignInAttempt::Outcome;

// Protects: a fresh store has no default password and asks for its first
// manager exactly once; the demo users exist only when seeded; a manager's
// changes to accounts are audited and keep the store manageable.
class UserAdministrationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFreshStoreHasNoUsersAndAsksForTheFirstManager()
    {
        test::AuthFixture f;
        QCOMPARE(f.db().count(QStringLiteral("users")), 0);
        QCOMPARE(*f.admin().needsFirstManager(), true);

        auto mismatch
            = f.admin().createFirstManager(QStringLiteral("pat"), QStringLiteral("Pat"),
                                           QStringLiteral("135790"), QStringLiteral("135791"));
        QVERIFY(!mismatch.ok());
        QVERIFY(!f.admin()
                     .createFirstManager(QStringLiteral("pat"), QStringLiteral("Pat"),
                                         QStringLiteral("1357"), QStringLiteral("1357"))
                     .ok());
        QVERIFY(!f.admin()
                     .createFirstManager(QStringLiteral("9pat"), QStringLiteral("Pat"),
                                         QStringLiteral("135790"), QStringLiteral("135790"))
                     .ok());
        QCOMPARE(f.db().count(QStringLiteral("users")), 0);

        auto pat = f.admin().createFirstManager(QStringLiteral("Pat"), QStringLiteral("Pat Lee"),
                                                QStringLiteral("135790"), QStringLiteral("135790"));
        QVERIFY2(pat.ok(), qPrintable(pat.ok() ? QString() : pat.error().message));
        QCOMPARE(pat->role, Role::Manager);
        QCOMPARE(pat->username, QStringLiteral("pat"));
        QCOMPARE(*f.admin().needsFirstManager(), false);
        QCOMPARE(f.auditCount(QStringLiteral("first_manager_created")), 1);
        QCOMPARE(f.auth().signIn(QStringLiteral("pat"), QStringLiteral("135790"))->outcome,
                 Outcome::SignedIn);

        auto second
            = f.admin().createFirstManager(QStringLiteral("eve"), QStringLiteral("Eve"),
                                           QStringLiteral("111111"), QStringLiteral("111111"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::Conflict);
        QCOMPARE(f.db().count(QStringLiteral("users")), 1);
    }

    void seedsTheNamedDemoUsersOnce()
    {
        test::AuthFixture f;
        auto seeded = f.admin().seedDemoUsers();
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        QCOMPARE(*seeded, 3);
        QCOMPARE(*f.admin().seedDemoUsers(), 0);
        QCOMPARE(f.db().count(QStringLiteral("users")), 3);
        QCOMPARE(f.auditCount(QStringLiteral("demo_user_created")), 3);
        QCOMPARE(*f.admin().needsFirstManager(), false);

        QCOMPARE(DemoUser::all().size(), 3);
        for (const DemoUser &demo : DemoUser::all()) {
            auto attempt = f.auth().signIn(demo.signInName, demo.pin);
            QVERIFY(attempt.ok());
            QCOMPARE(attempt->outcome, Outcome::SignedIn);
            QCOMPARE(attempt->user->role, demo.role);
        }
        QCOMPARE(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("111111"))->outcome,
                 Outcome::SignedIn);
        QCOMPARE(f.auth().signIn(QStringLiteral("morgan"), QStringLiteral("222222"))->user->role,
                 Role::Manager);
        QCOMPARE(f.auth()
                     .signIn(QStringLiteral("demo@quire.test"), QStringLiteral("333333"))
                     ->user->role,
                 Role::Customer);
    }

    void aManagerAddsDisablesAndResetsPins()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        UserAdministration::NewAccount account{QStringLiteral("jo"),
                                               QStringLiteral("Jo"),
                                               Role::Clerk,
                                               QStringLiteral("121212"),
                                               {},
                                               {}};
        auto jo = f.admin().createUser(owner, account);
        QVERIFY(jo.ok());
        QCOMPARE(f.admin().createUser(owner, account).error().kind, ErrorKind::Conflict);

        QVERIFY(f.admin().setDisabled(owner, jo->id, true).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("121212"))->outcome,
                 Outcome::Refused);
        QVERIFY(f.admin().setDisabled(owner, jo->id, false).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("121212"))->outcome,
                 Outcome::SignedIn);

        for (int i = 0; i < 5; ++i)
            (void)f.auth().signIn(QStringLiteral("jo"), QStringLiteral("000000"));
        QVERIFY(f.admin().resetPin(owner, jo->id, QStringLiteral("343434")).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("121212"))->outcome,
                 Outcome::Refused);
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("343434"))->outcome,
                 Outcome::SignedIn);
        QVERIFY(!f.admin().resetPin(owner, jo->id, QStringLiteral("12")).ok());

        QCOMPARE(f.auditCount(QStringLiteral("user_created")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user_disabled")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user_enabled")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("pin_reset")), 1);
    }

    void keepsTheStoreManageable()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        QVERIFY(!f.admin().setDisabled(owner, owner.id, true).ok());
        const SignedInUser second
            = f.addUser(QStringLiteral("second"), Role::Manager, QStringLiteral("565656"));
        QVERIFY(f.admin().setDisabled(second, owner.id, true).ok());
        // `owner` is disabled: their still-open session cannot act, and
        // `second`, the last enabled manager, stays enabled.
        const auto last = f.admin().setDisabled(owner, second.id, true);
        QVERIFY(!last.ok());
        QCOMPARE(f.db().count(QStringLiteral("users"),
                              QStringLiteral("role = 'manager' AND disabled = 0")),
                 1);
    }
};

QTEST_GUILESS_MAIN(UserAdministrationTest)
#include "UserAdministrationTest.moc"
