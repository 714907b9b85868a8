#pragma once

#include "TestDatabase.h"
#include "auth/Role.h"
#include "auth/UserRepository.h"
#include "domain/Actor.h"
#include "flows/PurchaseFlow.h"
#include "persistence/EventLog.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QTest>
#include <memory>

namespace quire::test {

// A store with a till: a fresh database, the purchase flow, a counter
// terminal's ShiftService and TenderService over it, and staff accounts
// (written straight into `users`: these tests do not sign in).
class TillFixture
{
public:
    explicit TillFixture(TillSettings settings = {},
                         const QString &terminalId = QStringLiteral("counter-1"),
                         bool kiosk = false)
    {
        if (!m_db.isValid())
            qFatal("database: %s", qPrintable(m_db.error()));
        m_flow = std::make_unique<PurchaseFlow>(m_db.database(), m_db.clock());
        m_shifts = std::make_unique<ShiftService>(*m_flow, terminalId, kiosk, settings);
        m_tenders = std::make_unique<TenderService>(*m_flow, *m_shifts);
        clerk = addUser(QStringLiteral("alex"), Role::Clerk);
        otherClerk = addUser(QStringLiteral("sam"), Role::Clerk);
        manager = addUser(QStringLiteral("morgan"), Role::Manager);
        customer = addUser(QStringLiteral("ada@quire.test"), Role::Customer);
    }

    Actor addUser(const QString &name, Role role)
    {
        UserRepository::NewUser user;
        user.username = name;
        user.displayName = name;
        user.role = role;
        if (role == Role::Customer)
            user.email = name;
        auto inserted = UserRepository(m_db.database()).insert(user, m_db.clock().nowMs());
        if (!inserted)
            qFatal("user %s: %s", qPrintable(name), qPrintable(inserted.error().message));
        return Actor::user(inserted->id, name);
    }

    static Money money(qint64 minor, const QString &currency = QStringLiteral("EUR"))
    {
        return Money::fromMinorUnits(minor, currency).value();
    }

    TestDatabase &db() { return m_db; }
    Database &database() { return m_db.database(); }
    PurchaseFlow &flow() { return *m_flow; }
    ShiftService &shifts() { return *m_shifts; }
    TenderService &tenders() { return *m_tenders; }

    // A shift opened by the clerk with `floatMinor`.
    Shift openShift(qint64 floatMinor = 10000, const QString &currency = QStringLiteral("EUR"))
    {
        auto shift = m_shifts->openShift(money(floatMinor, currency), clerk);
        if (!shift)
            qFatal("openShift: %s", qPrintable(shift.error().message));
        return *shift;
    }

    QStringList eventTypes(AggregateType type, qint64 id)
    {
        QStringList types;
        auto events = EventLog(m_db.database()).forAggregate(type, id);
        if (events) {
            for (const DomainEvent &event : events.value())
                types.append(toDatabaseText(event.type));
        }
        return types;
    }
    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto query = m_db.database().exec(sql, bindings);
        if (!query || !query.value().next())
            return {};
        return query.value().value(0);
    }

    Actor clerk;
    Actor otherClerk;
    Actor manager;
    Actor customer;

private:
    TestDatabase m_db;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<TenderService> m_tenders;
};

} // namespace quire::test
