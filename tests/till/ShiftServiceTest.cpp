#include "TillFixture.h"
#include "persistence/AuditLog.h"
#include "persistence/ShiftRepository.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518");

} // namespace

// Protects: a till's shift opens with its float, takes cash in and out with
// a reason, opens the drawer without a sale only with a manager, and closes
// with a count by denomination into an immutable Z report numbered per
// terminal; each change commits with its event and audit row, a refusal
// changes nothing and is audited; counter sales are linked to the shift (and
// refused without one when the store says so).
class ShiftServiceTest : public QObject
{
    Q_OBJECT

private:
    qint64 count(test::TillFixture &f, const QString &table, const QString &where = QString())
    {
        return f.db().count(table, where);
    }

private Q_SLOTS:
    void opensAShiftWithItsEventAndAuditRow()
    {
        test::TillFixture f;
        QSignalSpy published(&f.flow(), &PurchaseFlow::eventPublished);
        auto opened = f.shifts().openShift(f.money(15000), f.clerk);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(opened->open);
        QCOMPARE(opened->terminalId, QStringLiteral("counter-1"));
        QCOMPARE(opened->openingFloat, f.money(15000));
        QCOMPARE(opened->openedBy, *f.clerk.userId);
        QCOMPARE(f.eventTypes(AggregateType::Shift, opened->id),
                 QStringList{QStringLiteral("ShiftOpened")});
        QCOMPARE(published.size(), 1);
        const auto audit = AuditLog(f.database())
                               .forEntity(QStringLiteral("shift"), QString::number(opened->id));
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->at(0).action, QStringLiteral("ShiftOpened"));
        QCOMPARE(audit->at(0).toStatus, QStringLiteral("open"));
        QCOMPARE(audit->at(0).actor.userId, f.clerk.userId);

