#pragma once

#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/PinHasher.h"
#include "auth/UserAdministration.h"

#include <QTest>
#include <memory>

namespace quire::test {

// A fresh database with the sign-in services over it. PINs are hashed with
// the minimum Argon2id parameters so the suite stays quick; the pepper is
// fixed bytes, not a file.
class AuthFixture
{
public:
    explicit AuthFixture(AuthSettings settings = {})
        : m_settings(settings)
    {
        rebuild();
    }

    static QByteArray testPepper(char fill = 'p')
    {
        return QByteArray(PinHasher::kPepperBytes, fill);
    }

    static PinHasher hasher(const QByteArray &pepper = testPepper())
    {
        auto made = PinHasher::create(pepper, PinHasher::minimumParameters());
        if (!made)
            qFatal("PinHasher: %s", qPrintable(made.error().message));
        return *made;
    }

    // Reopens the database file and builds new services, as after a restart.
    bool restart()
    {
        if (!m_db.reopen())
            return false;
        rebuild();
        return true;
    }

    TestDatabase &db() { return m_db; }
    ManualClock &clock() { return m_db.clock(); }
    AuthService &auth() { return *m_auth; }
    UserAdministration &admin() { return *m_admin; }

    // The manager that adds users for the tests: the store's first manager,
    // "owner" with PIN 918273, created when there is none yet.
    SignedInUser owner()
    {
        auto users = m_admin->users();
        if (!users)
            qFatal("users: %s", qPrintable(users.error().message));
        for (const User &user : std::as_const(*users)) {
            if (user.role == Role::Manager && !user.disabled)
                return user.signedIn();
        }
        auto created
            = m_admin->createFirstManager(QStringLiteral("owner"), QStringLiteral("Owner"),
                                          QStringLiteral("918273"), QStringLiteral("918273"));
        if (!created)
            qFatal("owner: %s", qPrintable(created.error().message));
        return *created;
    }

    // A user added by owner().
    SignedInUser addUser(const QString &name, Role role, const QString &pin)
    {
        UserAdministration::NewAccount account;
        account.role = role;
        account.displayName = name;
        account.pin = pin;
        if (role == Role::Customer)
            account.email = name;
        else
            account.username = name;
        auto created = m_admin->createUser(owner(), account);
        if (!created)
            qFatal("addUser: %s", qPrintable(created.error().message));
        return created->signedIn();
    }

    qint64 auditCount(const QString &action)
    {
        return m_db.count(QStringLiteral("audit_log"), QStringLiteral("action = '%1'").arg(action));
    }

private:
    void rebuild()
    {
        m_admin.reset();
        m_auth.reset();
        if (!m_db.isValid())
            qFatal("test database: %s", qPrintable(m_db.error()));
        m_auth = std::make_unique<AuthService>(m_db.database(), m_db.clock(), hasher(), m_settings);
        m_admin = std::make_unique<UserAdministration>(m_db.database(), m_db.clock(), hasher());
    }

    AuthSettings m_settings;
    TestDatabase m_db;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<UserAdministration> m_admin;
};

} // namespace quire::test
