#include "auth/AccessPolicy.h"

#include "AuthFixture.h"

#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(quire::Role)
Q_DECLARE_METATYPE(quire::Permission)

namespace {

// The roles table of docs/security.md, written out independently of the
// policy's code so a change to either shows up here.
bool expected(Role role, Permission permission)
{
    static const QList<Permission> clerk{Permission::SellAtCounter, Permission::CancelOrder,
                                         Permission::ViewAllOrders, Permission::OperateTill};
    static const QList<Permission> manager{
        Permission::SellAtCounter,    Permission::CancelOrder,
        Permission::ViewAllOrders,    Permission::IssueRefund,
        Permission::ChangeSettings,   Permission::ManageUsers,
        Permission::LeaveKioskMode,   Permission::ApproveOverride,
        Permission::ImportCatalog,    Permission::OperateTill,
        Permission::TakeCashOut,      Permission::EnterPriceAboveLimit,
        Permission::ViewStoreReports, Permission::GiveLargeDiscount};
    static const QList<Permission> customer{Permission::BuyAtKiosk, Permission::ViewOwnOrders,
                                            Permission::RequestRefund};
    switch (role) {
    case Role::Clerk:
        return clerk.contains(permission);
    case Role::Manager:
        return manager.contains(permission);
    case Role::Customer:
        return customer.contains(permission);
    }
    return false;
}

} // namespace

// Protects: the one decision of who may do what, for every role against
// every permission; a refusal is audited and changes nothing else.
class AccessPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesEveryRoleAndPermission_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        for (Role role : {Role::Clerk, Role::Manager, Role::Customer}) {
            for (Permission permission : allPermissions()) {
                const QByteArray name
                    = (toDatabaseText(role) + u' ' + toAuditText(permission)).toUtf8();
                QTest::newRow(name.constData()) << role << permission << expected(role, permission);
            }
        }
    }

    void decidesEveryRoleAndPermission()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(AccessPolicy::allows(role, permission), allowed);

        test::AuthFixture f;
        const SignedInUser user = f.addUser(role == Role::Customer ? QStringLiteral("c@example.org")
                                                                   : QStringLiteral("someone"),
                                            role, QStringLiteral("482915"));
        const qint64 auditBefore = f.db().count(QStringLiteral("audit_log"));
        AccessPolicy policy(f.db().database(), f.clock());
        const auto decision = policy.authorize(user, permission, QStringLiteral("order 1"));
        QCOMPARE(decision.ok(), allowed);
        if (allowed) {
            QCOMPARE(f.db().count(QStringLiteral("audit_log")), auditBefore);
        } else {
            QVERIFY(AccessPolicy::isRefusal(decision.error()));
            QCOMPARE(f.db().count(QStringLiteral("audit_log")), auditBefore + 1);
            QCOMPARE(f.db().count(QStringLiteral("audit_log"),
                                  QStringLiteral("action = 'access_refused' AND entity_id = '%1'"
                                                 " AND actor_user_id = %2 AND detail LIKE "
                                                 "'%order 1%'")
                                      .arg(toAuditText(permission))
                                      .arg(user.id)),
                     1);
        }
    }

    void aDisabledOrDemotedAccountLosesItsRightsAtOnce()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        const SignedInUser second
            = f.addUser(QStringLiteral("second"), Role::Manager, QStringLiteral("271828"));
        AccessPolicy policy(f.db().database(), f.clock());
        QVERIFY(policy.authorize(alex, Permission::SellAtCounter).ok());

        // alex's session is still open on another till when a manager disables the account.
        QVERIFY(f.admin().setDisabled(owner, alex.id, true).ok());
        const auto refused = policy.authorize(alex, Permission::SellAtCounter);
        QVERIFY(!refused.ok());
        QVERIFY(AccessPolicy::isRefusal(refused.error()));
        QCOMPARE(f.db().count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'access_refused' AND detail LIKE "
                                             "'%disabled or changed%'")),
                 1);

        // A session that claims a role the account no longer has is refused too.
        SignedInUser promoted = alex;
        promoted.role = Role::Manager;
        QVERIFY(!policy.authorize(promoted, Permission::IssueRefund).ok());
        QVERIFY(policy.authorize(second, Permission::IssueRefund).ok());
    }

    void refusedUserManagementChangesNothing_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("clerk") << Role::Clerk;
        QTest::newRow("customer") << Role::Customer;
    }

    void refusedUserManagementChangesNothing()
    {
        QFETCH(Role, role);
        test::AuthFixture f;
        const SignedInUser target
            = f.addUser(QStringLiteral("target"), Role::Clerk, QStringLiteral("482915"));
        const SignedInUser actor = f.addUser(
            role == Role::Customer ? QStringLiteral("c@example.org") : QStringLiteral("actor"),
            role, QStringLiteral("739164"));
        for (int i = 0; i < 5; ++i)
            (void)f.auth().signIn(QStringLiteral("target"), QStringLiteral("000000"));

        auto usersBefore = f.admin().users();
        QVERIFY(usersBefore.ok());
        const qint64 auditBefore = f.db().count(QStringLiteral("audit_log"));

        UserAdministration::NewAccount account{QStringLiteral("intruder"),
                                               QStringLiteral("I"),
                                               Role::Manager,
                                               QStringLiteral("360847"),
                                               {},
                                               {}};
        QVERIFY(AccessPolicy::isRefusal(f.admin().createUser(actor, account).error()));
        QVERIFY(AccessPolicy::isRefusal(f.admin().setDisabled(actor, target.id, true).error()));
        QVERIFY(AccessPolicy::isRefusal(
            f.admin().resetPin(actor, target.id, QStringLiteral("000000")).error()));
        QVERIFY(AccessPolicy::isRefusal(f.admin().unlock(actor, target.id).error()));

        auto usersAfter = f.admin().users();
        QVERIFY(usersAfter.ok());
        QCOMPARE(usersAfter->size(), usersBefore->size());
        for (qsizetype i = 0; i < usersAfter->size(); ++i) {
            const User &before = usersBefore->at(i);
            const User &after = usersAfter->at(i);
            QCOMPARE(after.pinHash, before.pinHash);
            QCOMPARE(after.disabled, before.disabled);
            QCOMPARE(after.lockedUntilMs, before.lockedUntilMs);
            QCOMPARE(after.failedAttempts, before.failedAttempts);
        }
        QCOMPARE(f.db().count(QStringLiteral("audit_log")), auditBefore + 4);
        QCOMPARE(f.auditCount(QStringLiteral("access_refused")), 4);
    }
};

QTEST_GUILESS_MAIN(AccessPolicyTest)
#include "AccessPolicyTest.moc"
