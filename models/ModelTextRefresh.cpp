#include "ModelTextRefresh.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace quire {

ModelTextRefresh::ModelTextRefresh(QAbstractItemModel *model)
    : QObject(model)
    , m_model(model)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ModelTextRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        refresh();
    return QObject::eventFilter(watched, event);
}

void ModelTextRefresh::refresh()
{
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    if (columns > 0)
        emit m_model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, columns - 1));
}

} // namespace quire
