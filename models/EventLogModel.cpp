#include "EventLogModel.h"

#include "ModelTextRefresh.h"
#include "persistence/EventLog.h"

#include <QLocale>

namespace quire {

EventLogModel::EventLogModel(EventLog &events, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_events(events)
    , m_pageSize(pageSize)
{
    new ModelTextRefresh(this);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainEvent &event = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return event.id;
        case TimeColumn:
            return QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return toDatabaseText(event.type);
        case RecordColumn:
            return event.aggregateType == AggregateType::Order
                       ? tr("order %1").arg(event.aggregateId)
                       : tr("payment %1").arg(event.aggregateId);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case RecordColumn:
        return tr("Record");
    }
    return {};
}

bool EventLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void EventLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 lastId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    auto page = m_events.after(lastId, m_pageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true; // do not retry in a loop; a view refresh resets us
        return;
    }
    m_lastError.clear();
    if (page->size() < m_pageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void EventLogModel::fetchNewEvents()
{
    // Until everything stored is fetched, new events arrive with a later page
    // anyway. Reading from the database rather than taking the published
    // event also picks up events other processes committed.
    if (!m_atEnd)
        return;
    m_atEnd = false;
    fetchMore({});
}

} // namespace quire
