#include "persistence/InstallationRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<InstallationRepository::Installation> InstallationRepository::read() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, payments_before, refunds_before FROM installation"));
    if (!query)
        return query.error();
    QSqlQuery &rows = query.value();
    if (!rows.next())
        return Error::database(
            QCoreApplication::translate(
                "quire::InstallationRepository",
                "the database %1 has no installation id (table installation is empty)")
                .arg(m_database.location()));
    Installation installation{rows.value(0).toString(), rows.value(1).toLongLong(),
                              rows.value(2).toLongLong()};
    if (installation.id.isEmpty())
        return Error::database(
            QCoreApplication::translate("quire::InstallationRepository",
                                        "the database %1 has an empty installation id")
                .arg(m_database.location()));
    return installation;
}

} // namespace quire
