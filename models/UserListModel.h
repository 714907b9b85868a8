#pragma once

#include "auth/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace quire {

class Clock;
class UserAdministration;

// Every account, for the managers' users page: name, display name, role and
// whether it is active, disabled or locked (and until when). Holds no PIN
// hash: rows are copied without it.
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum DataRole { UserIdRole = Qt::UserRole, LockedRole, DisabledRole };

    UserListModel(UserAdministration &admin, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the accounts again: rows that changed signal dataChanged, new
    // ones are inserted. Returns false (see lastError()) when reading fails.
    bool refresh();
    int rowOf(qint64 userId) const;
    const QString &lastError() const { return m_lastError; }

private:
    QString statusText(const User &user) const;

    UserAdministration &m_admin;
    const Clock &m_clock;
    QList<User> m_rows;
    QString m_lastError;
};

} // namespace quire
