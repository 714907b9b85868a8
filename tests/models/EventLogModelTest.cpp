#include "EventLogModel.h"

#include "TestDatabase.h"
#include "flows/PurchaseFlow.h"
#include "persistence/EventLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

// Protects: the activity model pages through the event log lazily, follows
// new events, and keeps the model contract.
class EventLogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughTheLogAndFollowsNewEvents()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        PurchaseFlow flow(db.database(), db.clock());
        const Actor clerk = Actor::system(QStringLiteral("test"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(flow.createOrder({{QStringLiteral("9780141439518"), 1}}, clerk).ok());

        EventLog log(db.database());
        EventLogModel model(log, 2);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2); // one page, not the whole log

        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(&flow, &PurchaseFlow::eventPublished, &model,
                         &EventLogModel::fetchNewEvents);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0, EventLogModel::TypeColumn)).toString(),
                 QStringLiteral("OrderCreated"));
        QCOMPARE(model.data(model.index(4, EventLogModel::RecordColumn)).toString(),
                 QStringLiteral("order 5"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        auto order = flow.createOrder({{QStringLiteral("9780141439518"), 1}}, clerk);
        QVERIFY(order.ok());
        QVERIFY(flow.startPayment(order->id, clerk).ok());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.data(model.index(6, EventLogModel::TypeColumn)).toString(),
                 QStringLiteral("PaymentStarted"));
        QVERIFY(model.lastError().isEmpty());
    }

    void reportsAReadErrorInsteadOfLoopingOnIt()
    {
        test::TestDatabase db;
        EventLog log(db.database());
        EventLogModel model(log);
        QVERIFY(db.database().exec(QStringLiteral("DROP TABLE events")).ok());
        // SQLite: "no such table"; PostgreSQL: "relation ... does not exist".
        const QRegularExpression missing(QStringLiteral("no such table|does not exist"));
        QTest::ignoreMessage(QtWarningMsg, missing);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().contains(missing));
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(EventLogModelTest)
#include "EventLogModelTest.moc"
