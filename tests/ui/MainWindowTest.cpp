#include "MainWindow.h"

#include "EventLogModel.h"
#include "TestDatabase.h"
#include "flows/PurchaseFlow.h"
#include "persistence/EventLog.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace quire;

// Protects: the main window comes up on a real display, shows the store's
// activity as it happens, and marks demo mode.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsActivityAsItHappens()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        PurchaseFlow flow(db.database(), db.clock());
        EventLog log(db.database());
        EventLogModel model(log);
        QObject::connect(&flow, &PurchaseFlow::eventPublished, &model,
                         &EventLogModel::fetchNewEvents);

        MainWindow window(&model, db.path(), true);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *view = window.findChild<QTableView *>(QStringLiteral("activityView"));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("demoBanner"));
        auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(view && banner && databaseLabel);
        QVERIFY(banner->isVisible());
        QVERIFY(databaseLabel->text().contains(db.path()));
        QCOMPARE(window.windowTitle(), QStringLiteral("Quire (demo)"));

        QVERIFY(flow.createOrder({{QStringLiteral("9780141439518"), 1}},
                                 Actor::system(QStringLiteral("test")))
                    .ok());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, EventLogModel::TypeColumn).data().toString(),
                 QStringLiteral("OrderCreated"));
    }

    void hidesTheDemoBannerInAStore()
    {
        test::TestDatabase db;
        EventLog log(db.database());
        EventLogModel model(log);
        MainWindow window(&model, db.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Quire"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