        auto current = f.shifts().currentShift();
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->id, opened->id);
    }

    void oneOpenShiftPerTerminal()
    {
        test::TillFixture f;
        f.openShift();
        const qint64 events = count(f, QStringLiteral("events"));
        auto again = f.shifts().openShift(f.money(5000), f.otherClerk);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(count(f, QStringLiteral("shifts")), 1);
        QCOMPARE(count(f, QStringLiteral("events")), events);

        // Another counter of the same store has a till of its own.
        ShiftService second(f.flow(), QStringLiteral("counter-2"), false, {});
        auto other = second.openShift(f.money(5000), f.otherClerk);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        QCOMPARE(count(f, QStringLiteral("shifts"), QStringLiteral("status = 'open'")), 2);
    }

    void refusalsChangeNothingAndAreAudited()
    {
        test::TillFixture f;
        const qint64 events = count(f, QStringLiteral("events"));
        auto byCustomer = f.shifts().openShift(f.money(1000), f.customer);
        QVERIFY(!byCustomer.ok());
        QCOMPARE(byCustomer.error().kind, ErrorKind::Forbidden);
        auto byNobody
            = f.shifts().openShift(f.money(1000), Actor::system(QStringLiteral("counter")));
        QCOMPARE(byNobody.error().kind, ErrorKind::Forbidden);
        QCOMPARE(count(f, QStringLiteral("shifts")), 0);
        QCOMPARE(count(f, QStringLiteral("events")), events);
        QCOMPARE(count(f, QStringLiteral("audit_log"),
                       QStringLiteral("action = 'access_refused' AND entity_id = 'operate_till'")),
                 2);

        auto negative = f.shifts().openShift(f.money(-1), f.clerk);
        QCOMPARE(negative.error().kind, ErrorKind::Invalid);
    }

    void theKioskHasNoTill()
    {
        test::TillFixture f({}, QStringLiteral("kiosk-1"), true);
        auto opened = f.shifts().openShift(f.money(1000), f.manager);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Invalid);
        QCOMPARE(count(f, QStringLiteral("shifts")), 0);
    }

    void cashInAndOutWithReasonsAndRoles()
    {
        test::TillFixture f;
        const Shift shift = f.openShift(10000);

        auto in
            = f.shifts().addCash(f.money(2000), QStringLiteral("change from the safe"), f.clerk);
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().message));
        QCOMPARE(f.scalar(QStringLiteral("SELECT kind FROM cash_movements WHERE id = ?"), {*in})
                     .toString(),
                 QStringLiteral("cash_in"));

        // A clerk takes nothing out: a manager (or the manager's override) does.
        const qint64 events = count(f, QStringLiteral("events"));
        auto byClerk = f.shifts().takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                                           QStringLiteral("window cleaner"), f.clerk);
        QCOMPARE(byClerk.error().kind, ErrorKind::Forbidden);
        QCOMPARE(count(f, QStringLiteral("events")), events);
        QCOMPARE(count(f, QStringLiteral("audit_log"),
                       QStringLiteral("action = 'access_refused' AND entity_id = 'take_cash_out'")),
                 1);
        auto noReason = f.shifts().takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                                            QStringLiteral("  "), f.manager);
        QCOMPARE(noReason.error().kind, ErrorKind::Invalid);
        auto tooMuch = f.shifts().takeCash(ShiftService::CashOut::BankDrop, f.money(12001),
                                           QStringLiteral("bank"), f.manager);
        QCOMPARE(tooMuch.error().kind, ErrorKind::Invalid);

        auto paidOut = f.shifts().takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                                           QStringLiteral("window cleaner"), f.manager);
        QVERIFY2(paidOut.ok(), paidOut.ok() ? "" : qPrintable(paidOut.error().message));
        auto drop = f.shifts().takeCash(ShiftService::CashOut::BankDrop, f.money(5000),
                                        QStringLiteral("bank"), f.manager);
        QVERIFY(drop.ok());

        QCOMPARE(f.eventTypes(AggregateType::Shift, shift.id),
                 (QStringList{QStringLiteral("ShiftOpened"), QStringLiteral("CashAdded"),
                              QStringLiteral("CashRemoved"), QStringLiteral("CashRemoved")}));
        // Each movement opened the drawer; none is configured, so by hand.
        QCOMPARE(count(f, QStringLiteral("drawer_openings"),
                       QStringLiteral("reason = 'cash_movement' AND outcome = 'by_hand'")),
                 3);
        auto report = f.shifts().xReport();
        QVERIFY(report.ok());
        QCOMPARE(report->expectedCashMinor, 10000 + 2000 - 500 - 5000);
    }

    void noSaleNeedsAReasonAndAManager()
    {
        test::TillFixture f;
        f.openShift();
        QSignalSpy byHand(&f.shifts(), &ShiftService::drawerNeedsHand);
        auto byClerk
            = f.shifts().openWithoutSale(QStringLiteral("change for the parking meter"), f.clerk);
        QCOMPARE(byClerk.error().kind, ErrorKind::Forbidden);
        QCOMPARE(f.shifts().openWithoutSale(QString(), f.manager).error().kind, ErrorKind::Invalid);
        QCOMPARE(count(f, QStringLiteral("drawer_openings")), 0);

        auto opened
            = f.shifts().openWithoutSale(QStringLiteral("change for the parking meter"), f.manager);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, ShiftService::DrawerResult::OpenByHand);
        QCOMPARE(byHand.size(), 1);
        QCOMPARE(count(f, QStringLiteral("drawer_openings"),
                       QStringLiteral("reason = 'no_sale' AND outcome = 'by_hand'")),
                 1);
        const qint64 openingId
            = f.scalar(QStringLiteral("SELECT id FROM drawer_openings")).toLongLong();
        QCOMPARE(f.eventTypes(AggregateType::Drawer, openingId),
                 QStringList{QStringLiteral("DrawerOpened")});
        const auto audit = AuditLog(f.database())
                               .forEntity(QStringLiteral("drawer"), QString::number(openingId));
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->at(0).actor.userId, f.manager.userId);
        QVERIFY(audit->at(0).detail.contains(QStringLiteral("parking meter")));
        QCOMPARE(f.shifts().xReport()->noSales.count, 1);
    }

    void closesWithACountByDenominationIntoAZReport()
    {
        test::TillFixture f;
        const Shift shift = f.openShift(10000);
        QVERIFY(f.shifts().addCash(f.money(2000), QStringLiteral("coins"), f.clerk).ok());
        QVERIFY(f.shifts()
                    .takeCash(ShiftService::CashOut::PaidOut, f.money(500),
                              QStringLiteral("stamps"), f.manager)
                    .ok());
        // Expected 115.00; counted 100 + 10 + 2 x 2 = 114.00: 1.00 short.
        const QMap<qint64, int> counted{{10000, 1}, {1000, 1}, {200, 2}, {50, 0}};
        auto closed = f.shifts().closeShift(counted, f.clerk);
        QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
        QCOMPARE(closed->zNumber, 1);
        QCOMPARE(closed->expectedCashMinor, 11500);
        QCOMPARE(*closed->countedMinor, 11400);
        QCOMPARE(*closed->differenceMinor, -100);

        auto stored = ShiftRepository(f.database()).find(shift.id);
        QVERIFY(stored.ok());
        QVERIFY(!stored->open);
        QCOMPARE(stored->expected, f.money(11500));
        QCOMPARE(stored->counted, f.money(11400));
        QCOMPARE(stored->difference, f.money(-100));
        QCOMPARE(stored->countedDenominations,
                 (QMap<qint64, int>{{10000, 1}, {1000, 1}, {200, 2}}));
        QCOMPARE(f.eventTypes(AggregateType::Shift, shift.id).constLast(),
                 QStringLiteral("ShiftClosed"));
        auto z = ShiftRepository(f.database()).zReportOf(shift.id);
        QVERIFY(z.ok() && z->has_value());
        QCOMPARE((*z)->number, 1);
        QVERIFY((*z)->csv.contains(QStringLiteral("cash,difference,,-1.00\n")));
        QVERIFY((*z)->csv.contains(QStringLiteral("cash,expected,,115.00\n")));
        QCOMPARE(f.shifts().currentShift()->has_value(), false);

        // Never changed afterwards, not even by hand.
        QVERIFY(!f.database()
                     .exec(QStringLiteral("UPDATE z_reports SET csv = 'x' WHERE shift_id = ?"),
                           {shift.id})
                     .ok());
        QVERIFY(!f.database()
                     .exec(QStringLiteral("DELETE FROM z_reports WHERE shift_id = ?"), {shift.id})
                     .ok());
        QVERIFY(!f.database()
                     .exec(QStringLiteral("UPDATE shifts SET counted_minor = 11500 WHERE id = ?"),
                           {shift.id})
                     .ok());
        QCOMPARE(ShiftRepository(f.database()).find(shift.id)->counted, f.money(11400));

        // The next shift here is Z 2; another terminal counts from 1.
        f.openShift(5000);
        auto second = f.shifts().closeShift({{5000, 1}}, f.clerk);
        QVERIFY(second.ok());
        QCOMPARE(second->zNumber, 2);
        QCOMPARE(*second->differenceMinor, 0);
        ShiftService other(f.flow(), QStringLiteral("counter-2"), false, {});
        QVERIFY(other.openShift(f.money(0), f.otherClerk).ok());
        auto third = other.closeShift({}, f.otherClerk);
        QVERIFY(third.ok());
        QCOMPARE(third->zNumber, 1);
    }

    void closingRefusesBadCountsAndAnotherClerksShift()
    {
        test::TillFixture f;
        const Shift shift = f.openShift(10000);
        QCOMPARE(f.shifts().closeShift({{300, 1}}, f.clerk).error().kind, ErrorKind::Invalid);
        QCOMPARE(f.shifts().closeShift({{100, -1}}, f.clerk).error().kind, ErrorKind::Invalid);
        auto byOther = f.shifts().closeShift({{10000, 1}}, f.otherClerk);
        QCOMPARE(byOther.error().kind, ErrorKind::Forbidden);
        QVERIFY(ShiftRepository(f.database()).find(shift.id)->open);
        QCOMPARE(count(f, QStringLiteral("z_reports")), 0);
        QCOMPARE(count(f, QStringLiteral("audit_log"),
                       QStringLiteral("action = 'access_refused' AND entity_id = 'take_cash_out'")),
                 1);
        // A manager may close it.
        auto byManager = f.shifts().closeShift({{10000, 1}}, f.manager);
        QVERIFY(byManager.ok());
        QCOMPARE(*byManager->differenceMinor, 0);
    }

    void counterSalesBelongToTheOpenShift()
    {
        TillSettings settings;
        settings.requireOpenShift = true;
        test::TillFixture f(settings);
        f.db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        const qint64 events = count(f, QStringLiteral("events"));
        auto refused = f.flow().createOrder({{kPride, 1}}, f.clerk);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(count(f, QStringLiteral("orders")), 0);
        QCOMPARE(count(f, QStringLiteral("events")), events);

        const Shift shift = f.openShift();
        auto order = f.flow().createOrder({{kPride, 1}}, f.clerk);
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
        QCOMPARE(f.scalar(QStringLiteral("SELECT shift_id FROM orders WHERE id = ?"), {order->id})
                     .toLongLong(),
                 shift.id);
    }

    void withoutTheSettingAnOrderMayHaveNoShift()
    {
        test::TillFixture f;
        f.db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        auto order = f.flow().createOrder({{kPride, 1}}, f.clerk);
        QVERIFY(order.ok());
        QVERIFY(f.scalar(QStringLiteral("SELECT shift_id FROM orders WHERE id = ?"), {order->id})
                    .isNull());
    }

    void readsTillSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quire.ini"));
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(QStringLiteral("till/requireOpenShift"), QStringLiteral("yes"));
            ini.setValue(QStringLiteral("till/cashRounding"), QStringLiteral("CHF:5, SEK:100"));
            ini.setValue(QStringLiteral("till/drawerDevice"), QStringLiteral("/dev/usb/lp0"));
        }
        QSettings ini(path, QSettings::IniFormat);
        auto till = TillSettings::fromSettings(ini);
        QVERIFY2(till.ok(), till.ok() ? "" : qPrintable(till.error().message));
        QVERIFY(till->requireOpenShift);
        QCOMPARE(till->roundingIncrement(QStringLiteral("CHF")), 5);
        QCOMPARE(till->roundingIncrement(QStringLiteral("SEK")), 100);
        QCOMPARE(till->roundingIncrement(QStringLiteral("EUR")), 1);
        QCOMPARE(till->drawerDevice, QStringLiteral("/dev/usb/lp0"));
        ini.setValue(QStringLiteral("till/cashRounding"), QStringLiteral("CHF-5"));
        QVERIFY(!TillSettings::fromSettings(ini).ok());
    }
};

QTEST_GUILESS_MAIN(ShiftServiceTest)
#include "ShiftServiceTest.moc"
