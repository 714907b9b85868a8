#include "UserListModel.h"

#include "AuthFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

// Protects: the users page's model lists every account with its role and
// state, follows changes with the narrowest signals, never exposes a PIN
// hash, and keeps the model contract.
class UserListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAccountsAndFollowsChanges()
    {
        test::AuthFixture f;
        const SignedInUser owner = f.owner();
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("kim@example.org"), Role::Customer, QStringLiteral("161803"));

        UserListModel model(f.admin(), f.clock());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
        QCOMPARE(model.index(1, UserListModel::UsernameColumn).data().toString(),
                 QStringLiteral("alex"));
        QCOMPARE(model.index(1, UserListModel::RoleColumn).data().toString(),
                 QStringLiteral("Clerk"));
        QCOMPARE(model.index(2, UserListModel::UsernameColumn).data().toString(),
                 QStringLiteral("kim@example.org"));
        QCOMPARE(model.index(1, UserListModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        QCOMPARE(model.index(1, 0).data(UserListModel::UserIdRole).toLongLong(), alex.id);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!model.index(row, column).data().toString().startsWith(u'$'));
        }

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 5; ++i)
            (void)f.auth().signIn(QStringLiteral("alex"), QStringLiteral("000000"));
        QVERIFY(model.refresh());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, UserListModel::StatusColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, UserListModel::StatusColumn));
        QVERIFY(model.index(1, 0).data(UserListModel::LockedRole).toBool());
        QVERIFY(model.index(1, UserListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Locked until")));

        QVERIFY(f.admin().setDisabled(owner, alex.id, true).ok());
        f.addUser(QStringLiteral("sam"), Role::Manager, QStringLiteral("577215"));
        QVERIFY(model.refresh());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, UserListModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(model.rowOf(alex.id), 1);
        QCOMPARE(model.rowOf(9999), -1);

        QVERIFY(model.refresh()); // nothing changed: no signals
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(UserListModelTest)
#include "UserListModelTest.moc"
