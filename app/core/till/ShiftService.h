#pragma once

#include "auth/Permission.h"
#include "domain/Actor.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Result.h"
#include "domain/Shift.h"
#include "services/TillSettings.h"
#include "till/CashDrawer.h"
#include "till/DailyOverview.h"
#include "till/ShiftReport.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <optional>

namespace quire {

class PurchaseFlow;
class PurchaseSteps;

// The till of one counter terminal (docs/tenders.md): its shift, the cash
// put in and taken out, "no sale" openings of the drawer, the X and Z
// reports. Every change is one transaction holding its rows, its event and
// its audit row; who may is decided inside it from the stored role
// (TillAccess): a clerk opens, pays in and closes their own shift; paid-outs,
// bank drops, "no sale" and closing someone else's shift need TakeCashOut
// (a manager, or a clerk with a manager's override: the override's actor).
//
// At a counter terminal every new order is linked to the open shift, and
// with TillSettings::requireOpenShift an order without one is refused. The
// kiosk has no till: it takes no cash and opens no shift. One per
// PurchaseFlow: it installs the flow's order hook (PurchaseFlow::setOrderCreatedHook).
class ShiftService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftService)

public:
    // What happened to the drawer after a change that opens it.
    enum class DrawerResult { Opened, OpenByHand, Failed, NotOpened };

    ShiftService(PurchaseFlow &flow, QString terminalId, bool kiosk, TillSettings settings,
                 QObject *parent = nullptr);
    ~ShiftService() override;

    const QString &terminalId() const { return m_terminalId; }
    bool isCounter() const { return !m_kiosk; }
    const TillSettings &settings() const { return m_settings; }
    const CashDrawer &drawer() const { return m_drawer; }
    CashDrawer &drawer() { return m_drawer; }

    Result<std::optional<Shift>> currentShift() const;
    Result<Shift> openShift(const Money &openingFloat, const Actor &actor);
    // Cash put into the drawer (change from the safe): OperateTill.
    Result<qint64> addCash(const Money &amount, const QString &reason, const Actor &actor);
    // A paid-out or a bank drop: TakeCashOut.
    enum class CashOut { PaidOut, BankDrop };
    Result<qint64> takeCash(CashOut kind, const Money &amount, const QString &reason,
                            const Actor &actor);
    // Opens the drawer without a sale: TakeCashOut, with a reason.
    Result<DrawerResult> openWithoutSale(const QString &reason, const Actor &actor);
    // The open shift's figures now (changes nothing).
    Result<ShiftReport> xReport() const;
    // Closes the open shift with the count (denomination in minor units ->
    // how many) and stores its Z report, numbered next for this terminal.
    Result<ShiftReport> closeShift(const QMap<qint64, int> &count, const Actor &actor);
    Result<ShiftReport> report(qint64 shiftId) const;
    // The manager's daily overview: every terminal's shifts opened on `day`
    // (local), by terminal, clerk and tender (ViewStoreReports; a refusal is
    // Forbidden and audited). Changes nothing.
    Result<DailyOverview> dailyOverview(const QDate &day, const Actor &actor) const;

    // For TenderService, inside its transaction: the open shift of this
    // terminal, or a Conflict saying to open one.
    Result<Shift> requireOpenShift(PurchaseSteps &steps) const;
    // A drawer opening row, its event and audit row, inside `steps`' transaction.
    Result<qint64> recordDrawerOpening(PurchaseSteps &steps, std::optional<qint64> shiftId,
                                       int reason, const QString &note,
                                       std::optional<qint64> orderId, const Actor &actor) const;
    // After the commit: sends the pulse and records how it went.
    DrawerResult openDrawer(qint64 openingId);

Q_SIGNALS:
    // The drawer could not be opened by Quire: the clerk opens it by hand.
    void drawerNeedsHand(const QString &reason);

private:
    Result<void> linkOrder(PurchaseSteps &steps, const Order &order, const Actor &actor);
    Result<qint64> moveCash(int kind, const Money &amount, const QString &reason,
                            const Actor &actor, Permission permission);

    PurchaseFlow &m_flow;
    QString m_terminalId;
    bool m_kiosk = false;
    TillSettings m_settings;
    CashDrawer m_drawer;
};

} // namespace quire
