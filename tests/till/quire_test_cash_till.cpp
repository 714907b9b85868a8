// quire-test-cash-till: a counter terminal with a robot taking cash, for
// CashCrashTest. Opens the store (--db, already migrated, with a shift open
// at --terminal-id), first finishes every open order of its shift that holds
// some cash, then sells forever: one to three books per order, paid in cash
// in one tender (with change) or in two, each tender submitted twice with
// the same id as a double tap would; now and then it gives an earlier sale's
// cash back from the refund screen (twice, as a double tap: the second is
// refused), puts change from the safe into the drawer (the clerk) or pays
// something out of it (--manager-id). Prints "ready" once, then a line per
// step. It is meant to be killed (SIGKILL) at any moment.
#include "flows/PurchaseFlow.h"
#include "persistence/Database.h"
#include "services/RefundPolicy.h"
#include "support/SystemClock.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace quire;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "quire-test-cash-till: %s: %s\n", qPrintable(what),
                 qPrintable(error.message));
    std::exit(1);
}

bool payCash(TenderService &tenders, qint64 orderId, qint64 handedMinor, const QString &currency,
             const Actor &clerk)
{
    const QString key = TenderService::newTenderKey();
    const Money handed = Money::fromMinorUnits(handedMinor, currency).value();
    auto paid = tenders.payCash({orderId, key, handed}, clerk);
    if (!paid)
        fail(QStringLiteral("cash for order %1").arg(orderId), paid.error());
    say(QStringLiteral("order %1 tender %2 %3").arg(orderId).arg(paid->tender.id).arg(key));
    auto again = tenders.payCash({orderId, key, handed}, clerk); // the double tap
    if (!again || !again->repeated || again->tender.id != paid->tender.id)
        fail(QStringLiteral("repeated tender of order %1").arg(orderId),
             again ? Error::conflict(QStringLiteral("a second tender")) : again.error());
    return paid->orderPaid;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file."),
                                QStringLiteral("path"));
    const QCommandLineOption terminal(QStringLiteral("terminal-id"), QStringLiteral("Terminal."),
                                      QStringLiteral("id"), QStringLiteral("counter-1"));
    const QCommandLineOption clerkId(QStringLiteral("clerk-id"), QStringLiteral("Clerk's id."),
                                     QStringLiteral("id"));
    const QCommandLineOption managerId(QStringLiteral("manager-id"),
                                       QStringLiteral("A manager's id (paid-outs)."),
                                       QStringLiteral("id"));
    const QCommandLineOption isbns(QStringLiteral("isbns"), QStringLiteral("Books to sell."),
                                   QStringLiteral("isbn,..."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({db, terminal, clerkId, managerId, isbns, seed});
    parser.process(app);

    auto database = Database::openSqlite(parser.value(db));
    if (!database)
        fail(QStringLiteral("open"), database.error());
    SystemClock clock;
    PurchaseFlow flow(**database, clock);
    if (auto restored = flow.restore(); !restored)
        fail(QStringLiteral("restore"), restored.error());
    ShiftService shifts(flow, parser.value(terminal), false, {});
    TenderService tenders(flow, shifts);
    const Actor clerk = Actor::user(parser.value(clerkId).toLongLong(), QStringLiteral("robot"));
    const Actor manager
        = Actor::user(parser.value(managerId).toLongLong(), QStringLiteral("robot-manager"));
    const QStringList books = parser.value(isbns).split(u',', Qt::SkipEmptyParts);
    RefundPolicy refunds; // clerks refund here, the copies go back on the shelf
    refunds.allowedRoles = {Role::Clerk, Role::Manager};
    refunds.restock = true;
    QRandomGenerator random(parser.value(seed).toUInt());

    // What a killed run left half-paid is finished first.
    auto open = (*database)->exec(
        QStringLiteral("SELECT DISTINCT o.id FROM orders o JOIN tenders t ON t.order_id = o.id"
                       " WHERE o.status = 'created' AND t.status = 'paid' ORDER BY o.id"));
    if (!open)
        fail(QStringLiteral("open orders"), open.error());
    QList<qint64> halfPaid;
    while (open.value().next())
        halfPaid.append(open.value().value(0).toLongLong());
    // Sales a customer may bring back: paid in cash, not refunded yet.
    QList<qint64> paidOrders;
    auto paid = (*database)->exec(
        QStringLiteral("SELECT id FROM orders WHERE status = 'paid' ORDER BY id"));
    if (!paid)
        fail(QStringLiteral("paid orders"), paid.error());
    while (paid.value().next())
        paidOrders.append(paid.value().value(0).toLongLong());
    say(QStringLiteral("ready"));
    for (qint64 orderId : std::as_const(halfPaid)) {
        auto due = tenders.due(orderId);
        if (!due)
            fail(QStringLiteral("due"), due.error());
        payCash(tenders, orderId, due->cashDue.minorUnits(), due->total.currency(), clerk);
        say(QStringLiteral("finished order %1").arg(orderId));
        paidOrders.append(orderId);
    }

    for (;;) {
        QList<OrderLineRequest> lines;
        const int count = 1 + int(random.bounded(3));
        for (int i = 0; i < count; ++i)
            lines.append({books.at(int(random.bounded(qsizetype(books.size())))),
                          1 + int(random.bounded(2))});
        auto order = flow.createOrder(lines, clerk);
        if (!order)
            fail(QStringLiteral("createOrder"), order.error());
        say(QStringLiteral("order %1 created").arg(order->id));
        const qint64 total = order->total.minorUnits();
        const QString currency = order->total.currency();
        if (random.bounded(2) == 0) {
            // One tender, rounded up to the next note.
            payCash(tenders, order->id, (total / 1000 + 1) * 1000, currency, clerk);
        } else {
            const qint64 part = 1 + qint64(random.bounded(quint32(total - 1)));
            payCash(tenders, order->id, part, currency, clerk);
            payCash(tenders, order->id, total - part + 500, currency, clerk);
        }
        say(QStringLiteral("order %1 paid").arg(order->id));
        paidOrders.append(order->id);

        switch (random.bounded(6)) {
        case 0: {
            // A customer brings an earlier sale back.
            const qint64 back = paidOrders.takeAt(int(random.bounded(paidOrders.size())));
            auto refunded
                = tenders.refundOrderCash(back, refunds, QStringLiteral("brought back"), clerk);
            if (!refunded)
                fail(QStringLiteral("cash refund of order %1").arg(back), refunded.error());
            say(QStringLiteral("order %1 refunded %2")
                    .arg(back)
                    .arg(refunded->amount.minorUnits()));
            auto again = tenders.refundOrderCash(back, refunds, QStringLiteral("brought back"),
                                                 clerk); // the double tap
            if (again || again.error().kind != ErrorKind::Invalid)
                fail(QStringLiteral("second cash refund of order %1").arg(back),
                     again ? Error::conflict(QStringLiteral("refunded twice")) : again.error());
            break;
        }
        case 1: {
            auto added = shifts.addCash(Money::fromMinorUnits(1000, currency).value(),
                                        QStringLiteral("change from the safe"), clerk);
            if (!added)
                fail(QStringLiteral("cash in"), added.error());
            say(QStringLiteral("cash in %1").arg(*added));
            break;
        }
        case 2: {
            auto taken = shifts.takeCash(ShiftService::CashOut::PaidOut,
                                         Money::fromMinorUnits(300, currency).value(),
                                         QStringLiteral("stamps"), manager);
            if (!taken)
                fail(QStringLiteral("paid-out"), taken.error());
            say(QStringLiteral("paid out %1").arg(*taken));
            break;
        }
        default:
            break;
        }
    }
}
