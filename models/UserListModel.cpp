#include "UserListModel.h"

#include "ModelTextRefresh.h"
#include "RoleText.h"
#include "auth/UserAdministration.h"
#include "support/Clock.h"

#include <QLocale>

namespace quire {

namespace {

// Which columns of a row differ, as a [first, last] range; first > last when none.
std::pair<int, int> changedColumns(const User &a, const User &b)
{
    const bool changed[UserListModel::ColumnCount] = {
        a.username != b.username || a.email != b.email || a.loyaltyCard != b.loyaltyCard,
        a.displayName != b.displayName,
        a.role != b.role,
        a.disabled != b.disabled || a.lockedUntilMs != b.lockedUntilMs,
    };
    int first = UserListModel::ColumnCount;
    int last = -1;
    for (int column = 0; column < UserListModel::ColumnCount; ++column) {
        if (changed[column]) {
            first = std::min(first, column);
            last = column;
        }
    }
    return {first, last};
}

} // namespace

UserListModel::UserListModel(UserAdministration &admin, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_admin(admin)
    , m_clock(clock)
{
    new ModelTextRefresh(this);
    refresh();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.role == Role::Customer
                       ? (user.email.isEmpty() ? user.loyaltyCard : user.email)
                       : user.username;
        case DisplayNameColumn:
            return user.displayName;
        case RoleColumn:
            return roleDisplayName(user.role);
        case StatusColumn:
            return statusText(user);
        }
        return {};
    case UserIdRole:
        return user.id;
    case LockedRole:
        return user.isLockedAt(m_clock.nowMs());
    case DisabledRole:
        return user.disabled;
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Signs in as");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool UserListModel::refresh()
{
    auto users = m_admin.users();
    if (!users) {
        m_lastError = users.error().message;
        return false;
    }
    m_lastError.clear();
    QList<User> fresh = std::move(users).value();
    for (User &user : fresh)
        user.pinHash.clear();

    // Ids only grow and accounts are never deleted (they are disabled), so
    // the old rows are a prefix of the new ones.
    const bool prefix = fresh.size() >= m_rows.size()
                        && std::equal(m_rows.cbegin(), m_rows.cend(), fresh.cbegin(),
                                      [](const User &a, const User &b) { return a.id == b.id; });
    if (!prefix) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return true;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto [first, last] = changedColumns(m_rows.at(row), fresh.at(row));
        m_rows[row] = fresh.at(row);
        if (first <= last)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        m_rows.append(fresh.mid(m_rows.size()));
        endInsertRows();
    }
    return true;
}

int UserListModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == userId)
            return row;
    }
    return -1;
}

QString UserListModel::statusText(const User &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.isLockedAt(m_clock.nowMs()))
        return tr("Locked until %1")
            .arg(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(*user.lockedUntilMs, Qt::UTC).toLocalTime(),
                QLocale::ShortFormat));
    return tr("Active");
}

} // namespace quire
