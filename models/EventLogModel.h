#pragma once

#include "domain/DomainEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace quire {

class EventLog;

// The `events` outbox as a table, oldest first, fetched in pages as a view
// scrolls so a long history never loads at once. New events are appended
// with fetchNewEvents() as the flow publishes them.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { IdColumn, TimeColumn, TypeColumn, RecordColumn, ColumnCount };

    explicit EventLogModel(EventLog &events, int pageSize = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Appends events committed since the last fetch; connect it to the
    // flow's eventPublished signal.
    void fetchNewEvents();

    // The last error reading the log, empty when all went well.
    const QString &lastError() const { return m_lastError; }

private:
    EventLog &m_events;
    int m_pageSize;
    QList<DomainEvent> m_rows;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace quire
