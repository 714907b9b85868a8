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
                                           QStringLiteral("314159"), QStringLiteral("314159"));
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
        QCOMPARE(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("314159"))->outcome,
                 Outcome::SignedIn);
        QCOMPARE(f.auth().signIn(QStringLiteral("morgan"), QStringLiteral("271828"))->user->role,
                 Role::Manager);
        QCOMPARE(f.auth()
                     .signIn(QStringLiteral("demo@quire.test"), QStringLiteral("161803"))
                     ->user->role,
                 Role::Customer);
    }

    // A demo database seeded before the demo PINs changed still matches the
    // PINs the login screen lists.
    void movesDemoUsersOffTheirFormerPins()
    {
        test::AuthFixture f;
        UserRepository::NewUser alex;
        alex.username = QStringLiteral("alex");
        alex.displayName = QStringLiteral("Alex");
        alex.pinHash = *test::AuthFixture::hasher().hash(QStringLiteral("111111"));
        QVERIFY(UserRepository(f.db().database()).insert(alex, f.clock().nowMs()).ok());
        QCOMPARE(*f.admin().seedDemoUsers(), 2);
        QCOMPARE(f.auditCount(QStringLiteral("demo_user_pin_changed")), 1);
        QCOMPARE(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("314159"))->outcome,
                 Outcome::SignedIn);
        QCOMPARE(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("111111"))->outcome,
                 Outcome::Refused);
        QCOMPARE(*f.admin().seedDemoUsers(), 0);
        QCOMPARE(f.auditCount(QStringLiteral("demo_user_pin_changed")), 1);
    }

    void aManagerAddsDisablesAndResetsPins()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        UserAdministration::NewAccount account{QStringLiteral("jo"),
                                               QStringLiteral("Jo"),
                                               Role::Clerk,
                                               QStringLiteral("508317"),
                                               {},
                                               {}};
        auto jo = f.admin().createUser(owner, account);
        QVERIFY(jo.ok());
        QCOMPARE(f.admin().createUser(owner, account).error().kind, ErrorKind::Conflict);

        QVERIFY(f.admin().setDisabled(owner, jo->id, true).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("508317"))->outcome,
                 Outcome::Refused);
        QVERIFY(f.admin().setDisabled(owner, jo->id, false).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("508317"))->outcome,
                 Outcome::SignedIn);

        for (int i = 0; i < 5; ++i)
            (void)f.auth().signIn(QStringLiteral("jo"), QStringLiteral("000000"));
        QVERIFY(f.admin().resetPin(owner, jo->id, QStringLiteral("842057")).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("508317"))->outcome,
                 Outcome::Refused);
        QCOMPARE(f.auth().signIn(QStringLiteral("jo"), QStringLiteral("842057"))->outcome,
                 Outcome::SignedIn);
        QVERIFY(!f.admin().resetPin(owner, jo->id, QStringLiteral("12")).ok());

        QCOMPARE(f.auditCount(QStringLiteral("user_created")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user_disabled")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user_enabled")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("pin_reset")), 1);
    }

    // Issue 14.8: no new PIN a guesser tries first, wherever it is set; the
    // refusal says why and changes nothing.
    void refusesTrivialNewPinsEverywhere()
    {
        test::AuthFixture f;
        const auto firstManager
            = f.admin().createFirstManager(QStringLiteral("pat"), QStringLiteral("Pat"),
                                           QStringLiteral("123456"), QStringLiteral("123456"));
        QVERIFY(!firstManager.ok());
        QVERIFY2(firstManager.error().message.contains(QStringLiteral("too easy to guess")),
                 qPrintable(firstManager.error().message));
        QCOMPARE(*f.admin().needsFirstManager(), true);

        const SignedInUser owner = f.owner();
        UserAdministration::NewAccount account{QStringLiteral("jo"),
                                               QStringLiteral("Jo"),
                                               Role::Clerk,
                                               QStringLiteral("000000"),
                                               {},
                                               {}};
        const auto same = f.admin().createUser(owner, account);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().kind, ErrorKind::Invalid);
        QVERIFY(same.error().message.contains(QStringLiteral("same digit")));
        account.username = QStringLiteral("till470318");
        account.pin = QStringLiteral("470318");
        QVERIFY(!f.admin().createUser(owner, account).ok());

        UserAdministration::NewAccount customer;
        customer.role = Role::Customer;
        customer.displayName = QStringLiteral("Kim");
        customer.loyaltyCard = QStringLiteral("5550 1902 8374 6");
        customer.pin = QStringLiteral("019028");
        QVERIFY(!f.admin().createUser(owner, customer).ok());
        QCOMPARE(f.db().count(QStringLiteral("users")), 1);

        account.pin = QStringLiteral("508317");
        auto jo = f.admin().createUser(owner, account);
        QVERIFY(jo.ok());
        const auto reset = f.admin().resetPin(owner, jo->id, QStringLiteral("121212"));
        QVERIFY(!reset.ok());
        QVERIFY(reset.error().message.contains(QStringLiteral("pattern")));
        QCOMPARE(f.auth().signIn(QStringLiteral("till470318"), QStringLiteral("508317"))->outcome,
                 Outcome::SignedIn);
        QCOMPARE(f.auditCount(QStringLiteral("pin_reset")), 0);
    }

    // Only new PINs are checked: an account stored with a PIN that would be
    // refused today still signs in.
    void storedTrivialPinsKeepWorking()
    {
        test::AuthFixture f;
        UserRepository::NewUser old;
        old.username = QStringLiteral("old");
        old.displayName = QStringLiteral("Old Timer");
        old.pinHash = *test::AuthFixture::hasher().hash(QStringLiteral("111111"));
        QVERIFY(UserRepository(f.db().database()).insert(old, f.clock().nowMs()).ok());
        QCOMPARE(f.auth().signIn(QStringLiteral("old"), QStringLiteral("111111"))->outcome,
                 Outcome::SignedIn);
    }

    void keepsTheStoreManageable()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        QVERIFY(!f.admin().setDisabled(owner, owner.id, true).ok());
        const SignedInUser second
            = f.addUser(QStringLiteral("second"), Role::Manager, QStringLiteral("275039"));
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
