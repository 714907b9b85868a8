#include "till/ShiftService.h"

#include "flows/PurchaseFlow.h"
#include "flows/PurchaseSteps.h"
#include "persistence/Database.h"
#include "persistence/DrawerOpeningRepository.h"
#include "persistence/ShiftRepository.h"
#include "support/Clock.h"
#include "till/CashDenominations.h"
#include "till/TillAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcShift, "quire.shift", QtInfoMsg)

} // namespace

ShiftService::ShiftService(PurchaseFlow &flow, QString terminalId, bool kiosk,
                           TillSettings settings, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_terminalId(std::move(terminalId))
    , m_kiosk(kiosk)
    , m_settings(std::move(settings))
    , m_drawer(m_settings.drawerDevice, m_settings.drawerQueue)
{
    if (!m_kiosk) {
        m_flow.setOrderCreatedHook(
            [this](PurchaseSteps &steps, const Order &order, const Actor &actor) {
                return linkOrder(steps, order, actor);
            });
    }
}

ShiftService::~ShiftService()
{
    if (!m_kiosk)
        m_flow.setOrderCreatedHook({});
}

Result<void> ShiftService::linkOrder(PurchaseSteps &steps, const Order &order, const Actor &actor)
{
    Q_UNUSED(actor);
    auto open = ShiftRepository(steps.database()).openAt(m_terminalId);
    if (!open)
        return open.error();
    if (!*open) {
        if (m_settings.requireOpenShift)
            return Error::conflict(tr("Open a shift before selling at this counter."));
        return {};
    }
    auto linked = steps.database().exec(
        QStringLiteral("UPDATE orders SET shift_id = ? WHERE id = ?"), {(*open)->id, order.id});
    if (!linked)
        return linked.error();
    return {};
}

Result<std::optional<Shift>> ShiftService::currentShift() const
{
    return ShiftRepository(m_flow.database()).openAt(m_terminalId);
}

Result<Shift> ShiftService::requireOpenShift(PurchaseSteps &steps) const
{
    if (m_kiosk)
        return Error::invalid(tr("The kiosk takes no cash."));
    auto open = ShiftRepository(steps.database()).openAt(m_terminalId);
    if (!open)
        return open.error();
    if (!*open)
        return Error::conflict(tr("No shift is open at this counter: open the till first."));
    return **open;
}

Result<Shift> ShiftService::openShift(const Money &openingFloat, const Actor &actor)
{
    if (m_kiosk)
        return Error::invalid(tr("The kiosk has no till: it takes no cash."));
    if (!openingFloat.isValid() || openingFloat.isNegative())
        return Error::invalid(tr("Count the float first: it cannot be negative."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    auto opened = m_flow.transact([&](PurchaseSteps &steps) -> Result<Shift> {
        if (auto allowed = access.require(Permission::OperateTill); !allowed)
            return allowed.error();
        ShiftRepository shifts(steps.database());
        auto existing = shifts.openAt(m_terminalId);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error::conflict(tr("A shift is already open at this counter (since %1).")
                                       .arg(QLocale().toString((*existing)->openedAt.toLocalTime(),
                                                               QLocale::ShortFormat)));
        auto id = shifts.insert(m_terminalId, *actor.userId, openingFloat, steps.nowMs());
        if (!id)
            return id.error();
        const QJsonObject payload{{QStringLiteral("shiftId"), *id},
                                  {QStringLiteral("terminalId"), m_terminalId},
                                  {QStringLiteral("floatMinor"), openingFloat.minorUnits()},
                                  {QStringLiteral("currency"), openingFloat.currency()}};
        if (auto recorded = steps.recordChange(
                EventType::ShiftOpened, AggregateType::Shift, *id, payload, QString(),
                QStringLiteral("open"),
                QStringLiteral("float %1 at %2").arg(openingFloat.toString(), m_terminalId), actor);
            !recorded)
            return recorded.error();
        return shifts.find(*id);
    });
    access.auditRefusal(QStringLiteral("opening a shift at %1").arg(m_terminalId));
    if (opened)
        qCInfo(lcShift).noquote() << "shift" << opened->id << "opened at" << m_terminalId << "by"
                                  << actor.name;
    return opened;
}

Result<qint64> ShiftService::addCash(const Money &amount, const QString &reason, const Actor &actor)
{
    return moveCash(int(ShiftRepository::MovementKind::CashIn), amount, reason, actor,
                    Permission::OperateTill);
}

Result<qint64> ShiftService::takeCash(CashOut kind, const Money &amount, const QString &reason,
                                      const Actor &actor)
{
    const auto movement = kind == CashOut::PaidOut ? ShiftRepository::MovementKind::PaidOut
                                                   : ShiftRepository::MovementKind::BankDrop;
    return moveCash(int(movement), amount, reason, actor, Permission::TakeCashOut);
}

Result<qint64> ShiftService::moveCash(int kindValue, const Money &amount, const QString &reason,
                                      const Actor &actor, Permission permission)
{
    const auto kind = ShiftRepository::MovementKind(kindValue);
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the cash goes in or out."));
    if (!amount.isValid() || amount.minorUnits() <= 0)
        return Error::invalid(tr("The amount must be more than nothing."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    qint64 openingId = 0;
    auto moved = m_flow.transact([&](PurchaseSteps &steps) -> Result<qint64> {
        if (auto allowed = access.require(permission); !allowed)
            return allowed.error();
        auto shift = requireOpenShift(steps);
        if (!shift)
            return shift.error();
        if (shift->openingFloat.currency() != amount.currency())
            return Error::invalid(tr("This till counts %1.").arg(shift->openingFloat.currency()));
        if (kind != ShiftRepository::MovementKind::CashIn) {
            auto now = ShiftReport::compute(steps.database(), shift->id, steps.nowMs());
            if (!now)
                return now.error();
            if (amount.minorUnits() > now->expectedCashMinor)
                return Error::invalid(
                    tr("The drawer should hold only %1.")
                        .arg(Money::fromMinorUnits(now->expectedCashMinor, amount.currency())
                                 ->toString()));
        }
        auto id = ShiftRepository(steps.database())
                      .insertMovement(shift->id, kind, amount, reason.trimmed(), actor.userId,
                                      steps.nowMs());
        if (!id)
            return id.error();
        const QJsonObject payload{{QStringLiteral("shiftId"), shift->id},
                                  {QStringLiteral("movementId"), *id},
                                  {QStringLiteral("kind"), ShiftRepository::toDatabaseText(kind)},
                                  {QStringLiteral("amountMinor"), amount.minorUnits()},
                                  {QStringLiteral("currency"), amount.currency()},
                                  {QStringLiteral("reason"), reason.trimmed()}};
        const EventType type = kind == ShiftRepository::MovementKind::CashIn
                                   ? EventType::CashAdded
                                   : EventType::CashRemoved;
        if (auto recorded = steps.recordEvent(type, AggregateType::Shift, shift->id, payload,
                                              QStringLiteral("%1 %2: %3")
                                                  .arg(ShiftRepository::toDatabaseText(kind),
                                                       amount.toString(), reason.trimmed()),
                                              actor);
            !recorded)
            return recorded.error();
        auto opening = recordDrawerOpening(
            steps, shift->id, int(DrawerOpeningRepository::Reason::CashMovement),
            ShiftRepository::toDatabaseText(kind), std::nullopt, actor);
        if (!opening)
            return opening.error();
        openingId = *opening;
        return id;
    });
    access.auditRefusal(
        QStringLiteral("%1 at %2").arg(ShiftRepository::toDatabaseText(kind), m_terminalId));
    if (moved)
        openDrawer(openingId);
    return moved;
}

Result<ShiftService::DrawerResult> ShiftService::openWithoutSale(const QString &reason,
                                                                 const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the drawer is opened without a sale."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    auto opening = m_flow.transact([&](PurchaseSteps &steps) -> Result<qint64> {
        if (auto allowed = access.require(Permission::TakeCashOut); !allowed)
            return allowed.error();
        auto shift = requireOpenShift(steps);
        if (!shift)
            return shift.error();
        return recordDrawerOpening(steps, shift->id, int(DrawerOpeningRepository::Reason::NoSale),
                                   reason.trimmed(), std::nullopt, actor);
    });
    access.auditRefusal(QStringLiteral("no sale at %1").arg(m_terminalId));
    if (!opening)
        return opening.error();
    return openDrawer(*opening);
}

Result<qint64> ShiftService::recordDrawerOpening(PurchaseSteps &steps,
                                                 std::optional<qint64> shiftId, int reasonValue,
                                                 const QString &note, std::optional<qint64> orderId,
                                                 const Actor &actor) const
{
    const auto reason = DrawerOpeningRepository::Reason(reasonValue);
    auto id
        = DrawerOpeningRepository(steps.database())
              .insert(m_terminalId, shiftId, reason, note, orderId, actor.userId, steps.nowMs());
    if (!id)
        return id.error();
    QJsonObject payload{
        {QStringLiteral("openingId"), *id},
        {QStringLiteral("terminalId"), m_terminalId},
        {QStringLiteral("reason"), DrawerOpeningRepository::toDatabaseText(reason)}};
    if (shiftId)
        payload.insert(QStringLiteral("shiftId"), *shiftId);
    if (orderId)
        payload.insert(QStringLiteral("orderId"), *orderId);
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    if (auto recorded = steps.recordEvent(
            EventType::DrawerOpened, AggregateType::Drawer, *id, payload,
            QStringLiteral("%1%2").arg(DrawerOpeningRepository::toDatabaseText(reason),
                                       note.isEmpty() ? QString() : QStringLiteral(": ") + note),
            actor);
        !recorded)
        return recorded.error();
    return id;
}

ShiftService::DrawerResult ShiftService::openDrawer(qint64 openingId)
{
    QString problem;
    const CashDrawer::Outcome outcome = m_drawer.open(&problem);
    auto stored = DrawerOpeningRepository::Outcome::Pulsed;
    DrawerResult result = DrawerResult::Opened;
    switch (outcome) {
    case CashDrawer::Outcome::Pulsed:
        break;
    case CashDrawer::Outcome::NotConfigured:
        stored = DrawerOpeningRepository::Outcome::ByHand;
        result = DrawerResult::OpenByHand;
        problem = tr("No cash drawer is configured: open the drawer by hand.");
        break;
    case CashDrawer::Outcome::Failed:
        stored = DrawerOpeningRepository::Outcome::Failed;
        result = DrawerResult::Failed;
        qCWarning(lcShift).noquote() << "drawer opening" << openingId << "failed:" << problem;
        problem = tr("The drawer did not open (%1): open it by hand.").arg(problem);
        break;
    }
    auto written = m_flow.database().writeTransaction([&]() -> Result<void> {
        return DrawerOpeningRepository(m_flow.database()).setOutcome(openingId, stored);
    });
    if (!written)
        qCWarning(lcShift) << "drawer opening" << openingId
                           << "outcome not recorded:" << written.error();
    if (result != DrawerResult::Opened)
        Q_EMIT drawerNeedsHand(problem);
    return result;
}

Result<ShiftReport> ShiftService::xReport() const
{
    auto shift = currentShift();
    if (!shift)
        return shift.error();
    if (!*shift)
        return Error::notFound(tr("No shift is open at this counter."));
    return ShiftReport::compute(m_flow.database(), (*shift)->id, m_flow.clock().nowMs());
}

Result<ShiftReport> ShiftService::report(qint64 shiftId) const
{
    return ShiftReport::compute(m_flow.database(), shiftId, m_flow.clock().nowMs());
}

Result<DailyOverview> ShiftService::dailyOverview(const QDate &day, const Actor &actor) const
{
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    if (auto allowed
        = access.require(Permission::ViewStoreReports, tr("The daily overview is for managers."));
        !allowed) {
        access.auditRefusal(QStringLiteral("daily overview %1").arg(day.toString(Qt::ISODate)));
        return allowed.error();
    }
    return DailyOverview::compute(m_flow.database(), day, m_flow.clock().nowMs());
}

Result<ShiftReport> ShiftService::closeShift(const QMap<qint64, int> &count, const Actor &actor)
{
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    auto closed = m_flow.transact([&](PurchaseSteps &steps) -> Result<ShiftReport> {
        if (auto allowed = access.require(Permission::OperateTill); !allowed)
            return allowed.error();
        auto shift = requireOpenShift(steps);
        if (!shift)
            return shift.error();
        if (actor.userId != shift->openedBy) {
            // Someone else's till: a manager's job.
            if (auto manager = access.require(Permission::TakeCashOut,
                                              tr("Only a manager closes another clerk's shift."));
                !manager)
                return manager.error();
        }
        const QString currency = shift->openingFloat.currency();
        qint64 counted = 0;
        QJsonObject counts;
        for (auto it = count.begin(); it != count.end(); ++it) {
            if (it.value() < 0)
                return Error::invalid(tr("A count cannot be negative."));
            if (!CashDenominations::isDenomination(currency, it.key()))
                return Error::invalid(
                    tr("%1 is not a note or coin of %2.")
                        .arg(Money::fromMinorUnits(it.key(), currency)->toString(), currency));
            if (it.value() == 0)
                continue;
            counted += it.key() * it.value();
            counts.insert(QString::number(it.key()), it.value());
        }
        auto report = ShiftReport::compute(steps.database(), shift->id, steps.nowMs());
        if (!report)
            return report.error();
        ShiftRepository shifts(steps.database());
        auto number = shifts.nextZNumber(m_terminalId);
        if (!number)
            return number.error();

        Shift closing = *shift;
        closing.open = false;
        closing.closedBy = actor.userId;
        closing.expected = Money::fromMinorUnits(report->expectedCashMinor, currency).value();
        closing.counted = Money::fromMinorUnits(counted, currency).value();
        closing.difference
            = Money::fromMinorUnits(counted - report->expectedCashMinor, currency).value();
        const QString countsJson
            = QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
        if (auto done = shifts.close(closing, countsJson, steps.nowMs()); !done)
            return done.error();

        ShiftReport z = *report;
        z.closed = true;
        z.zNumber = *number;
        z.closedAt = QDateTime::fromMSecsSinceEpoch(steps.nowMs(), Qt::UTC);
        z.countedMinor = counted;
        z.differenceMinor = counted - report->expectedCashMinor;
        if (auto stored = shifts.insertZReport(m_terminalId, *number, shift->id, actor.userId,
                                               z.toCsv(), steps.nowMs());
            !stored)
            return stored.error();
        const QJsonObject payload{{QStringLiteral("shiftId"), shift->id},
                                  {QStringLiteral("terminalId"), m_terminalId},
                                  {QStringLiteral("zNumber"), *number},
                                  {QStringLiteral("expectedMinor"), report->expectedCashMinor},
                                  {QStringLiteral("countedMinor"), counted},
                                  {QStringLiteral("differenceMinor"), *z.differenceMinor},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("count"), counts}};
        if (auto recorded
            = steps.recordChange(EventType::ShiftClosed, AggregateType::Shift, shift->id, payload,
                                 QStringLiteral("open"), QStringLiteral("closed"),
                                 QStringLiteral("Z %1: expected %2, counted %3, difference %4")
                                     .arg(*number)
                                     .arg(closing.expected.toString(), closing.counted.toString(),
                                          closing.difference.toString()),
                                 actor);
            !recorded)
            return recorded.error();
        return z;
    });
    access.auditRefusal(QStringLiteral("closing the shift at %1").arg(m_terminalId));
    if (closed)
        qCInfo(lcShift).noquote() << "shift" << closed->shiftId << "closed, Z" << closed->zNumber
                                  << "difference" << *closed->differenceMinor;
    return closed;
}

} // namespace quire
